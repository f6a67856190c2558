import { answerSetOf } from '../assessments/assessment-rows';
import { formatFinancialYear } from '../calendar/financial-year';
import { describeResult, resultFromImportedScores, type DomainResultDto } from '../assessments/result-details';
import { scoreAssessment } from '../assessments/scoring';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError, fieldError } from '../errors/app-error';
import { isoDateOf } from '../calendar/calendar-dates';
import { statusLabel } from '../objectives/status';
import { figureLabel, type IndicatorLink } from '../objectives/indicator-link';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { regionLabel, trustTypeLabel } from '../trusts/labels';
import type { BoardPaperCover } from './board-paper-cover';
import type { NarrativeSectionId } from './narrative-sections';
import { OPTIONAL_SECTION_IDS, OPTIONAL_SECTIONS, offersSection, type OptionalSectionId } from './optional-sections';
import {
  REPORT_SECTION_IDS,
  STATEMENT_EXPECTATION_IDS,
  type AnnualReportSnapshot,
  type ReportDomainNumber,
  type ReportMeasuredBy,
  type ReportSection,
  type ReportSectionId,
  type ReportStatus,
  type ReportVariant,
} from './snapshot';
import { changeText, deepFreeze, holderOf, progressSummary, reportBoardMembers, type BoardMemberRecord } from './snapshot-parts';
import { readGovernanceSettings } from '../trusts/governance';
import { editionOption, frequencyOption } from '../trusts/governance-options';
import { maturityLevelRows } from './report-text';
import { indicatorsContent } from './indicators-builder';
import { readIndicatorsForReport } from './indicators-read';

// Gathers everything one export prints, in one withTenant transaction so the figures, objectives,
// board and narratives are read at one moment, and returns it as a frozen, JSON-safe snapshot.
// Rendering (lib/reports/annual-report-*.ts) happens afterwards, outside any transaction.
//
// Results come from the year's assessment. When it is approved (imported years are created
// approved) the report is 'approved'; otherwise it is 'draft' and the figures are the draft's
// current answers, and every page of the export says DRAFT. The comparison with the year before
// uses that year's approved assessment only.

export type SnapshotRequest = Readonly<{
  financialYear: number;
  sections: readonly ReportSectionId[];
  variant: ReportVariant;
  /** The board paper's cover details, as typed; ignored for the annual-report section. */
  cover?: BoardPaperCover | null;
}>;

function noAssessmentError(financialYear: number): AppError {
  return new AppError(
    'NOT_FOUND',
    `There is no self-assessment for ${formatFinancialYear(financialYear)}, so there is no annual report section to export for that year.`,
    {
      fieldErrors: { financialYear: [`There is no self-assessment for ${formatFinancialYear(financialYear)}. Choose a year that has one.`] },
    },
  );
}

type AssessmentWithResults = { status: ReportStatus; domains: DomainResultDto[] };

async function yearResults(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, financialYear: number, approvedOnly: boolean): Promise<AssessmentWithResults | null> {
  const row = await tx.assessment.findFirst({
    where: { trustId: ctx.trustId, financialYear, ...(approvedOnly ? { status: 'approved' } : {}) },
    include: {
      answers: { where: { trustId: ctx.trustId }, select: { questionRef: true, value: true } },
      importedDomainResults: { where: { trustId: ctx.trustId }, select: { domain: true, score: true, maxScore: true } },
    },
  });
  if (!row) return null;
  // The same two paths getAssessmentResults takes, so the report's numbers are the app's numbers.
  const result = row.importedDomainResults.length > 0 ? resultFromImportedScores(row.importedDomainResults) : scoreAssessment(answerSetOf(row.answers));
  return { status: row.status === 'approved' ? 'approved' : 'draft', domains: describeResult(result) };
}

async function boardRecords(tx: Tx, ctx: Pick<TenantContext, 'trustId'>): Promise<BoardMemberRecord[]> {
  const rows = await tx.boardMember.findMany({
    where: { trustId: ctx.trustId },
    select: { name: true, jobTitle: true, roleAreas: true, startDate: true, endDate: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    name: row.name,
    jobTitle: row.jobTitle,
    roleAreas: row.roleAreas,
    startDate: isoDateOf(row.startDate),
    endDate: row.endDate ? isoDateOf(row.endDate) : null,
  }));
}

