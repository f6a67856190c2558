-- CreateEnum
CREATE TYPE "ChallengeTarget" AS ENUM ('answer', 'domain', 'objective');

-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('open', 'answered', 'closed');

-- CreateEnum
CREATE TYPE "ChallengeMessageKind" AS ENUM ('raise', 'response', 'close');

-- CreateEnum
CREATE TYPE "AssuranceLevel" AS ENUM ('assured', 'partially_assured', 'not_assured');

-- AlterTable
ALTER TABLE "Trust" ADD COLUMN     "peerComparisonOptIn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "peerOptInAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "targetKind" "ChallengeTarget" NOT NULL,
    "assessmentId" UUID,
    "questionRef" TEXT,
    "domain" INTEGER,
    "objectiveId" UUID,
    "text" TEXT NOT NULL,
    "status" "ChallengeStatus" NOT NULL DEFAULT 'open',
    "raisedById" UUID NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "closedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeMessage" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "challengeId" UUID NOT NULL,
    "kind" "ChallengeMessageKind" NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entryNumber" BIGSERIAL NOT NULL,

    CONSTRAINT "ChallengeMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssuranceJudgement" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "domain" INTEGER NOT NULL,
    "nedUserId" UUID NOT NULL,
    "level" "AssuranceLevel" NOT NULL,
    "reason" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssuranceJudgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Challenge_trustId_financialYear_status_idx" ON "Challenge"("trustId", "financialYear", "status");

-- CreateIndex
CREATE INDEX "Challenge_trustId_assessmentId_idx" ON "Challenge"("trustId", "assessmentId");

-- CreateIndex
CREATE INDEX "Challenge_trustId_objectiveId_idx" ON "Challenge"("trustId", "objectiveId");

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_trustId_id_key" ON "Challenge"("trustId", "id");

