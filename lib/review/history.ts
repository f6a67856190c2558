import { formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import { withTenant } from '../db/with-tenant';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { historySentence } from './sentences';
import { countObjectivesByYear, NO_OBJECTIVES, readAssessmentYears } from './year-records';
import type { YearState, HistoryYearDto, MaturityHistoryDto } from './review-dto';

const YEAR_STATE_LABELS: Readonly<Record<YearState, string>> = {
  result: 'Approved results',
  'in-draft': 'In draft',
  'awaiting-approval': 'Awaiting board approval',
  'no-assessment': 'No self-assessment',
};

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
