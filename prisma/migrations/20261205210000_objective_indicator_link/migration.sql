-- An objective's measure may follow one of the trust's indicators (lib/objectives/indicator-link.ts):
-- one group's value (the all row included) or the deprivation gap, with whether the baseline came
-- from the data and why someone overrode it.

-- CreateEnum
CREATE TYPE "ObjectiveIndicatorFigure" AS ENUM ('group_value', 'deprivation_gap');

-- AlterTable
ALTER TABLE "Objective" ADD COLUMN     "baselineFromData" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "baselineReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "indicatorBreakdown" "IndicatorBreakdown",
ADD COLUMN     "indicatorFigure" "ObjectiveIndicatorFigure",
ADD COLUMN     "indicatorGroup" TEXT,
ADD COLUMN     "indicatorId" UUID;

-- CreateIndex
CREATE INDEX "Objective_trustId_indicatorId_idx" ON "Objective"("trustId", "indicatorId");

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_trustId_indicatorId_fkey" FOREIGN KEY ("trustId", "indicatorId") REFERENCES "Indicator"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: integrity rules. "Objective" already has row-level security, its grants and its
-- audit trigger (objectives migration); the new columns inherit them. The composite foreign key
-- keeps a link inside the trust; indicators are switched off rather than deleted (fairboard_app
-- has no DELETE on "Indicator"), and NO ACTION refuses a deletion that would leave a link behind,
-- while a trust's deletion removes its objectives and indicators together.
-- lib/objectives/schemas.ts and indicator-link.ts say the same things politely first.
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_indicator_link_whole"
  CHECK (("indicatorId" IS NULL AND "indicatorFigure" IS NULL AND "indicatorBreakdown" IS NULL AND "indicatorGroup" IS NULL)
      OR ("indicatorId" IS NOT NULL AND "indicatorFigure" IS NOT NULL AND "indicatorBreakdown" IS NOT NULL));
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_indicator_figure_shape"
  CHECK ("indicatorFigure" IS NULL
      OR ("indicatorFigure" = 'group_value' AND length(btrim("indicatorGroup")) BETWEEN 1 AND 60
          AND (("indicatorBreakdown" = 'all') = ("indicatorGroup" = 'all')))
      OR ("indicatorFigure" = 'deprivation_gap' AND "indicatorGroup" IS NULL
          AND "indicatorBreakdown" IN ('deprivation_quintile', 'deprivation_decile')));
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_baseline_from_linked_data"
  CHECK (NOT "baselineFromData" OR ("indicatorId" IS NOT NULL AND "baseline" IS NOT NULL));
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_baselineReason_bounded"
  CHECK (length("baselineReason") <= 1000 AND ("baselineReason" = '' OR "indicatorId" IS NOT NULL));
