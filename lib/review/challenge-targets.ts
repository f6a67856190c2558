import { formatFinancialYear } from '../calendar/financial-year';
import { findQuestion } from '../assessments/question-bank';
import { findDomain, isDomainNumber } from '../catalogue/domains';
import type { Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { isUuid } from '../forms/ids';
import type { TenantContext } from '../tenancy/context';
import type { ChallengeTarget } from './labels';
import type { ChallengeTargetInput } from './schemas';

// What a challenge is about: checked against this trust's own rows before a challenge is written,
// and described in words for lists, threads and the board summary.

export type ResolvedTarget = Readonly<{
  targetKind: ChallengeTarget;
  financialYear: number;
  assessmentId: string | null;
  questionRef: string | null;
  domain: number | null;
  objectiveId: string | null;
}>;

export type ChallengeTargetDto = ResolvedTarget &
  Readonly<{
    financialYearLabel: string;
    /** "Question 2.3 in 2025/26", "Domain 1 in 2025/26", "Objective for 2025/26" */
    heading: string;
    /** The question's text, the domain's name or the objective's title. */
    subject: string;
  }>;

const notFound = (message: string) => new AppError('NOT_FOUND', message);

/**
 * Looks the target up in this trust only. An id from another trust reads exactly like one that
 * does not exist, so nothing about the other trust's rows can be learned from the answer.
 */
export async function resolveChallengeTarget(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, input: ChallengeTargetInput): Promise<ResolvedTarget> {
  if (input.targetKind === 'objective') {
    const objective = isUuid(input.objectiveId)
      ? await tx.objective.findFirst({ where: { id: input.objectiveId, trustId: ctx.trustId }, select: { id: true, financialYear: true } })
      : null;
    if (!objective) throw notFound('That objective could not be found');
    return { targetKind: 'objective', financialYear: objective.financialYear, assessmentId: null, questionRef: null, domain: null, objectiveId: objective.id };
  }
  const assessment = isUuid(input.assessmentId)
    ? await tx.assessment.findFirst({
        where: { id: input.assessmentId, trustId: ctx.trustId },
        select: { id: true, financialYear: true, _count: { select: { importedDomainResults: true } } },
      })
    : null;
  if (!assessment) throw notFound('That assessment could not be found');
  if (input.targetKind === 'domain') {
    if (!isDomainNumber(input.domain)) throw notFound('That domain could not be found');
    return {
      targetKind: 'domain',
      financialYear: assessment.financialYear,
      assessmentId: assessment.id,
      questionRef: null,
      domain: input.domain,
      objectiveId: null,
    };
  }
  const answer = await tx.assessmentAnswer.findFirst({
    where: { trustId: ctx.trustId, assessmentId: assessment.id, questionRef: input.questionRef },
    select: { id: true },
  });
  if (!answer) {
    if (assessment._count.importedDomainResults > 0) {
      throw new AppError(
        'INVALID_STATE',
        `The ${formatFinancialYear(assessment.financialYear)} results were imported as domain scores only, so there are no answers to challenge. Challenge the domain result instead.`,
      );
    }
    throw notFound(`Question ${input.questionRef} is not part of that assessment`);
  }
  return {
    targetKind: 'answer',
    financialYear: assessment.financialYear,
    assessmentId: assessment.id,
    questionRef: input.questionRef,
    domain: null,
    objectiveId: null,
  };
}

/** The target in words. `objectiveTitle` is the objective's current title, read with the challenge. */
export function describeTarget(target: ResolvedTarget, objectiveTitle: string | null): ChallengeTargetDto {
  const financialYearLabel = formatFinancialYear(target.financialYear);
  const words = (): { heading: string; subject: string } => {
    if (target.targetKind === 'answer' && target.questionRef) {
      return {
        heading: `Question ${target.questionRef} in ${financialYearLabel}`,
        subject: findQuestion(target.questionRef)?.text ?? `Question ${target.questionRef}`,
      };
    }
    if (target.targetKind === 'domain' && isDomainNumber(target.domain)) {
      return { heading: `Domain ${target.domain} in ${financialYearLabel}`, subject: findDomain(target.domain).label };
    }
    return { heading: `Objective for ${financialYearLabel}`, subject: objectiveTitle ?? 'An objective' };
  };
  return { ...target, financialYearLabel, ...words() };
}
