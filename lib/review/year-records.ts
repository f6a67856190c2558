import { formatFinancialYear } from '../calendar/financial-year';
import { answerSetOf, type AssessmentStatus } from '../assessments/assessment-rows';
import { describeResult, resultFromImportedScores, type DomainResultDto } from '../assessments/result-details';
import { scoreAssessment, type AnswerValue } from '../assessments/scoring';
import type { Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { isClosedStatus, isOverdue, type ObjectiveStatus } from '../objectives/status';
import type { TenantContext } from '../tenancy/context';

// Reads shared by the year-on-year views. Each takes the transaction its caller opened with
// withTenant, so a page's figures all come from one consistent snapshot.

export type StoredAnswer = Readonly<{ value: AnswerValue | null; evidenceNote: string }>;

export type AssessmentYear = Readonly<{
  assessmentId: string;
  financialYear: number;
  financialYearLabel: string;
  status: AssessmentStatus;
  isImported: boolean;
  /** Only approved assessments (imported ones are approved from the start) are results. */
  countsAsResult: boolean;
  /** By question ref; null for an import of domain scores only, whose answers are not known. */
  answers: ReadonlyMap<string, StoredAnswer> | null;
  /** Scored exactly as the results page scores it. */
  domains: readonly DomainResultDto[];
}>;

function countsAsResult(assessment: Readonly<{ status: AssessmentStatus; isImported: boolean }>): boolean {
  return assessment.status === 'approved' || assessment.isImported;
}

/** Every assessment of the trust (or of the given years), oldest year first, with its scored result. */
export async function readAssessmentYears(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, years?: readonly number[]): Promise<AssessmentYear[]> {
  const rows = await tx.assessment.findMany({
    where: { trustId: ctx.trustId, ...(years ? { financialYear: { in: [...years] } } : {}) },
    orderBy: { financialYear: 'asc' },
    select: {
      id: true,
      financialYear: true,
      status: true,
      isImported: true,
      answers: { where: { trustId: ctx.trustId }, select: { questionRef: true, value: true, evidenceNote: true } },
      importedDomainResults: { where: { trustId: ctx.trustId }, select: { domain: true, score: true, maxScore: true } },
    },
  });
  return rows.map((row) => {
    const scoresOnly = row.importedDomainResults.length > 0;
    const result = scoresOnly ? resultFromImportedScores(row.importedDomainResults) : scoreAssessment(answerSetOf(row.answers));
    return {
      assessmentId: row.id,
      financialYear: row.financialYear,
      financialYearLabel: formatFinancialYear(row.financialYear),
      status: row.status,
      isImported: row.isImported,
      countsAsResult: countsAsResult(row),
      answers: scoresOnly ? null : new Map(row.answers.map((answer) => [answer.questionRef, { value: answer.value, evidenceNote: answer.evidenceNote }])),
      domains: describeResult(result),
    };
  });
}

/**
 * The year's assessment as a result that can be compared, or a clear refusal: no assessment at all
 * is NOT_FOUND, one still in draft or awaiting approval is INVALID_STATE. `field` names the form
 * field the message belongs to.
 */
export function requireResultYear(years: readonly AssessmentYear[], financialYear: number, field: string): AssessmentYear {
  const label = formatFinancialYear(financialYear);
  const year = years.find((candidate) => candidate.financialYear === financialYear);
  if (!year) {
    const message = `There is no self-assessment for ${label}. Choose a year that has approved results.`;
    throw new AppError('NOT_FOUND', message, { fieldErrors: { [field]: [message] } });
  }
  if (!year.countsAsResult) {
    const where = year.status === 'submitted' ? 'is waiting for the board’s approval' : 'is still in draft';
    const message = `The ${label} self-assessment ${where}, so it has no approved results to compare yet.`;
    throw new AppError('INVALID_STATE', message, { fieldErrors: { [field]: [message] } });
  }
  return year;
}

export type ObjectiveYearCounts = Readonly<{
  total: number;
  /** Complete. */
  delivered: number;
  /** Neither complete nor deferred. */
  open: number;
  /** Open and past its due date (lib/objectives/status.ts isOverdue). */
  overdue: number;
  deferred: number;
}>;

export const NO_OBJECTIVES: ObjectiveYearCounts = { total: 0, delivered: 0, open: 0, overdue: 0, deferred: 0 };

function countObjectiveStatuses(objectives: readonly Readonly<{ currentStatus: ObjectiveStatus; dueDate: Date | null }>[], today: string): ObjectiveYearCounts {
  return {
    total: objectives.length,
    delivered: objectives.filter((objective) => objective.currentStatus === 'complete').length,
    open: objectives.filter((objective) => !isClosedStatus(objective.currentStatus)).length,
    overdue: objectives.filter((objective) => isOverdue(objective, today)).length,
    deferred: objectives.filter((objective) => objective.currentStatus === 'deferred').length,
  };
}

/** Objective counts for every financial year that has objectives. `today` is the UK date, YYYY-MM-DD. */
export async function countObjectivesByYear(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, today: string): Promise<ReadonlyMap<number, ObjectiveYearCounts>> {
  const rows = await tx.objective.findMany({ where: { trustId: ctx.trustId }, select: { financialYear: true, currentStatus: true, dueDate: true } });
  const byYear = new Map<number, (typeof rows)[number][]>();
  for (const row of rows) byYear.set(row.financialYear, [...(byYear.get(row.financialYear) ?? []), row]);
  return new Map([...byYear].map(([year, objectives]) => [year, countObjectiveStatuses(objectives, today)]));
}
