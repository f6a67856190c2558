import { getPrisma } from '../../../lib/db/client';
import { saveAnswer } from '../../../lib/assessments/answer-mutations';
import { getAssessment } from '../../../lib/assessments/queries';
import { QUESTIONS } from '../../../lib/assessments/question-bank';
import type { AnswerSet, AnswerValue } from '../../../lib/assessments/scoring';
import type { TenantContext } from '../../../lib/tenancy/context';

/** Inside financial year 2026/27, so 2026 and every earlier year may be started. */
export const NOW = new Date('2026-06-15T10:00:00Z');

/** The same answer to every question (3.2 gets "no" when the answer is "partial"). */
export function everyAnswer(value: AnswerValue): AnswerSet {
  return Object.fromEntries(QUESTIONS.map((q) => [q.ref, value === 'partial' && !q.allowsPartial ? 'no' : value]));
}

/** A realistic mixture, including unanswered questions. */
export const MIXED_ANSWERS: AnswerSet = {
  '1.1': 'yes',
  '1.2': 'partial',
  '1.3': 'no',
  '2.1': 'partial',
  '2.2': 'yes',
  '2.3': 'no',
  '2.4': 'no',
  '2.5': 'partial',
  '3.1': 'yes',
  '3.2': 'no',
  '3.3': 'partial',
  '3.5': 'yes',
  '3.9': 'partial',
  '4.1': 'no',
  '4.2': 'partial',
};

/** Saves answers through the data layer, each at its current version, as the pages would. */
export async function saveAnswers(ctx: TenantContext, assessmentId: string, answers: AnswerSet, evidence: Partial<Record<string, string>> = {}): Promise<void> {
  const current = await getAssessment(ctx, assessmentId);
  for (const answer of current.answers) {
    if (!(answer.questionRef in answers)) continue;
    await saveAnswer(ctx, {
      assessmentId,
      questionRef: answer.questionRef,
      value: answers[answer.questionRef] ?? null,
      evidenceNote: evidence[answer.questionRef] ?? '',
      evidenceLinks: [],
      expectedVersion: answer.version,
    });
  }
}

export async function versionOf(ctx: TenantContext, assessmentId: string, questionRef: string): Promise<number> {
  const assessment = await getAssessment(ctx, assessmentId);
  const answer = assessment.answers.find((a) => a.questionRef === questionRef);
  if (!answer) throw new Error(`no answer row for ${questionRef}`);
  return answer.version;
}

/** Audit rows for one record, read past row-level security. */
export function auditEventsFor(tableName: string, rowId: string) {
  return getPrisma().auditEvent.findMany({ where: { tableName, rowId }, orderBy: { id: 'asc' } });
}
