import { z } from 'zod';
import { DOMAIN_NUMBERS, type DomainNumber } from '../catalogue/domains';
import { isoDate, optionalIsoDate, requiredText } from '../forms/fields';
import { ANSWER_SET_SCHEMA } from './answer-set-schema';
import { findQuestion, questionsForDomain } from './question-bank';
import { MAX_POINTS_PER_QUESTION } from './scoring';
import { isFinancialYearInRange, parseFinancialYear } from '../calendar/financial-year';

// Inputs arrive as strings from FormData (see lib/forms/form-data.ts); each field turns them into
// the types the mutations use. Every message is written to be shown next to its field.

export const MAX_EVIDENCE_NOTE_LENGTH = 5000;
export const MAX_EVIDENCE_LINKS = 10;
export const MAX_EVIDENCE_LINK_LENGTH = 2000;

/** "2025/26" (as shown) or "2025" (a select's value), or the number itself. */
export const financialYearField = z.union([z.number(), z.string()], { error: 'Select a financial year' }).transform((value, context) => {
  const text = String(value).trim();
  const year = /^\d{4}$/.test(text) ? Number(text) : parseFinancialYear(text);
  if (year === null || !isFinancialYearInRange(year)) {
    context.addIssue({ code: 'custom', message: 'Enter a financial year like 2025/26' });
    return z.NEVER;
  }
  return year;
});

const assessmentIdField = z.uuid('Choose an assessment');

const questionRefField = z
  .string({ error: 'Choose a question' })
  .trim()
  .refine((ref) => findQuestion(ref) !== undefined, 'Choose a question from the assessment');

const expectedVersionField = z.coerce
  .number({ error: 'The page is out of date: reload it and try again' })
  .int('The page is out of date: reload it and try again')
  .min(1, 'The page is out of date: reload it and try again');

/** Optional on status changes: when given, a change made by someone else since is refused. */
const optionalExpectedVersionField = z
  .union([z.literal(''), expectedVersionField])
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** Radios: nothing chosen (missing or "") leaves the question unanswered. */
const answerValueField = z
  .union([z.literal(''), z.enum(['yes', 'partial', 'no'], { error: 'Select yes, partial or no' })])
  .nullish()
  .transform((value) => (value ? value : null));

const LINK_MESSAGE = 'Enter each evidence link as a full web address starting with https:// or http://, like https://www.example.nhs.uk/board-papers';

/** A textarea with one link per line, or repeated fields. Blank lines are dropped, repeats removed. */
const evidenceLinksField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => {
    const lines = (Array.isArray(value) ? value : (value ?? '').split(/\r?\n/)).map((line) => line.trim()).filter((line) => line !== '');
    return [...new Set(lines)];
  })
  .pipe(
    z
      .array(z.httpUrl(LINK_MESSAGE).max(MAX_EVIDENCE_LINK_LENGTH, `Each link must be ${MAX_EVIDENCE_LINK_LENGTH} characters or fewer`))
      .max(MAX_EVIDENCE_LINKS, `Add up to ${MAX_EVIDENCE_LINKS} evidence links`),
  );

const evidenceNoteField = z
  .string()
  .optional()
  .transform((value) => (value ?? '').replace(/\r\n/g, '\n').trim())
  .pipe(z.string().max(MAX_EVIDENCE_NOTE_LENGTH, `Use ${MAX_EVIDENCE_NOTE_LENGTH} characters or fewer`));

export const startAssessmentSchema = z.object({ financialYear: financialYearField });
export type StartAssessmentInput = z.output<typeof startAssessmentSchema>;

export const saveAnswerSchema = z
  .object({
    assessmentId: assessmentIdField,
    questionRef: questionRefField,
    value: answerValueField,
    evidenceNote: evidenceNoteField,
    evidenceLinks: evidenceLinksField,
    expectedVersion: expectedVersionField,
  })
  .superRefine((input, context) => {
    if (input.value === 'partial' && findQuestion(input.questionRef)?.allowsPartial === false) {
      context.addIssue({ code: 'custom', path: ['value'], message: `Question ${input.questionRef} can only be answered yes or no` });
    }
  });
