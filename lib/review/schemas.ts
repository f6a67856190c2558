import { z } from 'zod';
import { financialYearField } from '../assessments/schemas';
import { findQuestion } from '../assessments/question-bank';
import { optionalIsoDate } from '../forms/fields';
import { ASSURANCE_LEVELS } from './labels';

// Inputs arrive as strings from FormData or the query string; each field turns them into the types
// lib/review uses. Every message is written to be shown next to its field.

export const MAX_THREAD_TEXT = 5000;

/** A year chosen from a select: required, then read as a financial year ("2025" or "2025/26"). */
function yearChoice(message: string) {
  return z.union([z.literal(''), financialYearField], { error: message }).transform((value, context) => {
    if (value !== '') return value;
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}

/** A textarea: line endings normalised, trimmed, required and bounded. */
function threadText(message: string) {
  return z
    .string({ error: message })
    .transform((value) => value.replace(/\r\n/g, '\n').trim())
    .pipe(z.string().min(1, message).max(MAX_THREAD_TEXT, `Use ${MAX_THREAD_TEXT} characters or fewer`));
}

const optionalThreadText = z
  .string()
  .optional()
  .transform((value) => (value ?? '').replace(/\r\n/g, '\n').trim())
  .pipe(z.string().max(MAX_THREAD_TEXT, `Use ${MAX_THREAD_TEXT} characters or fewer`));

const STALE = 'The page is out of date: reload it and try again';
const expectedVersionField = z.coerce.number({ error: STALE }).int(STALE).min(1, STALE);

const challengeIdField = z.uuid('That challenge could not be found');

export const compareYearsSchema = z.object({
  yearA: yearChoice('Select the first year to compare'),
  yearB: yearChoice('Select the second year to compare'),
});
export type CompareYearsInput = z.output<typeof compareYearsSchema>;

const domainField = z.coerce.number({ error: 'Select a domain' }).int('Select a domain').min(1, 'Select a domain').max(4, 'Select a domain');

export type ChallengeTargetInput =
  | Readonly<{ targetKind: 'answer'; assessmentId: string; questionRef: string }>
  | Readonly<{ targetKind: 'domain'; assessmentId: string; domain: number }>
  | Readonly<{ targetKind: 'objective'; objectiveId: string }>;

export const raiseChallengeSchema = z
  .object({
    targetKind: z.enum(['answer', 'domain', 'objective'], { error: 'Select what you want to challenge' }),
    assessmentId: z.string().optional(),
    questionRef: z.string().optional(),
    domain: z.string().optional(),
    objectiveId: z.string().optional(),
    text: threadText('Enter your challenge'),
    /** Blank means the default, four weeks after raising (challenge-due.ts). */
    responseDueDate: optionalIsoDate('date the response is due').optional(),
  })
  .transform((input, context): ChallengeTargetInput & Readonly<{ text: string; responseDueDate?: string }> => {
    const problem = (path: string, message: string) => {
      context.addIssue({ code: 'custom', path: [path], message });
      return z.NEVER;
    };
    const { text, responseDueDate } = input;
    if (input.targetKind === 'objective') {
      const objectiveId = z.uuid().safeParse(input.objectiveId);
      return objectiveId.success
        ? { targetKind: 'objective' as const, objectiveId: objectiveId.data, text, responseDueDate }
        : problem('objectiveId', 'Select an objective to challenge');
    }
    const assessmentId = z.uuid().safeParse(input.assessmentId);
    if (!assessmentId.success) return problem('assessmentId', 'Select the year’s self-assessment to challenge');
    if (input.targetKind === 'answer') {
      const ref = (input.questionRef ?? '').trim();
      return findQuestion(ref)
        ? { targetKind: 'answer' as const, assessmentId: assessmentId.data, questionRef: ref, text, responseDueDate }
        : problem('questionRef', 'Select a question to challenge');
    }
    const domain = domainField.safeParse(input.domain);
    return domain.success
      ? { targetKind: 'domain' as const, assessmentId: assessmentId.data, domain: domain.data, text, responseDueDate }
      : problem('domain', 'Select a domain to challenge');
  });
export type RaiseChallengeInput = z.output<typeof raiseChallengeSchema>;

export const respondToChallengeSchema = z.object({
  challengeId: challengeIdField,
  body: threadText('Enter your response'),
  expectedVersion: expectedVersionField,
});
export type RespondToChallengeInput = z.output<typeof respondToChallengeSchema>;

export const askFollowUpSchema = z.object({
  challengeId: challengeIdField,
  body: threadText('Enter your further question'),
  expectedVersion: expectedVersionField,
});
export type AskFollowUpInput = z.output<typeof askFollowUpSchema>;

export const closeChallengeSchema = z.object({
  challengeId: challengeIdField,
  note: optionalThreadText,
  expectedVersion: expectedVersionField,
});
export type CloseChallengeInput = z.output<typeof closeChallengeSchema>;

export const recordJudgementSchema = z.object({
  financialYear: financialYearField,
  domain: domainField,
  level: z.enum(ASSURANCE_LEVELS, { error: 'Select how assured you are' }),
  reason: threadText('Enter the reason for your judgement'),
  /** Present when changing an earlier judgement, so a change made meanwhile is not overwritten. */
  expectedVersion: z
    .union([z.literal(''), expectedVersionField])
    .optional()
    .transform((value) => (value === '' || value === undefined ? undefined : value)),
});
export type RecordJudgementInput = z.output<typeof recordJudgementSchema>;
