-- CreateEnum
CREATE TYPE "ObjectiveSource" AS ENUM ('catalogue', 'suggestion', 'own');

-- CreateEnum
CREATE TYPE "ObjectiveStatus" AS ENUM ('not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'deferred');

-- CreateEnum
CREATE TYPE "ObjectiveBreakdown" AS ENUM ('deprivation', 'ethnicity', 'age', 'sex', 'other');

-- CreateTable
CREATE TABLE "Objective" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "source" "ObjectiveSource" NOT NULL,
    "catalogueRefs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "questionRefs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "domains" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "measure" TEXT NOT NULL DEFAULT '',
    "baseline" DOUBLE PRECISION,
    "target" DOUBLE PRECISION,
    "unit" TEXT NOT NULL DEFAULT '',
    "breakdowns" "ObjectiveBreakdown"[] DEFAULT ARRAY[]::"ObjectiveBreakdown"[],
    "breakdownOther" TEXT NOT NULL DEFAULT '',
    "resources" TEXT NOT NULL DEFAULT '',
    "dependencies" TEXT NOT NULL DEFAULT '',
    "startDate" DATE,
    "dueDate" DATE,
    "ownerId" UUID,
    "supportingLeadId" UUID,
    "committee" TEXT NOT NULL DEFAULT '',
    "agreedAt" TIMESTAMPTZ(3),
    "agreedById" UUID,
    "currentStatus" "ObjectiveStatus" NOT NULL DEFAULT 'not_started',
    "carriedFromId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "status" "ObjectiveStatus" NOT NULL,
    "measureValue" DOUBLE PRECISION,
    "narrative" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObjectiveOwnerChange" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "fromOwnerId" UUID,
    "toOwnerId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" UUID,

    CONSTRAINT "ObjectiveOwnerChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "transport" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Objective_trustId_financialYear_idx" ON "Objective"("trustId", "financialYear");

-- CreateIndex
CREATE INDEX "Objective_trustId_ownerId_idx" ON "Objective"("trustId", "ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Objective_trustId_id_key" ON "Objective"("trustId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Objective_trustId_carriedFromId_key" ON "Objective"("trustId", "carriedFromId");

-- CreateIndex
CREATE INDEX "ProgressUpdate_trustId_objectiveId_date_idx" ON "ProgressUpdate"("trustId", "objectiveId", "date");

-- CreateIndex
CREATE INDEX "ObjectiveOwnerChange_trustId_objectiveId_changedAt_idx" ON "ObjectiveOwnerChange"("trustId", "objectiveId", "changedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_trustId_createdAt_idx" ON "OutboxMessage"("trustId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_trustId_dedupeKey_key" ON "OutboxMessage"("trustId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_trustId_id_key" ON "OutboxMessage"("trustId", "id");

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_trustId_ownerId_fkey" FOREIGN KEY ("trustId", "ownerId") REFERENCES "BoardMember"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_trustId_supportingLeadId_fkey" FOREIGN KEY ("trustId", "supportingLeadId") REFERENCES "BoardMember"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_trustId_carriedFromId_fkey" FOREIGN KEY ("trustId", "carriedFromId") REFERENCES "Objective"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_trustId_objectiveId_fkey" FOREIGN KEY ("trustId", "objectiveId") REFERENCES "Objective"("trustId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveOwnerChange" ADD CONSTRAINT "ObjectiveOwnerChange_trustId_objectiveId_fkey" FOREIGN KEY ("trustId", "objectiveId") REFERENCES "Objective"("trustId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveOwnerChange" ADD CONSTRAINT "ObjectiveOwnerChange_trustId_fromOwnerId_fkey" FOREIGN KEY ("trustId", "fromOwnerId") REFERENCES "BoardMember"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveOwnerChange" ADD CONSTRAINT "ObjectiveOwnerChange_trustId_toOwnerId_fkey" FOREIGN KEY ("trustId", "toOwnerId") REFERENCES "BoardMember"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- ---------------------------------------------------------------------------------------------
-- Hand-written from here: integrity rules, grants, row-level security and audit, following the
-- foundation and assessment migrations. (The part above was produced with `prisma migrate diff
-- --from-schema-datamodel <previous schema> --to-schema-datamodel prisma/schema.prisma --script`.)
-- lib/objectives says the same things politely first; these refuse the write if a path forgets.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Objective" ADD CONSTRAINT "Objective_financialYear_range"
  CHECK ("financialYear" BETWEEN 2000 AND 2100);
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_arrays_present"
  CHECK ("catalogueRefs" IS NOT NULL AND "questionRefs" IS NOT NULL AND "domains" IS NOT NULL AND "breakdowns" IS NOT NULL);
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_title_present" CHECK (length(btrim("title")) > 0);
-- Guide references are "section.item" (1.1 to 10.11); question references "domain.question".
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_catalogueRefs_format"
  CHECK (array_to_string("catalogueRefs", ',') ~ '^([1-9][0-9]?\.[1-9][0-9]?(,|$))*$');
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_questionRefs_format"
  CHECK (array_to_string("questionRefs", ',') ~ '^([1-4]\.[1-9][0-9]?(,|$))*$');
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_domains_range" CHECK ("domains" <@ ARRAY[1, 2, 3, 4]);
-- An objective taken from the catalogue or the suggestions names the guide objective it came from.
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_catalogue_source_has_ref"
  CHECK ("source" = 'own' OR cardinality("catalogueRefs") > 0);
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_dates_in_order" CHECK ("dueDate" >= "startDate");
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_target_has_baseline" CHECK ("target" IS NULL OR "baseline" IS NOT NULL);
-- BETWEEN also keeps out NaN and the infinities, which double precision would otherwise accept.
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_numbers_finite"
  CHECK (("baseline" IS NULL OR "baseline" BETWEEN -1e15 AND 1e15) AND ("target" IS NULL OR "target" BETWEEN -1e15 AND 1e15));
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_other_breakdown_described"
  CHECK (NOT ('other' = ANY ("breakdowns")) OR length(btrim("breakdownOther")) > 0);
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_supporting_lead_not_owner"
  CHECK ("supportingLeadId" IS NULL OR "supportingLeadId" IS DISTINCT FROM "ownerId");
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_not_carried_from_itself"
  CHECK ("carriedFromId" IS DISTINCT FROM "id");
-- Agreed means all five SMART parts and the owner are there (lib/objectives/smart-completeness.ts).
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_agreed_is_smart"
  CHECK ("agreedAt" IS NULL OR (
    "agreedById" IS NOT NULL
    AND length(btrim("description")) > 0
    AND length(btrim("measure")) > 0 AND "baseline" IS NOT NULL AND "target" IS NOT NULL
    AND length(btrim("unit")) > 0 AND cardinality("breakdowns") > 0
    AND length(btrim("resources")) > 0 AND length(btrim("dependencies")) > 0
    AND cardinality("catalogueRefs") + cardinality("questionRefs") > 0 AND cardinality("domains") > 0
    AND "startDate" IS NOT NULL AND "dueDate" IS NOT NULL
    AND "ownerId" IS NOT NULL AND length(btrim("committee")) > 0));

ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_narrative_when_at_risk"
  CHECK ("status" NOT IN ('at_risk', 'off_track') OR length(btrim("narrative")) > 0);
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_measureValue_finite"
  CHECK ("measureValue" IS NULL OR "measureValue" BETWEEN -1e15 AND 1e15);

ALTER TABLE "ObjectiveOwnerChange" ADD CONSTRAINT "ObjectiveOwnerChange_reason_present" CHECK (length(btrim("reason")) > 0);
ALTER TABLE "ObjectiveOwnerChange" ADD CONSTRAINT "ObjectiveOwnerChange_is_a_change"
  CHECK ("fromOwnerId" IS DISTINCT FROM "toOwnerId");

ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_transport_known" CHECK ("transport" IN ('smtp', 'outbox'));
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_kind_format" CHECK ("kind" ~ '^[a-z][a-z-]*$');
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_dedupeKey_of_kind" CHECK (starts_with("dedupeKey", "kind" || ':'));
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_to_lower" CHECK ("to" = lower("to"));
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_attempts_not_negative" CHECK ("attempts" >= 0);

-- A completed objective takes no more progress updates. Only an objective the acting role can see
-- is checked, so a row aimed at another trust's objective is left for row-level security to refuse.
CREATE FUNCTION progress_update_requires_open_objective() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Objective" o
             WHERE o."id" = NEW."objectiveId" AND o."trustId" = NEW."trustId" AND o."currentStatus" = 'complete') THEN
    RAISE EXCEPTION 'a completed objective cannot take progress updates' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER progress_update_open_objective_only BEFORE INSERT ON "ProgressUpdate"
  FOR EACH ROW EXECUTE FUNCTION progress_update_requires_open_objective();

-- Progress updates and owner changes are history: the application adds to them and never rewrites
-- them. Outbox messages are written and marked sent by the reminders job on the system path;
-- administrators only read them.
GRANT SELECT, INSERT, UPDATE ON "Objective" TO fairboard_app;
GRANT SELECT, INSERT ON "ProgressUpdate", "ObjectiveOwnerChange" TO fairboard_app;
GRANT SELECT ON "OutboxMessage" TO fairboard_app;

ALTER TABLE "Objective" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Objective" FORCE ROW LEVEL SECURITY;
CREATE POLICY objective_tenant ON "Objective" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "ProgressUpdate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProgressUpdate" FORCE ROW LEVEL SECURITY;
CREATE POLICY progress_update_tenant ON "ProgressUpdate" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "ObjectiveOwnerChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ObjectiveOwnerChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY objective_owner_change_tenant ON "ObjectiveOwnerChange" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "OutboxMessage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OutboxMessage" FORCE ROW LEVEL SECURITY;
CREATE POLICY outbox_message_tenant ON "OutboxMessage" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

CREATE TRIGGER audit_objective AFTER INSERT OR UPDATE OR DELETE ON "Objective"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_progress_update AFTER INSERT OR UPDATE OR DELETE ON "ProgressUpdate"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_objective_owner_change AFTER INSERT OR UPDATE OR DELETE ON "ObjectiveOwnerChange"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_outbox_message AFTER INSERT OR UPDATE OR DELETE ON "OutboxMessage"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
