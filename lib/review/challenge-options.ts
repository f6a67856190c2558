import { formatFinancialYear } from '../calendar/financial-year';
import { findQuestion } from '../assessments/question-bank';
import { withTenant } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { statusLabel } from '../objectives/status';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { describeTarget, resolveChallengeTarget } from './challenge-targets';
import type { ChallengeTargetInput } from './schemas';
import { readAssessmentYears } from './year-records';
import type { ChallengeYearOptionDto, ChallengeTargetPreviewDto } from './challenge-dto';

// What the "raise a challenge" pages offer: the years and things that can be challenged, and a
// preview of the chosen target so the NED sees exactly what they are writing about.

/** Every year with a self-assessment or objectives, newest first. */
export async function listChallengeYears(ctx: TenantContext): Promise<ChallengeYearOptionDto[]> {
  assertCan(ctx, 'review.view');
  return withTenant(ctx, async (tx) => {
    const assessments = await readAssessmentYears(tx, ctx);
    const objectives = await tx.objective.findMany({
      where: { trustId: ctx.trustId },
      select: { id: true, title: true, financialYear: true },
      orderBy: { title: 'asc' },
    });
    const years = [...new Set([...assessments.map((year) => year.financialYear), ...objectives.map((objective) => objective.financialYear)])].sort(
      (a, b) => b - a,
    );
    return years.map((financialYear) => {
      const assessment = assessments.find((candidate) => candidate.financialYear === financialYear);
      return {
        financialYear,
        financialYearLabel: formatFinancialYear(financialYear),
        assessment: assessment ? { id: assessment.assessmentId, hasAnswers: assessment.answers !== null, countsAsResult: assessment.countsAsResult } : null,
        objectives: objectives.filter((objective) => objective.financialYear === financialYear).map(({ id, title }) => ({ id, title })),
      };
    });
  });
}

/** The chosen target checked against this trust (another trust's id is NOT_FOUND) and described. */
export async function previewChallengeTarget(ctx: TenantContext, input: ChallengeTargetInput): Promise<ChallengeTargetPreviewDto> {
  assertCan(ctx, 'review.view');
  return withTenant(ctx, async (tx) => {
    const target = await resolveChallengeTarget(tx, ctx, input);
    if (target.objectiveId) {
      const objective = await tx.objective.findFirst({ where: { id: target.objectiveId, trustId: ctx.trustId }, select: { title: true, currentStatus: true } });
      if (!objective) throw new AppError('NOT_FOUND', 'That objective could not be found');
      return { ...describeTarget(target, objective.title), answer: null, domainResult: null, objectiveStatusLabel: statusLabel(objective.currentStatus) };
    }
    const [year] = await readAssessmentYears(tx, ctx, [target.financialYear]);
    const stored = target.questionRef ? year?.answers?.get(target.questionRef) : undefined;
    const domain = year?.countsAsResult ? year.domains.find((candidate) => candidate.domain === target.domain) : undefined;
    return {
      ...describeTarget(target, null),
      answer: stored && target.questionRef ? { ...stored, questionHint: findQuestion(target.questionRef)?.hint ?? '' } : null,
      domainResult: domain ? { percent: domain.percent, maturityLabel: domain.maturityLabel } : null,
      objectiveStatusLabel: null,
    };
  });
}
