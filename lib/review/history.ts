import { formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import type { AssessmentStatus } from '../assessments/assessment-rows';
import type { DomainResultDto } from '../assessments/result-details';
import { withTenant } from '../db/with-tenant';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { historySentence } from './sentences';
import { countObjectivesByYear, NO_OBJECTIVES, readAssessmentYears, type ObjectiveYearCounts } from './year-records';

/** What a year shows: results, an assessment that is not yet a result, or objectives alone. */
type YearState = 'result' | 'in-draft' | 'awaiting-approval' | 'no-assessment';

const YEAR_STATE_LABELS: Readonly<Record<YearState, string>> = {
  result: 'Approved results',
  'in-draft': 'In draft',
  'awaiting-approval': 'Awaiting board approval',
  'no-assessment': 'No self-assessment',
};

type HistoryYearDto = Readonly<{
  financialYear: number;
  financialYearLabel: string;
  state: YearState;
  stateLabel: string;
  assessment: Readonly<{ id: string; status: AssessmentStatus; isImported: boolean }> | null;
  /** Per domain; only for a year whose assessment counts as a result. */
  domains: readonly DomainResultDto[] | null;
  objectives: ObjectiveYearCounts;
}>;

export type MaturityHistoryDto = Readonly<{
  /** Oldest first: every year with an assessment or objectives. */
  years: readonly HistoryYearDto[];
  /** The years with results, oldest first (what the chart plots). */
  resultYears: readonly HistoryYearDto[];
  /** One sentence saying what the trend shows. */
  summary: string;
}>;

/**
 * Every financial year's maturity per domain side by side, with the year's objectives delivered,
 * open and overdue. Only approved or imported assessments count as results; a year still in draft
 * or awaiting approval is listed as such without figures.
 */
export async function getMaturityHistory(ctx: TenantContext, now = new Date()): Promise<MaturityHistoryDto> {
  assertCan(ctx, 'review.view');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const assessments = await readAssessmentYears(tx, ctx);
    const objectives = await countObjectivesByYear(tx, ctx, today);
    const yearNumbers = [...new Set([...assessments.map((year) => year.financialYear), ...objectives.keys()])].sort((a, b) => a - b);
    const years = yearNumbers.map((financialYear): HistoryYearDto => {
      const assessment = assessments.find((candidate) => candidate.financialYear === financialYear);
      const state: YearState = !assessment
        ? 'no-assessment'
        : assessment.countsAsResult
          ? 'result'
          : assessment.status === 'submitted'
            ? 'awaiting-approval'
            : 'in-draft';
      return {
        financialYear,
        financialYearLabel: formatFinancialYear(financialYear),
        state,
        stateLabel: YEAR_STATE_LABELS[state],
        assessment: assessment ? { id: assessment.assessmentId, status: assessment.status, isImported: assessment.isImported } : null,
        domains: state === 'result' && assessment ? assessment.domains : null,
        objectives: objectives.get(financialYear) ?? NO_OBJECTIVES,
      };
    });
    const resultYears = years.filter((year) => year.state === 'result');
    return { years, resultYears, summary: historySentence(resultYears) };
  });
}
