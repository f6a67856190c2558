-- CreateEnum
CREATE TYPE "MeasureDirection" AS ENUM ('higher_is_better', 'lower_is_better');

-- CreateEnum
CREATE TYPE "ObjectiveAcceptance" AS ENUM ('pending', 'accepted', 'change_requested');

-- AlterTable
ALTER TABLE "Objective" ADD COLUMN     "acceptance" "ObjectiveAcceptance",
ADD COLUMN     "acceptanceAt" TIMESTAMPTZ(3),
ADD COLUMN     "acceptanceById" UUID,
ADD COLUMN     "agreedDueDate" DATE,
ADD COLUMN     "agreedTarget" DOUBLE PRECISION,
ADD COLUMN     "changeRequest" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "countsPeople" BOOLEAN,
ADD COLUMN     "direction" "MeasureDirection";


-- ---------------------------------------------------------------------------------------------
-- Hand-written from here. lib/objectives says each of these politely first.
-- ---------------------------------------------------------------------------------------------

-- Objectives agreed before acceptance existed: their owner has not accepted them yet, and what
-- was agreed is taken to be what they hold now.
UPDATE "Objective" SET "acceptance" = 'pending', "agreedTarget" = "target", "agreedDueDate" = "dueDate"
  WHERE "agreedAt" IS NOT NULL;

-- An agreed objective waits for its owner's answer; one not agreed has none.
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_acceptance_only_when_agreed"
  CHECK (("agreedAt" IS NULL) = ("acceptance" IS NULL));
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_change_request_has_reason"
  CHECK ("acceptance" IS DISTINCT FROM 'change_requested' OR length(btrim("changeRequest")) > 0);
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_acceptance_answered_by_someone"
  CHECK ("acceptance" IS DISTINCT FROM 'accepted' AND "acceptance" IS DISTINCT FROM 'change_requested'
         OR ("acceptanceAt" IS NOT NULL AND "acceptanceById" IS NOT NULL));
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_agreed_target_finite"
  CHECK ("agreedTarget" IS NULL OR "agreedTarget" BETWEEN -1e15 AND 1e15);

-- Breakdowns are needed to agree an objective whose measure counts patients or local people;
-- one that does not (a named lead, a board paper) may have none.
ALTER TABLE "Objective" DROP CONSTRAINT "Objective_agreed_is_smart";
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_agreed_is_smart"
  CHECK ("agreedAt" IS NULL OR (
    "agreedById" IS NOT NULL
    AND length(btrim("description")) > 0
    AND length(btrim("measure")) > 0 AND "baseline" IS NOT NULL AND "target" IS NOT NULL
    AND length(btrim("unit")) > 0 AND (cardinality("breakdowns") > 0 OR "countsPeople" IS FALSE)
    AND length(btrim("resources")) > 0 AND length(btrim("dependencies")) > 0
    AND cardinality("catalogueRefs") + cardinality("questionRefs") > 0 AND cardinality("domains") > 0
    AND "startDate" IS NOT NULL AND "dueDate" IS NOT NULL
    AND "ownerId" IS NOT NULL AND length(btrim("committee")) > 0));