-- CreateIndex
CREATE INDEX "ChallengeMessage_trustId_challengeId_createdAt_idx" ON "ChallengeMessage"("trustId", "challengeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AssuranceJudgement_trustId_financialYear_domain_nedUserId_key" ON "AssuranceJudgement"("trustId", "financialYear", "domain", "nedUserId");

-- CreateIndex
CREATE UNIQUE INDEX "AssuranceJudgement_trustId_id_key" ON "AssuranceJudgement"("trustId", "id");

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_trustId_assessmentId_fkey" FOREIGN KEY ("trustId", "assessmentId") REFERENCES "Assessment"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_trustId_objectiveId_fkey" FOREIGN KEY ("trustId", "objectiveId") REFERENCES "Objective"("trustId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeMessage" ADD CONSTRAINT "ChallengeMessage_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeMessage" ADD CONSTRAINT "ChallengeMessage_trustId_challengeId_fkey" FOREIGN KEY ("trustId", "challengeId") REFERENCES "Challenge"("trustId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssuranceJudgement" ADD CONSTRAINT "AssuranceJudgement_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;




-- ---------------------------------------------------------------------------------------------
-- Hand-written from here: integrity rules, grants, row-level security and audit, following the
-- earlier migrations. (The part above was produced with `prisma migrate diff
-- --from-schema-datamodel <previous schema> --to-schema-datamodel prisma/schema.prisma --script`.)
-- lib/review and lib/peers say the same things politely first; these refuse the write if a path forgets.
-- ---------------------------------------------------------------------------------------------

-- Opted in exactly when there is a date it happened.
ALTER TABLE "Trust" ADD CONSTRAINT "Trust_peer_opt_in_dated"
  CHECK ("peerComparisonOptIn" = ("peerOptInAt" IS NOT NULL));

ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_financialYear_range"
  CHECK ("financialYear" BETWEEN 2000 AND 2100);
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_text_present"
  CHECK (length(btrim("text")) > 0 AND length("text") <= 5000);
-- Each kind of target names exactly its own columns.
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_target_shape"
  CHECK (("targetKind" = 'answer' AND "assessmentId" IS NOT NULL AND "questionRef" ~ '^[1-4]\.[1-9][0-9]?$'
          AND "domain" IS NULL AND "objectiveId" IS NULL)
      OR ("targetKind" = 'domain' AND "assessmentId" IS NOT NULL AND "domain" BETWEEN 1 AND 4
          AND "questionRef" IS NULL AND "objectiveId" IS NULL)
      OR ("targetKind" = 'objective' AND "objectiveId" IS NOT NULL
          AND "assessmentId" IS NULL AND "questionRef" IS NULL AND "domain" IS NULL));
-- Closed means someone closed it at a known time; anything else has no closure recorded.
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_closure_recorded"
  CHECK (("status" = 'closed') = ("closedAt" IS NOT NULL AND "closedById" IS NOT NULL)
         AND ("status" = 'closed' OR ("closedAt" IS NULL AND "closedById" IS NULL)));

ALTER TABLE "ChallengeMessage" ADD CONSTRAINT "ChallengeMessage_body_present"
  CHECK (("kind" = 'close' OR length(btrim("body")) > 0) AND length("body") <= 5000);

ALTER TABLE "AssuranceJudgement" ADD CONSTRAINT "AssuranceJudgement_financialYear_range"
  CHECK ("financialYear" BETWEEN 2000 AND 2100);
ALTER TABLE "AssuranceJudgement" ADD CONSTRAINT "AssuranceJudgement_domain_range" CHECK ("domain" BETWEEN 1 AND 4);
ALTER TABLE "AssuranceJudgement" ADD CONSTRAINT "AssuranceJudgement_reason_present"
  CHECK (length(btrim("reason")) > 0 AND length("reason") <= 5000);
ALTER TABLE "AssuranceJudgement" ADD CONSTRAINT "AssuranceJudgement_version_positive" CHECK ("version" >= 1);

-- A challenge's year is its target's year, and what it is about never changes once raised (the
-- thread would otherwise read as answering a different question). Only a target the acting role
-- can see is checked, so a row aimed at another trust's assessment is left for the composite
-- foreign key and row-level security to refuse.
CREATE FUNCTION challenge_target_is_consistent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target_year integer;
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW."trustId", NEW."targetKind", NEW."assessmentId", NEW."questionRef", NEW."domain",
                           NEW."objectiveId", NEW."financialYear", NEW."raisedById", NEW."text")
     IS DISTINCT FROM (OLD."trustId", OLD."targetKind", OLD."assessmentId", OLD."questionRef", OLD."domain",
                       OLD."objectiveId", OLD."financialYear", OLD."raisedById", OLD."text") THEN
    RAISE EXCEPTION 'a challenge''s target, year, text and challenger cannot be changed' USING ERRCODE = '55000';
  END IF;
  IF NEW."assessmentId" IS NOT NULL THEN
    SELECT a."financialYear" INTO target_year FROM "Assessment" a
    WHERE a."id" = NEW."assessmentId" AND a."trustId" = NEW."trustId";
  ELSIF NEW."objectiveId" IS NOT NULL THEN
    SELECT o."financialYear" INTO target_year FROM "Objective" o
    WHERE o."id" = NEW."objectiveId" AND o."trustId" = NEW."trustId";
  END IF;
  IF target_year IS NOT NULL AND target_year <> NEW."financialYear" THEN
    RAISE EXCEPTION 'a challenge''s financial year must be that of what it challenges' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER challenge_target_consistent BEFORE INSERT OR UPDATE ON "Challenge"
  FOR EACH ROW EXECUTE FUNCTION challenge_target_is_consistent();

-- Threads are history: messages are added, never rewritten or removed. Challenges change state
-- (open, answered, closed) but are never deleted; judgements are revised in place, and the audit
-- trail keeps every version.
GRANT SELECT, INSERT, UPDATE ON "Challenge", "AssuranceJudgement" TO fairboard_app;
GRANT SELECT, INSERT ON "ChallengeMessage" TO fairboard_app;
GRANT USAGE ON SEQUENCE "ChallengeMessage_entryNumber_seq" TO fairboard_app;

ALTER TABLE "Challenge" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Challenge" FORCE ROW LEVEL SECURITY;
CREATE POLICY challenge_tenant ON "Challenge" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "ChallengeMessage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ChallengeMessage" FORCE ROW LEVEL SECURITY;
CREATE POLICY challenge_message_tenant ON "ChallengeMessage" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "AssuranceJudgement" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AssuranceJudgement" FORCE ROW LEVEL SECURITY;
CREATE POLICY assurance_judgement_tenant ON "AssuranceJudgement" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

CREATE TRIGGER audit_challenge AFTER INSERT OR UPDATE OR DELETE ON "Challenge"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_challenge_message AFTER INSERT OR UPDATE OR DELETE ON "ChallengeMessage"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_assurance_judgement AFTER INSERT OR UPDATE OR DELETE ON "AssuranceJudgement"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
