-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('percentage', 'rate_per_100000', 'count');

-- CreateEnum
CREATE TYPE "IndicatorMethod" AS ENUM ('crude', 'age_standardised');

-- CreateEnum
CREATE TYPE "IndicatorOrigin" AS ENUM ('national', 'local');

-- CreateEnum
CREATE TYPE "IndicatorBreakdown" AS ENUM ('all', 'deprivation_quintile', 'deprivation_decile', 'ethnicity', 'age', 'sex');

-- CreateEnum
CREATE TYPE "IndicatorUploadSource" AS ENUM ('upload', 'hand', 'cli', 'seed');

-- AlterEnum
ALTER TYPE "MemberRole" ADD VALUE 'analyst';

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "method" "IndicatorMethod" NOT NULL DEFAULT 'crude',
    "higherIsBetter" BOOLEAN NOT NULL,
    "trustTypes" "TrustType"[] DEFAULT ARRAY[]::"TrustType"[],
    "source" TEXT NOT NULL,
    "origin" "IndicatorOrigin" NOT NULL,
    "nationalSetVersion" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorUpload" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "source" "IndicatorUploadSource" NOT NULL,
    "fileName" TEXT,
    "rowCount" INTEGER NOT NULL,
    "replacedCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorUpload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "uploadId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "breakdown" "IndicatorBreakdown" NOT NULL,
    "group" TEXT NOT NULL,
    "numerator" INTEGER,
    "denominator" INTEGER,
    "value" DOUBLE PRECISION NOT NULL,
    "supersededByUploadId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_trustId_code_key" ON "Indicator"("trustId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_trustId_id_key" ON "Indicator"("trustId", "id");

-- CreateIndex
CREATE INDEX "IndicatorUpload_trustId_createdAt_idx" ON "IndicatorUpload"("trustId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorUpload_trustId_id_key" ON "IndicatorUpload"("trustId", "id");

-- CreateIndex
CREATE INDEX "IndicatorValue_trustId_indicatorId_period_idx" ON "IndicatorValue"("trustId", "indicatorId", "period");

-- CreateIndex
CREATE INDEX "IndicatorValue_trustId_uploadId_idx" ON "IndicatorValue"("trustId", "uploadId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_trustId_id_key" ON "IndicatorValue"("trustId", "id");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorUpload" ADD CONSTRAINT "IndicatorUpload_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_trustId_indicatorId_fkey" FOREIGN KEY ("trustId", "indicatorId") REFERENCES "Indicator"("trustId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_trustId_uploadId_fkey" FOREIGN KEY ("trustId", "uploadId") REFERENCES "IndicatorUpload"("trustId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_trustId_supersededByUploadId_fkey" FOREIGN KEY ("trustId", "supersededByUploadId") REFERENCES "IndicatorUpload"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;





-- ---------------------------------------------------------------------------------------------
-- Hand-written from here: integrity rules, grants, row-level security and audit, following the
-- earlier migrations. (The part above was produced with `prisma migrate diff
-- --from-schema-datamodel <previous schema> --to-schema-datamodel prisma/schema.prisma --script`.)
-- lib/indicators says the same things politely first; these refuse the write if a path forgets.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Indicator" ALTER COLUMN "trustTypes" SET NOT NULL;
-- The code is what a CSV row names, so it stays short and plain (lib/indicators/schemas.ts).
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_code_shape" CHECK ("code" ~ '^[a-z0-9][a-z0-9-]{1,59}$');
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_texts_present"
  CHECK (length(btrim("name")) BETWEEN 1 AND 200 AND length(btrim("definition")) BETWEEN 1 AND 2000
         AND length(btrim("source")) BETWEEN 1 AND 1000);
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_national_has_version"
  CHECK (("origin" = 'national') = ("nationalSetVersion" IS NOT NULL));
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_version_positive" CHECK ("version" >= 1);

ALTER TABLE "IndicatorUpload" ADD CONSTRAINT "IndicatorUpload_counts"
  CHECK ("rowCount" >= 0 AND "replacedCount" >= 0);

ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_counts_not_negative"
  CHECK (("numerator" IS NULL OR "numerator" >= 0) AND ("denominator" IS NULL OR "denominator" > 0));
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_value_finite"
  CHECK ("value" >= 0 AND "value" < 'Infinity'::double precision);
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_group_present"
  CHECK (length(btrim("group")) BETWEEN 1 AND 60 AND (("breakdown" = 'all') = ("group" = 'all')));
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_period_shape"
  CHECK ("period" ~ '^(20[0-9]{2}/[0-9]{2}( Q[1-4])?|20[0-9]{2}-(0[1-9]|1[0-2]))$');

-- One current figure per indicator, period, breakdown and group; superseded ones are the history.
CREATE UNIQUE INDEX "IndicatorValue_current_key" ON "IndicatorValue"("trustId", "indicatorId", "period", "breakdown", "group")
  WHERE "supersededByUploadId" IS NULL;

-- A figure is history once written: the only change allowed is marking a current figure as
-- superseded by a later batch (once). Nothing is deleted except with its trust.
CREATE FUNCTION indicator_value_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_user = 'fairboard_app' OR EXISTS (SELECT 1 FROM "Trust" t WHERE t."id" = OLD."trustId") THEN
      RAISE EXCEPTION 'an indicator figure cannot be deleted; upload a replacement instead' USING ERRCODE = '42501';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."supersededByUploadId" IS NOT NULL OR NEW."supersededByUploadId" IS NULL
     OR (to_jsonb(NEW) - 'supersededByUploadId') IS DISTINCT FROM (to_jsonb(OLD) - 'supersededByUploadId') THEN
    RAISE EXCEPTION 'an indicator figure can only be marked as superseded, once' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER indicator_value_append_only BEFORE UPDATE OR DELETE ON "IndicatorValue"
  FOR EACH ROW EXECUTE FUNCTION indicator_value_is_append_only();

-- Indicators are switched off rather than deleted; batches and figures are records.
GRANT SELECT, INSERT, UPDATE ON "Indicator" TO fairboard_app;
GRANT SELECT, INSERT ON "IndicatorUpload" TO fairboard_app;
GRANT SELECT, INSERT ON "IndicatorValue" TO fairboard_app;
GRANT UPDATE ("supersededByUploadId") ON "IndicatorValue" TO fairboard_app;

ALTER TABLE "Indicator" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Indicator" FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_tenant ON "Indicator" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "IndicatorUpload" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "IndicatorUpload" FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_upload_tenant ON "IndicatorUpload" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "IndicatorValue" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "IndicatorValue" FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_value_tenant ON "IndicatorValue" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

CREATE TRIGGER audit_indicator AFTER INSERT OR UPDATE OR DELETE ON "Indicator"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_indicator_upload AFTER INSERT OR UPDATE OR DELETE ON "IndicatorUpload"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_indicator_value AFTER INSERT OR UPDATE OR DELETE ON "IndicatorValue"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