export type SaveAnswerInput = z.output<typeof saveAnswerSchema>;

export const confirmCarriedOverAnswerSchema = z.object({
  assessmentId: assessmentIdField,
  questionRef: questionRefField,
  expectedVersion: expectedVersionField,
});
export type ConfirmCarriedOverAnswerInput = z.output<typeof confirmCarriedOverAnswerSchema>;

export const submitAssessmentSchema = z.object({ assessmentId: assessmentIdField, expectedVersion: optionalExpectedVersionField });
export type SubmitAssessmentInput = z.output<typeof submitAssessmentSchema>;

export const approveAssessmentSchema = z.object({
  assessmentId: assessmentIdField,
  approvalDate: isoDate('date of the board meeting'),
  meetingRef: requiredText('Enter the board meeting reference, for example the agenda item number', 200),
  expectedVersion: optionalExpectedVersionField,
});
export type ApproveAssessmentInput = z.output<typeof approveAssessmentSchema>;

export const reopenAssessmentSchema = z.object({
  assessmentId: assessmentIdField,
  reason: requiredText('Enter why the assessment is being reopened', 1000),
  expectedVersion: optionalExpectedVersionField,
});
export type ReopenAssessmentInput = z.output<typeof reopenAssessmentSchema>;

export function maxScoreForDomain(domain: DomainNumber): number {
  return questionsForDomain(domain).length * MAX_POINTS_PER_QUESTION;
}

function domainScoreField(domain: DomainNumber) {
  const max = maxScoreForDomain(domain);
  const message = `Enter the domain ${domain} score as a whole number from 0 to ${max}`;
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value) => (typeof value === 'string' ? value.trim() : value))
    .pipe(z.union([z.number(), z.string().regex(/^\d+$/, message).transform(Number)], { error: message }))
    .pipe(z.number().int(message).min(0, message).max(max, message));
}

const importCommonFields = {
  financialYear: financialYearField,
  approvalDate: optionalIsoDate('date of the board meeting').optional(),
  meetingRef: z
    .string()
    .trim()
    .max(200, 'Use 200 characters or fewer')
    .transform((value) => (value ? value : undefined))
    .optional(),
};

const importScoresObject = z.object({
  kind: z.literal('scores'),
  ...importCommonFields,
  domain1: domainScoreField(1),
  domain2: domainScoreField(2),
  domain3: domainScoreField(3),
  domain4: domainScoreField(4),
});

const importAnswersObject = z.object({ kind: z.literal('answers'), ...importCommonFields, answers: ANSWER_SET_SCHEMA });

/**
 * A past year's results, marked as imported. `kind: 'scores'` takes each domain's score as the
 * guide's free tool shows it (form fields domain1 … domain4); `kind: 'answers'` takes each
 * question's answer, either as an `answers` object ({"1.1": "yes", …}, the shape
 * `assessment:score` reads) or as form fields `answer-1.1` … `answer-4.5` (blank = unanswered).
 */
export const recordImportedAssessmentSchema = z
  .preprocess(
    gatherAnswerFields,
    z.discriminatedUnion('kind', [importScoresObject, importAnswersObject], { error: 'Choose whether to enter domain scores or answers' }),
  )
  .transform((input) => {
    if (input.kind === 'answers') return input;
    const { domain1, domain2, domain3, domain4, ...rest } = input;
    return { ...rest, domainScores: { 1: domain1, 2: domain2, 3: domain3, 4: domain4 } satisfies Record<DomainNumber, number> };
  });
export type RecordImportedAssessmentInput = z.output<typeof recordImportedAssessmentSchema>;

function gatherAnswerFields(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  if (!('kind' in input) || input.kind !== 'answers' || 'answers' in input) return input;
  const answers: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^answer-(.+)$/.exec(key);
    if (!match) rest[key] = value;
    else if (value !== '' && value !== undefined && value !== null) answers[match[1] ?? ''] = value;
  }
  return { ...rest, answers };
}

export const DOMAIN_SCORE_FIELDS = DOMAIN_NUMBERS.map((domain) => ({ domain, name: `domain${domain}`, maxScore: maxScoreForDomain(domain) }));
