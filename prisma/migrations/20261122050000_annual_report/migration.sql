-- CreateEnum
CREATE TYPE "ReportNarrativeSource" AS ENUM ('edit', 'reuse');

-- CreateEnum
CREATE TYPE "ReportExportFormat" AS ENUM ('pdf', 'docx', 'csv');

-- CreateEnum
CREATE TYPE "ReportExportVariant" AS ENUM ('annual-report', 'board-paper');

-- CreateEnum
CREATE TYPE "ReportExportStatus" AS ENUM ('pending', 'complete', 'failed');

-- CreateTable
CREATE TABLE "ReportNarrative" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReportNarrative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportNarrativeRevision" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "narrativeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "source" "ReportNarrativeSource" NOT NULL DEFAULT 'edit',
    "reusedFromYear" INTEGER,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportNarrativeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportExport" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "format" "ReportExportFormat" NOT NULL,
    "variant" "ReportExportVariant" NOT NULL,
    "options" JSONB NOT NULL,
    "reportStatus" TEXT NOT NULL,
    "status" "ReportExportStatus" NOT NULL DEFAULT 'pending',
    "snapshot" JSONB NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" BYTEA,
    "sha256" TEXT,
    "byteLength" INTEGER,
    "failureReason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReportExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportNarrative_trustId_financialYear_section_key" ON "ReportNarrative"("trustId", "financialYear", "section");

-- CreateIndex
CREATE UNIQUE INDEX "ReportNarrative_trustId_id_key" ON "ReportNarrative"("trustId", "id");

