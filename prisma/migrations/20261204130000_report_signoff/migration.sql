-- The annual report can be signed off: each narrative has a status (draft, ready for review,
-- approved, with who approved it and when), the trust records the governance facts the report
-- prints (oversight committee, how often it reports to the board, the edition of NHS England's
-- statement reviewed against), and the company secretary's optional sections are new narratives.

-- AlterTable
ALTER TABLE "Trust" ADD COLUMN "oversightCommittee" TEXT,
ADD COLUMN "boardReportingFrequency" TEXT,
ADD COLUMN "statementEdition" TEXT;

-- AlterTable
ALTER TABLE "ReportNarrative" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft',
ADD COLUMN "approvedById" UUID,
ADD COLUMN "approvedAt" TIMESTAMPTZ(3);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: integrity rules. The tables already have row-level security, grants and audit
-- triggers (foundation and annual_report migrations); new columns inherit them.
-- lib/trusts/governance.ts and lib/reports say the same things politely first.
-- ---------------------------------------------------------------------------------------------

-- lib/trusts/governance-options.ts REPORTING_FREQUENCIES and STATEMENT_EDITIONS.
ALTER TABLE "Trust" ADD CONSTRAINT "Trust_boardReportingFrequency_known"
  CHECK ("boardReportingFrequency" IS NULL OR "boardReportingFrequency" IN ('every-meeting', 'monthly', 'every-two-months', 'quarterly', 'twice-yearly', 'yearly'));
ALTER TABLE "Trust" ADD CONSTRAINT "Trust_statementEdition_known"
  CHECK ("statementEdition" IS NULL OR "statementEdition" IN ('2023-11', 'updated'));
ALTER TABLE "Trust" ADD CONSTRAINT "Trust_oversightCommittee_length"
  CHECK ("oversightCommittee" IS NULL OR length("oversightCommittee") BETWEEN 1 AND 200);

ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_status_known"
  CHECK ("status" IN ('draft', 'ready', 'approved'));
-- Approved exactly when someone's approval is recorded (the person may later leave: id nullable).
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_approval_recorded"
  CHECK (("status" = 'approved') = ("approvedAt" IS NOT NULL) AND ("approvedById" IS NULL OR "approvedAt" IS NOT NULL));

-- lib/reports/narrative-sections.ts NARRATIVE_SECTION_IDS, now with the optional sections.
ALTER TABLE "ReportNarrative" DROP CONSTRAINT "ReportNarrative_section_known";
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_section_known"
  CHECK ("section" ~ '^(leadership-governance|data-quality|statement-(understand-need|break-down-data|data-quality|act-and-evaluate|publish)|next-year-plans|strategy-progress|core20plus5|workforce-equality|partnership-working|lived-experience|pcref)$');
