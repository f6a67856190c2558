import { ukDateOf } from '../calendar/financial-year';
import { QUESTIONS } from '../assessments/question-bank';
import { withTenant } from '../db/with-tenant';
import { fieldError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { answerChange, ANSWER_CHANGE_LABELS, ANSWER_CHANGES, type AnswerChange } from './answer-change';
import { maturityMovement, MOVEMENT_LABELS } from './labels';
import type { ComparedYearDto, DomainSide, DomainComparisonDto, QuestionComparisonDto, YearComparisonDto } from './review-dto';
import {
  countObjectivesByYear,
  NO_OBJECTIVES,
  readAssessmentYears,
  requireResultYear,
  type AssessmentYear,
  type ObjectiveYearCounts,
  type StoredAnswer,
} from './year-records';

function side(year: AssessmentYear, objectives: ReadonlyMap<number, ObjectiveYearCounts>): ComparedYearDto {
  return {
    financialYear: year.financialYear,
    financialYearLabel: year.financialYearLabel,
    assessmentId: year.assessmentId,
    isImported: year.isImported,
    answersAvailable: year.answers !== null,
    objectives: objectives.get(year.financialYear) ?? NO_OBJECTIVES,
  };
}

/** A question missing from a year that has answers reads as unanswered; a year without answers as not recorded. */
function answerIn(year: AssessmentYear, ref: string): StoredAnswer | undefined {
  if (year.answers === null) return undefined;
  return year.answers.get(ref) ?? { value: null, evidenceNote: '' };
}

/** Pure: the comparison of two years' results, earlier year first. */
export function compareAssessmentYears(
  earlier: AssessmentYear,
  later: AssessmentYear,
  objectives: ReadonlyMap<number, ObjectiveYearCounts> = new Map(),
): YearComparisonDto {
  const domains = later.domains.flatMap((to): DomainComparisonDto[] => {
    const from = earlier.domains.find((candidate) => candidate.domain === to.domain);
    if (!from) return [];
    const movement = maturityMovement(from.maturity, to.maturity);
    const pick = (d: typeof to): DomainSide => ({
      score: d.score,
      maxScore: d.maxScore,
      percent: d.percent,
      maturity: d.maturity,
      maturityLabel: d.maturityLabel,
    });
    return [
      {
        domain: to.domain,
        label: to.label,
        from: pick(from),
        to: pick(to),
        percentChange: to.percent - from.percent,
        movement,
        movementLabel: MOVEMENT_LABELS[movement],
      },
    ];
  });
  const questions = QUESTIONS.map((question): QuestionComparisonDto => {
    const from = answerIn(earlier, question.ref);
    const to = answerIn(later, question.ref);
    const change = answerChange(from?.value, to?.value);
    return { ref: question.ref, domain: question.domain, text: question.text, from, to, change, changeLabel: ANSWER_CHANGE_LABELS[change] };
  });
  const changeCounts = Object.fromEntries(
    ANSWER_CHANGES.map((change) => [change, questions.filter((question) => question.change === change).length]),
  ) as Record<AnswerChange, number>;
  return { from: side(earlier, objectives), to: side(later, objectives), domains, questions, changeCounts };
}

/**
 * Two years' results question by question: both answers, the change (yes > partial > no) and both
 * evidence notes, with each domain's movement and the objectives of each year. The years may be
 * given in either order; the comparison always runs from the earlier to the later. A year with no
 * assessment is NOT_FOUND, one whose assessment is not yet approved INVALID_STATE.
 */
export async function compareYears(ctx: TenantContext, yearA: number, yearB: number, now = new Date()): Promise<YearComparisonDto> {
  assertCan(ctx, 'review.view');
  if (yearA === yearB) throw fieldError('yearB', 'Choose two different years to compare');
  const [earlierYear, laterYear] = yearA < yearB ? [yearA, yearB] : [yearB, yearA];
  const fields = yearA < yearB ? (['yearA', 'yearB'] as const) : (['yearB', 'yearA'] as const);
  return withTenant(ctx, async (tx) => {
    const years = await readAssessmentYears(tx, ctx, [earlierYear, laterYear]);
    const earlier = requireResultYear(years, earlierYear, fields[0]);
    const later = requireResultYear(years, laterYear, fields[1]);
    const objectives = await countObjectivesByYear(tx, ctx, ukDateOf(now));
    return compareAssessmentYears(earlier, later, objectives);
  });
}