-- CreateIndex
CREATE INDEX "ReportNarrativeRevision_trustId_narrativeId_idx" ON "ReportNarrativeRevision"("trustId", "narrativeId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportNarrativeRevision_narrativeId_version_key" ON "ReportNarrativeRevision"("narrativeId", "version");

-- CreateIndex
CREATE INDEX "ReportExport_trustId_createdAt_idx" ON "ReportExport"("trustId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportExport_trustId_id_key" ON "ReportExport"("trustId", "id");

-- AddForeignKey
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportNarrativeRevision" ADD CONSTRAINT "ReportNarrativeRevision_trustId_narrativeId_fkey" FOREIGN KEY ("trustId", "narrativeId") REFERENCES "ReportNarrative"("trustId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- ---------------------------------------------------------------------------------------------
-- Hand-written from here: integrity rules, grants, row-level security and audit, following the
-- earlier migrations. (The part above was produced with `prisma migrate diff
-- --from-schema-datamodel <previous schema> --to-schema-datamodel prisma/schema.prisma --script`.)
-- lib/reports says the same things politely first; these refuse the write if a path forgets.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_financialYear_range"
  CHECK ("financialYear" BETWEEN 2000 AND 2100);
-- lib/reports/narrative-sections.ts NARRATIVE_SECTION_IDS.
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_section_known"
  CHECK ("section" ~ '^(leadership-governance|data-quality|statement-(understand-need|break-down-data|data-quality|act-and-evaluate|publish))$');
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_version_positive" CHECK ("version" >= 1);
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_body_length" CHECK (length("body") <= 20000);

ALTER TABLE "ReportNarrativeRevision" ADD CONSTRAINT "ReportNarrativeRevision_version_positive" CHECK ("version" >= 1);
ALTER TABLE "ReportNarrativeRevision" ADD CONSTRAINT "ReportNarrativeRevision_body_length" CHECK (length("body") <= 20000);
ALTER TABLE "ReportNarrativeRevision" ADD CONSTRAINT "ReportNarrativeRevision_reuse_names_year"
  CHECK (("source" = 'reuse') = ("reusedFromYear" IS NOT NULL));
ALTER TABLE "ReportNarrativeRevision" ADD CONSTRAINT "ReportNarrativeRevision_reusedFromYear_range"
  CHECK ("reusedFromYear" IS NULL OR "reusedFromYear" BETWEEN 2000 AND 2100);

ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_financialYear_range"
  CHECK ("financialYear" BETWEEN 2000 AND 2100);
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_reportStatus_known" CHECK ("reportStatus" IN ('approved', 'draft'));
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_options_sections"
  CHECK (jsonb_typeof("options") = 'object' AND jsonb_typeof("options"->'sections') = 'array'
         AND jsonb_array_length("options"->'sections') > 0);
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_snapshot_object" CHECK (jsonb_typeof("snapshot") = 'object');
-- The name goes into a Content-Disposition header as it is.
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_fileName_safe" CHECK ("fileName" ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$');
-- A file exactly when complete; complete means the bytes, their size and their hash agree.
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_file_when_complete"
  CHECK (("status" = 'complete') = ("content" IS NOT NULL));
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_complete_is_whole"
  CHECK ("status" <> 'complete' OR (
    "sha256" = encode(sha256("content"), 'hex') AND "byteLength" = octet_length("content") AND "completedAt" IS NOT NULL));
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_hash_only_when_complete"
  CHECK ("status" = 'complete' OR ("sha256" IS NULL AND "byteLength" IS NULL));
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_failure_explained"
  CHECK (("status" = 'failed') = ("failureReason" IS NOT NULL) AND ("status" <> 'failed' OR "completedAt" IS NOT NULL));
ALTER TABLE "ReportExport" ADD CONSTRAINT "ReportExport_pending_not_finished"
  CHECK ("status" <> 'pending' OR "completedAt" IS NULL);

-- An export is written once: created pending with its options and snapshot, then finished exactly
-- once, as complete (file, size and hash in the same statement) or failed. After that nothing
-- about it changes, for any role; a completed export is never deleted except when its trust is
-- (the trust row is gone by the time the cascade reaches here). Retention work must drop this
-- trigger deliberately, as for the audit trail.
CREATE FUNCTION report_export_is_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" = 'complete'
       AND (current_user = 'fairboard_app' OR EXISTS (SELECT 1 FROM "Trust" t WHERE t."id" = OLD."trustId")) THEN
      RAISE EXCEPTION 'a completed export cannot be deleted' USING ERRCODE = '42501';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" <> 'pending' THEN
    RAISE EXCEPTION 'a % export cannot be changed', OLD."status" USING ERRCODE = '42501';
  END IF;
  IF (NEW."id", NEW."trustId", NEW."financialYear", NEW."format", NEW."variant", NEW."options", NEW."reportStatus",
      NEW."snapshot", NEW."fileName", NEW."createdById", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."trustId", OLD."financialYear", OLD."format", OLD."variant", OLD."options", OLD."reportStatus",
      OLD."snapshot", OLD."fileName", OLD."createdById", OLD."createdAt") THEN
    RAISE EXCEPTION 'an export''s options and snapshot cannot be changed' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER report_export_write_once BEFORE UPDATE OR DELETE ON "ReportExport"
  FOR EACH ROW EXECUTE FUNCTION report_export_is_write_once();

-- Narratives are edited (each save appends a revision); revisions are history and are never
-- rewritten. Exports are inserted, then the app may set only the outcome columns of a pending one.
GRANT SELECT, INSERT, UPDATE ON "ReportNarrative" TO fairboard_app;
GRANT SELECT, INSERT ON "ReportNarrativeRevision" TO fairboard_app;
GRANT SELECT, INSERT ON "ReportExport" TO fairboard_app;
GRANT UPDATE ("status", "content", "sha256", "byteLength", "failureReason", "completedAt") ON "ReportExport" TO fairboard_app;

ALTER TABLE "ReportNarrative" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportNarrative" FORCE ROW LEVEL SECURITY;
CREATE POLICY report_narrative_tenant ON "ReportNarrative" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "ReportNarrativeRevision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportNarrativeRevision" FORCE ROW LEVEL SECURITY;
CREATE POLICY report_narrative_revision_tenant ON "ReportNarrativeRevision" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "ReportExport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportExport" FORCE ROW LEVEL SECURITY;
CREATE POLICY report_export_tenant ON "ReportExport" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

-- audit_row_change() with the columns named in the trigger's arguments replaced by a SHA-256 of
-- their value, so the trail shows when a file or snapshot was written (and that it never changed
-- afterwards) without copying the file into every audit row. A bytea column's digest is of its
-- bytes, so it matches the export's own "sha256".
CREATE FUNCTION audit_digest(value jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN value IS NULL OR value = 'null'::jsonb THEN value
               WHEN jsonb_typeof(value) = 'string' AND starts_with(value #>> '{}', '\x')
                 THEN to_jsonb('sha256:' || encode(sha256(decode(substr(value #>> '{}', 3), 'hex')), 'hex'))
               ELSE to_jsonb('sha256:' || encode(sha256(convert_to(value::text, 'UTF8')), 'hex')) END $$;

CREATE FUNCTION audit_row_change_digesting() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
  row_data jsonb;
  diff jsonb := '{}'::jsonb;
  field text;
  large text;
BEGIN
  FOREACH large IN ARRAY TG_ARGV LOOP
    IF new_row ? large THEN new_row := jsonb_set(new_row, ARRAY[large], audit_digest(new_row->large)); END IF;
    IF old_row ? large THEN old_row := jsonb_set(old_row, ARRAY[large], audit_digest(old_row->large)); END IF;
  END LOOP;
  row_data := COALESCE(new_row, old_row);
  FOR field IN SELECT jsonb_object_keys(row_data) LOOP
    CONTINUE WHEN field IN ('updatedAt', 'createdAt');
    CONTINUE WHEN TG_OP = 'UPDATE' AND (new_row->field) IS NOT DISTINCT FROM (old_row->field);
    diff := diff || jsonb_build_object(field, jsonb_build_object(
      'old', audit_redact(field, old_row->field),
      'new', audit_redact(field, new_row->field)));
  END LOOP;
  IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN
    RETURN NULL;
  END IF;
  INSERT INTO "AuditEvent" ("trustId", "tableName", "rowId", "action", "changes", "actorUserId", "actorLabel")
  VALUES (NULLIF(row_data->>'trustId', '')::uuid, TG_TABLE_NAME, row_data->>'id', lower(TG_OP), diff,
          NULLIF(current_setting('app.user_id', true), '')::uuid,
          NULLIF(current_setting('app.actor', true), ''));
  RETURN NULL;
END
$$;

CREATE TRIGGER audit_report_narrative AFTER INSERT OR UPDATE OR DELETE ON "ReportNarrative"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_report_narrative_revision AFTER INSERT OR UPDATE OR DELETE ON "ReportNarrativeRevision"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_report_export AFTER INSERT OR UPDATE OR DELETE ON "ReportExport"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change_digesting('content', 'snapshot');