type LinkColumns = {
  indicatorName: string | null;
  indicatorFigure: IndicatorLink['figure'] | null;
  indicatorBreakdown: IndicatorLink['breakdown'] | null;
  indicatorGroup: string | null;
};

function withMeasuredBy(objective: LinkColumns): { measuredBy?: ReportMeasuredBy } {
  if (!objective.indicatorName || !objective.indicatorFigure || !objective.indicatorBreakdown) return {};
  const link = { figure: objective.indicatorFigure, breakdown: objective.indicatorBreakdown, group: objective.indicatorGroup };
  return { measuredBy: { indicator: objective.indicatorName, figure: figureLabel(link) } };
}

async function yearObjectives(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, financialYear: number) {
  const objectives = await tx.objective.findMany({
    where: { trustId: ctx.trustId, financialYear },
    orderBy: [{ createdAt: 'asc' }, { title: 'asc' }, { id: 'asc' }],
    select: {
      title: true,
      catalogueRefs: true,
      currentStatus: true,
      owner: { select: { jobTitle: true } },
      unit: true,
      indicatorId: true,
      indicatorFigure: true,
      indicatorBreakdown: true,
      indicatorGroup: true,
      // Newest first, by the date each describes, then entry order: the summary needs the final
      // update of a completed objective and the latest one that says something.
      progressUpdates: {
        where: { trustId: ctx.trustId },
        orderBy: [{ date: 'desc' }, { entryNumber: 'desc' }],
        select: { narrative: true, date: true, status: true, measureValue: true },
      },
    },
  });
  // Names read apart rather than as a third relation of the query above: Prisma then loads the
  // relations in parallel on the transaction's one connection, which pg warns is deprecated.
  const linked = [...new Set(objectives.flatMap((objective) => (objective.indicatorId ? [objective.indicatorId] : [])))];
  const indicators = linked.length
    ? await tx.indicator.findMany({ where: { trustId: ctx.trustId, id: { in: linked } }, select: { id: true, name: true } })
    : [];
  const names = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
  return objectives.map((objective) => ({ ...objective, indicatorName: objective.indicatorId ? (names.get(objective.indicatorId) ?? null) : null }));
}

async function narrativeBodies(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, financialYear: number): Promise<ReadonlyMap<NarrativeSectionId, string>> {
  const rows = await tx.reportNarrative.findMany({ where: { trustId: ctx.trustId, financialYear }, select: { section: true, body: true } });
  return new Map(rows.map((row) => [row.section as NarrativeSectionId, row.body]));
}

/** Each optional section carries the narrative of the same id. */
function optionalBuilders(narrative: (id: NarrativeSectionId) => string): Record<OptionalSectionId, () => ReportSection> {
  return Object.fromEntries(OPTIONAL_SECTION_IDS.map((id) => [id, () => ({ id, content: { narrative: narrative(id) } })])) as Record<
    OptionalSectionId,
    () => ReportSection
  >;
}

/**
 * Reads the snapshot inside the caller's transaction (startReportExport stores it in the same one).
 * Throws NOT_FOUND when the year has no assessment at all.
 */
