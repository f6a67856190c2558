import { z } from 'zod';
import { findQuestion } from './question-bank';
import type { AnswerSet, AnswerValue } from './scoring';

export const ANSWER_VALUES: readonly AnswerValue[] = ['yes', 'partial', 'no'];

export function isAnswerValue(value: unknown): value is AnswerValue {
  return value === 'yes' || value === 'partial' || value === 'no';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const NOT_AN_OBJECT_MESSAGE = 'an answer set must be an object that maps question numbers to yes, partial or no';

// One message per key, naming the key, so whoever sent the data can find it.
function problemWithAnswer(key: string, value: unknown): string | undefined {
  const question = findQuestion(key);
  if (!question) return `"${key}" is not a question in the question bank`;
  if (!question.allowsPartial) {
    return value === 'yes' || value === 'no' ? undefined : `question ${key} only accepts yes or no`;
  }
  return isAnswerValue(value) ? undefined : `question ${key} must be answered yes, partial or no`;
}

// Checked by hand rather than with z.record: z.record quietly drops a
// "__proto__" key, and an unknown key should be reported, not ignored.
export const ANSWER_SET_SCHEMA = z
  .unknown()
  .superRefine((input, ctx) => {
    if (!isPlainObject(input)) {
      ctx.addIssue({ code: 'custom', message: NOT_AN_OBJECT_MESSAGE, input });
      return;
    }
    for (const key of Object.keys(input)) {
      const message = problemWithAnswer(key, input[key]);
      if (message) ctx.addIssue({ code: 'custom', message, path: [key], input: input[key] });
    }
  })
  .transform((input): AnswerSet => {
    const answers: AnswerSet = {};
    if (!isPlainObject(input)) return answers;
    for (const key of Object.keys(input)) {
      const value = input[key];
      if (findQuestion(key) && isAnswerValue(value)) answers[key] = value;
    }
    return answers;
  });

export type ParseAnswerSetsResult = { ok: true; sets: AnswerSet[] } | { ok: false; message: string };

export function parseAnswerSets(json: string): ParseAnswerSetsResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: 'input is not valid JSON' };
  }
  if (!Array.isArray(data)) {
    return { ok: false, message: 'input must be a JSON array of answer sets' };
  }

  const sets: AnswerSet[] = [];
  for (const [index, item] of data.entries()) {
    const result = ANSWER_SET_SCHEMA.safeParse(item);
    if (!result.success) {
      // Report the first problem only: one clear, fixable message beats a list.
      const issue = result.error.issues[0];
      const key = issue?.path[0];
      const where = typeof key === 'string' ? `answer set ${index}, key "${key}"` : `answer set ${index}`;
      return { ok: false, message: `${where}: ${issue?.message ?? NOT_AN_OBJECT_MESSAGE}` };
    }
    sets.push(result.data);
  }
  return { ok: true, sets };
}
