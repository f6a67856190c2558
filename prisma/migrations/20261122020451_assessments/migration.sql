-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('draft', 'submitted', 'approved');

-- CreateEnum
CREATE TYPE "AssessmentAnswerValue" AS ENUM ('yes', 'partial', 'no');

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "questionBankVersion" INTEGER NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'draft',
    "isImported" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvalMeetingRef" TEXT,
    "approvalDate" DATE,
    "reopenedAt" TIMESTAMPTZ(3),
    "reopenedById" UUID,
    "reopenReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentAnswer" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "questionRef" TEXT NOT NULL,
    "value" "AssessmentAnswerValue",
    "evidenceNote" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "carriedOver" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssessmentAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportedDomainResult" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "domain" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedDomainResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_trustId_financialYear_key" ON "Assessment"("trustId", "financialYear");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_trustId_id_key" ON "Assessment"("trustId", "id");

-- CreateIndex
CREATE INDEX "AssessmentAnswer_trustId_assessmentId_idx" ON "AssessmentAnswer"("trustId", "assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentAnswer_assessmentId_questionRef_key" ON "AssessmentAnswer"("assessmentId", "questionRef");

-- CreateIndex
CREATE INDEX "ImportedDomainResult_trustId_assessmentId_idx" ON "ImportedDomainResult"("trustId", "assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedDomainResult_assessmentId_domain_key" ON "ImportedDomainResult"("assessmentId", "domain");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_trustId_assessmentId_fkey" FOREIGN KEY ("trustId", "assessmentId") REFERENCES "Assessment"("trustId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedDomainResult" ADD CONSTRAINT "ImportedDomainResult_trustId_assessmentId_fkey" FOREIGN KEY ("trustId", "assessmentId") REFERENCES "Assessment"("trustId", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written from here: integrity rules, grants, row-level security and audit, following the
-- foundation migration. (Prisma's schema engine cannot introspect a database with CHECK
-- constraints here, so the part above was produced with `prisma migrate diff
-- --from-schema-datamodel <previous schema> --to-schema-datamodel prisma/schema.prisma --script`.)
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_financialYear_range"
  CHECK ("financialYear" BETWEEN 2000 AND 2100);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_version_positive" CHECK ("version" >= 1);
-- Imported results are a past year's record, so they are approved from the moment they exist.
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_imported_is_approved"
  CHECK (NOT "isImported" OR "status" = 'approved');
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_submission_recorded"
  CHECK ("status" = 'draft' OR "isImported" OR ("submittedAt" IS NOT NULL AND "submittedById" IS NOT NULL));
-- Board approval records who, when, which meeting and the meeting's date. An import records who
-- entered it; the meeting is optional because older papers may not be to hand.
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_approval_recorded"
  CHECK ("status" <> 'approved'
         OR ("approvedAt" IS NOT NULL AND "approvedById" IS NOT NULL
             AND ("isImported" OR ("approvalDate" IS NOT NULL AND length(btrim("approvalMeetingRef")) > 0))));
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_reopen_has_reason"
  CHECK ("reopenedAt" IS NULL OR ("reopenedById" IS NOT NULL AND length(btrim("reopenReason")) > 0));

-- Question references are "domain.question"; which ones exist depends on the question bank version.
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_questionRef_format"
  CHECK ("questionRef" ~ '^[1-4]\.[1-9][0-9]?$');
-- Question 3.2 (a named executive lead) is yes or no: a lead is named or not.
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_exec_lead_yes_or_no"
  CHECK ("questionRef" <> '3.2' OR "value" IS DISTINCT FROM 'partial');
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_evidence_links_bounded"
  CHECK ("evidenceLinks" IS NOT NULL AND cardinality("evidenceLinks") <= 20);
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_version_positive" CHECK ("version" >= 1);

ALTER TABLE "ImportedDomainResult" ADD CONSTRAINT "ImportedDomainResult_domain_range"
  CHECK ("domain" BETWEEN 1 AND 4);
ALTER TABLE "ImportedDomainResult" ADD CONSTRAINT "ImportedDomainResult_score_range"
  CHECK ("maxScore" > 0 AND "score" BETWEEN 0 AND "maxScore");

-- Approval locks an assessment: its answers change only while it is a draft. The data layer says
-- so politely first; this refuses the write even if a code path forgets. Deletes stay possible
-- so that removing a trust still cascades.
CREATE FUNCTION assessment_answer_requires_draft() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Assessment" a
                 WHERE a."id" = NEW."assessmentId" AND a."trustId" = NEW."trustId" AND a."status" = 'draft') THEN
    RAISE EXCEPTION 'answers of an assessment that is not a draft cannot be changed' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER assessment_answer_draft_only BEFORE UPDATE ON "AssessmentAnswer"
  FOR EACH ROW EXECUTE FUNCTION assessment_answer_requires_draft();

GRANT SELECT, INSERT, UPDATE, DELETE ON "Assessment", "AssessmentAnswer", "ImportedDomainResult" TO fairboard_app;

ALTER TABLE "Assessment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Assessment" FORCE ROW LEVEL SECURITY;
CREATE POLICY assessment_tenant ON "Assessment" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "AssessmentAnswer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AssessmentAnswer" FORCE ROW LEVEL SECURITY;
CREATE POLICY assessment_answer_tenant ON "AssessmentAnswer" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "ImportedDomainResult" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ImportedDomainResult" FORCE ROW LEVEL SECURITY;
CREATE POLICY imported_domain_result_tenant ON "ImportedDomainResult" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

CREATE TRIGGER audit_assessment AFTER INSERT OR UPDATE OR DELETE ON "Assessment"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_assessment_answer AFTER INSERT OR UPDATE OR DELETE ON "AssessmentAnswer"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_imported_domain_result AFTER INSERT OR UPDATE OR DELETE ON "ImportedDomainResult"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
