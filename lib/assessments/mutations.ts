import { withTenant, type Tx } from '../db/with-tenant';
import { isUniqueViolation } from '../db/prisma-errors';
import { AppError, fieldError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { assertExpectedVersion, lockAssessment } from './assessment-rows';
import { dateFromIso } from '../calendar/calendar-dates';
import { financialYearOf, formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import { QUESTION_BANK_VERSION, QUESTIONS } from './question-bank';
import type { ApproveAssessmentInput, ReopenAssessmentInput, StartAssessmentInput, SubmitAssessmentInput } from './schemas';

// The assessment's life: started as a draft (optionally pre-filled from last year), submitted to
// the board, approved (which locks it), and reopened by an administrator with a reason.

export type StartedAssessment = Readonly<{ id: string; financialYear: number; carriedOverFrom: number | null; carriedOverCount: number }>;
export type AssessmentVersion = Readonly<{ id: string; version: number }>;

/** The refusal for a second assessment in a year, shared by start and import. */
function assessmentExistsError(financialYear: number, cause?: unknown): AppError {
  const message = `There is already an assessment for ${formatFinancialYear(financialYear)}. Open it from the list of assessments instead.`;
  return new AppError('CONFLICT', message, { cause, fieldErrors: { financialYear: [message] } });
}

/** Financial years that have not begun cannot be assessed or imported. */
export function assertYearHasStarted(financialYear: number, now: Date): void {
  const current = financialYearOf(now);
  if (financialYear > current) {
    const message = `Choose ${formatFinancialYear(current)} or an earlier financial year`;
    throw fieldError('financialYear', message);
  }
}

export async function assertNoAssessmentForYear(tx: Tx, ctx: TenantContext, financialYear: number): Promise<void> {
  const existing = await tx.assessment.findFirst({ where: { trustId: ctx.trustId, financialYear }, select: { id: true } });
  if (existing) throw assessmentExistsError(financialYear);
}

/** Creating the row that makes the year taken; a concurrent start for the same year loses here. */
export async function createAssessmentRow<T>(financialYear: number, create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (isUniqueViolation(error)) throw assessmentExistsError(financialYear, error);
    throw error;
  }
}

/**
 * Starts the trust's assessment for a financial year: one row per question of the current bank.
 * Answers and evidence from the most recent earlier assessment that has answers are copied in and
 * marked carried over, so the board reviews last year's position rather than starting blank.
 */
export async function startAssessment(ctx: TenantContext, input: StartAssessmentInput, now = new Date()): Promise<StartedAssessment> {
  assertCan(ctx, 'assessment.start');
  assertYearHasStarted(input.financialYear, now);
  return withTenant(ctx, async (tx) => {
    await assertNoAssessmentForYear(tx, ctx, input.financialYear);
    const previous = await tx.assessment.findFirst({
      where: { trustId: ctx.trustId, financialYear: { lt: input.financialYear }, answers: { some: {} } },
      orderBy: { financialYear: 'desc' },
      select: { financialYear: true, answers: { where: { trustId: ctx.trustId } } },
    });
    const assessment = await createAssessmentRow(input.financialYear, () =>
      tx.assessment.create({
        data: { trustId: ctx.trustId, financialYear: input.financialYear, questionBankVersion: QUESTION_BANK_VERSION, createdById: ctx.userId },
        select: { id: true },
      }),
    );
    const previousByRef = new Map((previous?.answers ?? []).map((answer) => [answer.questionRef, answer]));
    let carriedOverCount = 0;
    const rows = QUESTIONS.map((question) => {
      const earlier = previousByRef.get(question.ref);
      // A value the current wording no longer allows (partial where only yes/no is offered) is dropped.
      const value = earlier?.value === 'partial' && !question.allowsPartial ? null : (earlier?.value ?? null);
      const evidenceNote = earlier?.evidenceNote ?? '';
      const evidenceLinks = earlier?.evidenceLinks ?? [];
      const carriedOver = value !== null || evidenceNote !== '' || evidenceLinks.length > 0;
      if (carriedOver) carriedOverCount += 1;
      return { trustId: ctx.trustId, assessmentId: assessment.id, questionRef: question.ref, value, evidenceNote, evidenceLinks, carriedOver };
    });
    await tx.assessmentAnswer.createMany({ data: rows });
    return {
      id: assessment.id,
      financialYear: input.financialYear,
      carriedOverFrom: carriedOverCount > 0 ? (previous?.financialYear ?? null) : null,
      carriedOverCount,
    };
  });
}

/**
 * Sends a draft to the board. Every question must be answered and every carried-over answer
 * confirmed or changed first; the message lists the questions still to do.
 */
export async function submitAssessment(ctx: TenantContext, input: SubmitAssessmentInput, now = new Date()): Promise<AssessmentVersion> {
  assertCan(ctx, 'assessment.submit');
  return withTenant(ctx, async (tx) => {
    const assessment = await lockAssessment(tx, ctx, input.assessmentId, 'update');
    if (assessment.isImported || assessment.status !== 'draft') {
      throw new AppError('INVALID_STATE', 'Only a draft assessment can be submitted, and this one has already been submitted');
    }
    assertExpectedVersion(assessment, input.expectedVersion);
    const answers = await tx.assessmentAnswer.findMany({
      where: { trustId: ctx.trustId, assessmentId: assessment.id },
      select: { questionRef: true, value: true, carriedOver: true },
    });
    const answeredRefs = new Set(answers.filter((answer) => answer.value !== null).map((answer) => answer.questionRef));
    const unanswered = QUESTIONS.filter((question) => !answeredRefs.has(question.ref)).map((question) => question.ref);
    const toReview = answers.filter((answer) => answer.carriedOver && answer.value !== null).map((answer) => answer.questionRef);
    const problems = [
      unanswered.length > 0 ? `answer ${listOf(unanswered, 'question')}` : '',
      toReview.length > 0 ? `confirm or change the carried-over ${listOf(toReview, 'answer to question', 'answers to questions')}` : '',
    ].filter((problem) => problem !== '');
    if (problems.length > 0) throw new AppError('INVALID_STATE', `Before you submit, ${problems.join(', and ')}.`);
    return markStatus(tx, ctx, assessment.id, { status: 'submitted', submittedAt: now, submittedById: ctx.userId });
  });
}

function listOf(refs: readonly string[], singular: string, plural = `${singular}s`): string {
  return `${refs.length === 1 ? singular : plural} ${refs.join(', ')}`;
}

async function markStatus(
  tx: Tx,
  ctx: TenantContext,
  assessmentId: string,
  data: Parameters<Tx['assessment']['update']>[0]['data'],
): Promise<AssessmentVersion> {
  const updated = await tx.assessment.update({
    where: { id: assessmentId, trustId: ctx.trustId },
    data: { ...data, version: { increment: 1 } },
    select: { id: true, version: true },
  });
  return updated;
}

/** Records the board's approval of a submitted assessment, which locks its answers. */
export async function approveAssessment(ctx: TenantContext, input: ApproveAssessmentInput, now = new Date()): Promise<AssessmentVersion> {
  assertCan(ctx, 'assessment.approve');
  if (input.approvalDate > ukDateOf(now)) {
    const message = 'The date of the board meeting must be today or in the past';
    throw fieldError('approvalDate', message);
  }
  const meetingRef = input.meetingRef.trim();
  if (meetingRef === '') {
    const message = 'Enter the board meeting reference';
    throw fieldError('meetingRef', message);
  }
  return withTenant(ctx, async (tx) => {
    const assessment = await lockAssessment(tx, ctx, input.assessmentId, 'update');
    if (assessment.status === 'approved') throw new AppError('INVALID_STATE', 'This assessment has already been approved');
    if (assessment.status !== 'submitted') throw new AppError('INVALID_STATE', 'The assessment must be submitted before its approval can be recorded');
    assertExpectedVersion(assessment, input.expectedVersion);
    return markStatus(tx, ctx, assessment.id, {
      status: 'approved',
      approvedAt: now,
      approvedById: ctx.userId,
      approvalDate: dateFromIso(input.approvalDate),
      approvalMeetingRef: meetingRef,
    });
  });
}

/**
 * Returns a submitted or approved assessment to draft so it can be corrected. The reason and who
 * reopened it are kept on the row (the latest) and in the audit trail (every time, with the
 * approval it replaced).
 */
export async function reopenAssessment(ctx: TenantContext, input: ReopenAssessmentInput, now = new Date()): Promise<AssessmentVersion> {
  assertCan(ctx, 'assessment.reopen');
  const reason = input.reason.trim();
  if (reason === '') {
    const message = 'Enter why the assessment is being reopened';
    throw fieldError('reason', message);
  }
  return withTenant(ctx, async (tx) => {
    const assessment = await lockAssessment(tx, ctx, input.assessmentId, 'update');
    if (assessment.isImported) throw new AppError('INVALID_STATE', 'Imported results cannot be reopened');
    if (assessment.status === 'draft') throw new AppError('INVALID_STATE', 'This assessment is already open for editing');
    assertExpectedVersion(assessment, input.expectedVersion);
    return markStatus(tx, ctx, assessment.id, {
      status: 'draft',
      submittedAt: null,
      submittedById: null,
      approvedAt: null,
      approvedById: null,
      approvalDate: null,
      approvalMeetingRef: null,
      reopenedAt: now,
      reopenedById: ctx.userId,
      reopenReason: reason,
    });
  });
}
