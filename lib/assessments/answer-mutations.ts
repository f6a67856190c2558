import { withTenant, type Tx } from '../db/with-tenant';
import { AppError, fieldError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { AnswerConflictError, evidenceStaysLastYears, toAnswerDto, type AnswerDto, type AttemptedAnswer } from './answer-dto';
import { displayNames } from '../tenancy/display-names';
import { assertAnswersEditable, isHttpUrl, lockAssessment } from './assessment-rows';
import { findQuestion } from './question-bank';
import { MAX_EVIDENCE_LINKS } from './schemas';
import type { ConfirmCarriedOverAnswerInput, SaveAnswerInput } from './schemas';

async function readAnswer(tx: Tx, ctx: TenantContext, assessmentId: string, questionRef: string): Promise<AnswerDto> {
  const row = await tx.assessmentAnswer.findFirst({ where: { trustId: ctx.trustId, assessmentId, questionRef } });
  if (!row) throw new AppError('NOT_FOUND', `Question ${questionRef} is not part of this assessment`);
  return toAnswerDto(row, await displayNames(tx, [row.updatedById]));
}

/** The rules the form schema applies, checked again here because this is the write path. */
function assertValidAnswer(input: SaveAnswerInput): void {
  const question = findQuestion(input.questionRef);
  if (!question) throw fieldError('questionRef', 'Choose a question from the assessment');
  if (input.value === 'partial' && !question.allowsPartial) {
    const message = `Question ${question.ref} can only be answered yes or no`;
    throw fieldError('value', message);
  }
  if (input.evidenceLinks.length > MAX_EVIDENCE_LINKS || !input.evidenceLinks.every(isHttpUrl)) {
    const message = 'Enter each evidence link as a full web address starting with https:// or http://';
    throw fieldError('evidenceLinks', message);
  }
}

/**
 * Saves one answer with its evidence, if nobody else has saved it since the user loaded version
 * `expectedVersion`; otherwise throws AnswerConflictError carrying both answers and changes
 * nothing. Saving also confirms a carried-over answer. Last year's evidence saved unchanged under
 * a changed answer stays marked as last year's (see evidenceStaysLastYears).
 */
export async function saveAnswer(ctx: TenantContext, input: SaveAnswerInput): Promise<AnswerDto> {
  assertCan(ctx, 'assessment.edit');
  assertValidAnswer(input);
  const attempted: AttemptedAnswer = { value: input.value, evidenceNote: input.evidenceNote, evidenceLinks: input.evidenceLinks };
  return withTenant(ctx, async (tx) => {
    assertAnswersEditable(await lockAssessment(tx, ctx, input.assessmentId, 'share'));
    const stored = await readAnswer(tx, ctx, input.assessmentId, input.questionRef);
    // The version in the WHERE makes the check and the write one step: of two saves from the
    // same version, the second re-reads the row after the first commits and matches nothing.
    const result = await tx.assessmentAnswer.updateMany({
      where: { trustId: ctx.trustId, assessmentId: input.assessmentId, questionRef: input.questionRef, version: input.expectedVersion },
      data: {
        ...attempted,
        evidenceLinks: [...attempted.evidenceLinks],
        carriedOver: false,
        evidenceFromLastYear: evidenceStaysLastYears(stored, attempted),
        updatedById: ctx.userId,
        version: { increment: 1 },
      },
    });
    const current = await readAnswer(tx, ctx, input.assessmentId, input.questionRef);
    if (result.count === 0) throw new AnswerConflictError(current, attempted);
    return current;
  });
}

/** Accepts a carried-over answer as still true this year, without changing it. */
export async function confirmCarriedOverAnswer(ctx: TenantContext, input: ConfirmCarriedOverAnswerInput): Promise<AnswerDto> {
  assertCan(ctx, 'assessment.edit');
  return withTenant(ctx, async (tx) => {
    assertAnswersEditable(await lockAssessment(tx, ctx, input.assessmentId, 'share'));
    const result = await tx.assessmentAnswer.updateMany({
      where: { trustId: ctx.trustId, assessmentId: input.assessmentId, questionRef: input.questionRef, version: input.expectedVersion, carriedOver: true },
      data: { carriedOver: false, evidenceFromLastYear: false, updatedById: ctx.userId, version: { increment: 1 } },
    });
    const current = await readAnswer(tx, ctx, input.assessmentId, input.questionRef);
    if (result.count === 0 && current.version !== input.expectedVersion) throw new AnswerConflictError(current, null);
    // Same version but not carried over: it was never carried over, so there is nothing to confirm.
    return current;
  });
}
