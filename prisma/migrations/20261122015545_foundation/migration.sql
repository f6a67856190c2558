-- CreateEnum
CREATE TYPE "TrustType" AS ENUM ('acute', 'mental_health_learning_disability', 'community', 'ambulance', 'acute_and_community', 'specialist');

-- CreateEnum
CREATE TYPE "NhsRegion" AS ENUM ('north_east_and_yorkshire', 'north_west', 'midlands', 'east_of_england', 'london', 'south_east', 'south_west');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('trust_admin', 'executive_lead', 'executive_director', 'non_executive_director', 'company_secretary', 'viewer');

-- CreateTable
CREATE TABLE "Trust" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "odsCode" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "TrustType" NOT NULL,
    "region" "NhsRegion" NOT NULL,
    "icsName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Trust_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT,
    "entraTenantId" TEXT,
    "entraObjectId" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "MemberRole" NOT NULL,
    "isChair" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardMember" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "isExecutive" BOOLEAN NOT NULL,
    "roleAreas" TEXT[],
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "userId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BoardMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "isChair" BOOLEAN NOT NULL DEFAULT false,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "invitedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "trustId" UUID,
    "tableName" TEXT NOT NULL,
    "rowId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "actorUserId" UUID,
    "actorLabel" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Trust_odsCode_key" ON "Trust"("odsCode");

-- CreateIndex
CREATE UNIQUE INDEX "Trust_slug_key" ON "Trust"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_entraTenantId_entraObjectId_key" ON "User"("entraTenantId", "entraObjectId");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_trustId_userId_key" ON "Membership"("trustId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_trustId_id_key" ON "Membership"("trustId", "id");

-- CreateIndex
CREATE INDEX "BoardMember_trustId_endDate_idx" ON "BoardMember"("trustId", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "BoardMember_trustId_id_key" ON "BoardMember"("trustId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_trustId_email_idx" ON "Invitation"("trustId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_trustId_id_key" ON "Invitation"("trustId", "id");

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_trustId_occurredAt_idx" ON "AuditEvent"("trustId", "occurredAt");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardMember" ADD CONSTRAINT "BoardMember_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardMember" ADD CONSTRAINT "BoardMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written from here: integrity rules, the application role, row-level security and audit.
-- ---------------------------------------------------------------------------------------------

-- E-mail addresses are stored lower-case so the unique index is case-insensitive.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower" CHECK ("email" = lower("email"));
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_email_lower" CHECK ("email" = lower("email"));
ALTER TABLE "BoardMember" ADD CONSTRAINT "BoardMember_dates" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
-- Only non-executive directors can chair the board.
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_chair_is_ned" CHECK (NOT "isChair" OR "role" = 'non_executive_director');

-- The role feature code runs as (SET LOCAL ROLE inside withTenant). It owns nothing and cannot
-- bypass row-level security, so the policies below always apply to it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fairboard_app') THEN
    CREATE ROLE fairboard_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;
GRANT fairboard_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO fairboard_app;

-- Transaction-local settings written by withTenant/withUser; empty or missing means "no rows".
CREATE FUNCTION app_current_trust() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.trust_id', true), '')::uuid $$;
CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

GRANT SELECT, UPDATE ON "Trust" TO fairboard_app;
GRANT SELECT ON "User" TO fairboard_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "Membership", "BoardMember", "Invitation" TO fairboard_app;
GRANT SELECT, INSERT ON "AuditEvent" TO fairboard_app;
GRANT USAGE ON SEQUENCE "AuditEvent_id_seq" TO fairboard_app;

ALTER TABLE "Trust" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Trust" FORCE ROW LEVEL SECURITY;
-- A signed-in user may see the trusts they belong to (for the trust switcher) and the current one.
CREATE POLICY trust_read ON "Trust" FOR SELECT
  USING ("id" = app_current_trust()
         OR "id" IN (SELECT m."trustId" FROM "Membership" m WHERE m."userId" = app_current_user()));
CREATE POLICY trust_write ON "Trust" FOR UPDATE
  USING ("id" = app_current_trust()) WITH CHECK ("id" = app_current_trust());

ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
-- Users are global; a trust sees only its own members, and everyone sees themselves.
CREATE POLICY user_read ON "User" FOR SELECT
  USING ("id" = app_current_user()
         OR EXISTS (SELECT 1 FROM "Membership" m
                    WHERE m."userId" = "User"."id" AND m."trustId" = app_current_trust()));

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_own_read ON "Membership" FOR SELECT
  USING ("userId" = app_current_user());
CREATE POLICY membership_tenant ON "Membership" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "BoardMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BoardMember" FORCE ROW LEVEL SECURITY;
CREATE POLICY board_member_tenant ON "BoardMember" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY invitation_tenant ON "Invitation" FOR ALL
  USING ("trustId" = app_current_trust()) WITH CHECK ("trustId" = app_current_trust());

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON "AuditEvent" FOR SELECT USING ("trustId" = app_current_trust());
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT WITH CHECK ("trustId" = app_current_trust());

-- Sessions and sign-in counters are reached only through the named system path.
ALTER TABLE "AuthSession" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuthSession" FORCE ROW LEVEL SECURITY;
ALTER TABLE "SignInThrottle" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignInThrottle" FORCE ROW LEVEL SECURITY;

-- Audit: one row per changed record, written in the same transaction as the change. SECURITY
-- DEFINER so that the trigger can record changes the acting role could not otherwise log (for
-- example a system job with no trust set); the acting user comes from the transaction settings.
CREATE FUNCTION audit_redact(key text, value jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN value IS NULL OR value = 'null'::jsonb THEN value
               WHEN key IN ('passwordHash', 'tokenHash') THEN '"[redacted]"'::jsonb
               ELSE value END $$;

CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
  row_data jsonb := COALESCE(new_row, old_row);
  diff jsonb := '{}'::jsonb;
  field text;
  trust uuid;
BEGIN
  trust := CASE WHEN TG_TABLE_NAME = 'Trust' THEN (row_data->>'id')::uuid
                ELSE NULLIF(row_data->>'trustId', '')::uuid END;
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
  VALUES (trust, TG_TABLE_NAME, row_data->>'id', lower(TG_OP), diff,
          NULLIF(current_setting('app.user_id', true), '')::uuid,
          NULLIF(current_setting('app.actor', true), ''));
  RETURN NULL;
END
$$;

CREATE TRIGGER audit_trust AFTER INSERT OR UPDATE OR DELETE ON "Trust"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_user AFTER INSERT OR UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_membership AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_board_member AFTER INSERT OR UPDATE OR DELETE ON "BoardMember"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER audit_invitation AFTER INSERT OR UPDATE OR DELETE ON "Invitation"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Audit rows are append-only for every role, the owner included; retention work must drop this
-- trigger deliberately.
CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
