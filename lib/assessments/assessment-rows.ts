import type { Tx } from '../db/with-tenant';
import type { AssessmentStatus } from '../db/generated/enums';
import { AppError } from '../errors/app-error';
import type { TenantContext } from '../tenancy/context';
import { QUESTION_BANK_VERSION } from './question-bank';
import type { AnswerSet, AnswerValue } from './scoring';

// Helpers shared by the assessment queries and mutations. Each takes the transaction its caller
// opened with withTenant, so a use-case stays one transaction.

export type { AssessmentStatus };

export type LockedAssessment = Readonly<{
  id: string;
  status: AssessmentStatus;
  isImported: boolean;
  version: number;
  questionBankVersion: number;
  financialYear: number;
}>;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ASSESSMENT_NOT_FOUND = 'That assessment could not be found';

export function assessmentNotFound(): AppError {
  return new AppError('NOT_FOUND', ASSESSMENT_NOT_FOUND);
}

/** An id that is not a UUID cannot match a row; saying so early keeps a cast error out of the database. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * Reads the assessment and locks its row until the transaction ends. Answer saves take a shared
 * lock and status changes an exclusive one, so a save and an approval can never interleave: the
 * approval waits for saves in flight, and a save that waited sees the new status.
 */
export async function lockAssessment(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, assessmentId: string, mode: 'share' | 'update'): Promise<LockedAssessment> {
  if (!isUuid(assessmentId)) throw assessmentNotFound();
  const rows =
    mode === 'update'
      ? await tx.$queryRaw<LockedAssessment[]>`
          SELECT id::text AS id, status::text AS status, "isImported", version, "questionBankVersion", "financialYear"
          FROM "Assessment" WHERE id = ${assessmentId}::uuid AND "trustId" = ${ctx.trustId}::uuid FOR UPDATE`
      : await tx.$queryRaw<LockedAssessment[]>`
          SELECT id::text AS id, status::text AS status, "isImported", version, "questionBankVersion", "financialYear"
          FROM "Assessment" WHERE id = ${assessmentId}::uuid AND "trustId" = ${ctx.trustId}::uuid FOR SHARE`;
  const row = rows[0];
  if (!row) throw assessmentNotFound();
  return row;
}

/** Answers change only while the assessment is a draft started from the current question bank. */
export function assertAnswersEditable(assessment: LockedAssessment): void {
  if (assessment.isImported) throw new AppError('INVALID_STATE', 'Imported results cannot be changed');
  if (assessment.status === 'submitted') {
    throw new AppError('INVALID_STATE', 'This assessment has been submitted to the board, so its answers cannot be changed. An administrator can reopen it.');
  }
  if (assessment.status === 'approved') {
    throw new AppError('INVALID_STATE', 'This assessment has been approved by the board, so its answers are locked. An administrator can reopen it.');
  }
  if (assessment.questionBankVersion !== QUESTION_BANK_VERSION) {
    throw new AppError('INVALID_STATE', 'This assessment uses an earlier version of the questions and can no longer be edited');
  }
}

export function assertExpectedVersion(assessment: LockedAssessment, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && assessment.version !== expectedVersion) {
    throw new AppError(
      'CONFLICT',
      'Someone else changed this assessment while you were looking at it. Reload the page to see the latest version, then try again.',
    );
  }
}

/** The scoring input for stored answers: unanswered rows are left out, as scoreAssessment expects. */
export function answerSetOf(rows: readonly { questionRef: string; value: AnswerValue | null }[]): AnswerSet {
  const answers: AnswerSet = {};
  for (const row of rows) if (row.value !== null) answers[row.questionRef] = row.value;
  return answers;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