export async function readAnnualReportSnapshot(
  tx: Tx,
  ctx: Pick<TenantContext, 'trustId'>,
  request: SnapshotRequest,
  now: Date,
): Promise<AnnualReportSnapshot> {
  const { financialYear } = request;
  const chosen = new Set(request.sections);
  const trust = await tx.trust.findFirst({ where: { id: ctx.trustId }, select: { name: true, odsCode: true, type: true, region: true } });
  if (!trust) throw new AppError('NOT_FOUND', 'That trust could not be found');
  const notOffered = OPTIONAL_SECTIONS.filter((section) => chosen.has(section.id) && !offersSection(section, trust.type));
  if (notOffered.length > 0) {
    const message = `${notOffered.map((section) => section.heading).join(', ')} is for mental health trusts only. Leave it out.`;
    throw fieldError('sections', message);
  }
  const current = await yearResults(tx, ctx, financialYear, false);
  if (!current) throw noAssessmentError(financialYear);
  const previous = chosen.has('assessment') ? await yearResults(tx, ctx, financialYear - 1, true) : null;
  const objectives = chosen.has('objectives') || chosen.has('leadership') ? await yearObjectives(tx, ctx, financialYear) : [];
  const board = chosen.has('leadership') ? await boardRecords(tx, ctx) : [];
  const narratives = await narrativeBodies(tx, ctx, financialYear);
  const governance = await readGovernanceSettings(tx, ctx);
  const narrative = (id: NarrativeSectionId) => narratives.get(id) ?? '';
  const edition = editionOption(governance.statementEdition)?.reportText ?? null;
  // The figures are frozen into the snapshot here, so a later upload never changes an export.
  const indicators = chosen.has('indicators') ? indicatorsContent(await readIndicatorsForReport(tx, ctx), financialYear, edition) : null;

  const build: Record<ReportSectionId, () => ReportSection> = {
    leadership: () => ({
      id: 'leadership',
      content: {
        executiveLead: holderOf(board, 'executive-lead', financialYear),
        chair: holderOf(board, 'chair', financialYear),
        // Recorded by the trust administrator, never inferred from the objectives.
        committee: governance.oversightCommittee,
        committeeReportsToBoard: frequencyOption(governance.boardReportingFrequency)?.reportText ?? null,
        governanceNarrative: narrative('leadership-governance'),
        boardMembers: reportBoardMembers(board, financialYear),
      },
    }),
    assessment: () => ({
      id: 'assessment',
      content: {
        previousFinancialYear: previous ? formatFinancialYear(financialYear - 1) : null,
        domains: current.domains.map((domain) => {
          const before = previous?.domains.find((candidate) => candidate.domain === domain.domain);
          const last = before ? { maturityLabel: before.maturityLabel, percent: before.percent } : null;
          return {
            number: domain.domain satisfies ReportDomainNumber,
            label: domain.label,
            score: domain.score,
            maxScore: domain.maxScore,
            percent: domain.percent,
            maturityLabel: domain.maturityLabel,
            previous: last,
            changeText: changeText(domain, last),
          };
        }),
        maturityLevels: maturityLevelRows(),
      },
    }),
    objectives: () => ({
      id: 'objectives',
      content: {
        objectives: objectives.map((objective) => ({
          title: objective.title,
          guideRefs: [...objective.catalogueRefs],
          ownerRole: objective.owner?.jobTitle ?? null,
          statusLabel: statusLabel(objective.currentStatus),
          // Only when linked, so an unlinked objective's record reads as it did before links existed.
          ...withMeasuredBy(objective),
          progressSummary: progressSummary(
            objective.currentStatus,
            objective.unit,
            objective.progressUpdates.map((update) => ({ ...update, date: isoDateOf(update.date) })),
          ),
        })),
      },
    }),
    'statement-review': () => ({
      id: 'statement-review',
      content: {
        edition,
        expectations: STATEMENT_EXPECTATION_IDS.map((id) => ({ id, narrative: narrative(`statement-${id}`) })),
      },
    }),
    indicators: () => ({ id: 'indicators', content: indicators! }),
    'data-quality': () => ({ id: 'data-quality', content: { note: narrative('data-quality') } }),
    ...optionalBuilders(narrative),
  };

  return deepFreeze({
    trust: { name: trust.name, odsCode: trust.odsCode, type: `${trustTypeLabel(trust.type)} trust`, regionLabel: regionLabel(trust.region) },
    financialYear: formatFinancialYear(financialYear),
    status: current.status,
    variant: request.variant,
    ...(request.variant === 'board-paper' && request.cover ? { cover: request.cover } : {}),
    generatedAt: now.toISOString(),
    sections: REPORT_SECTION_IDS.filter((id) => chosen.has(id)).map((id) => build[id]()),
  });
}

/** Everything one export prints, read in one transaction and frozen. Render it outside any transaction. */
export async function buildAnnualReportSnapshot(ctx: TenantContext, request: SnapshotRequest, now = new Date()): Promise<AnnualReportSnapshot> {
  assertCan(ctx, 'report.view');
  return withTenant(ctx, (tx) => readAnnualReportSnapshot(tx, ctx, request, now));
}
