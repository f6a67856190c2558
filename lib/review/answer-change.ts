import type { AnswerValue } from '../assessments/scoring';

// Pure: how one question's answer moved between two years, and the words for it.

/**
 * improved / unchanged / worse compare two answers on yes > partial > no. An answer given in only
 * one of the years is "newly answered" or "no longer answered"; neither year answered is "still
 * unanswered". "not-recorded" means a year was imported as domain scores only, so its answers are
 * not known and nothing can be said about the question.
 */
export type AnswerChange = 'improved' | 'unchanged' | 'worse' | 'newly-answered' | 'no-longer-answered' | 'still-unanswered' | 'not-recorded';

export const ANSWER_CHANGES: readonly AnswerChange[] = [
  'improved',
  'unchanged',
  'worse',
  'newly-answered',
  'no-longer-answered',
  'still-unanswered',
  'not-recorded',
];

export const ANSWER_CHANGE_LABELS: Readonly<Record<AnswerChange, string>> = {
  improved: 'Improved',
  unchanged: 'Unchanged',
  worse: 'Worse',
  'newly-answered': 'Newly answered',
  'no-longer-answered': 'No longer answered',
  'still-unanswered': 'Unanswered both years',
  'not-recorded': 'Answers not recorded',
};

const ANSWER_VALUE_LABELS: Readonly<Record<AnswerValue, string>> = { yes: 'Yes', partial: 'Partial', no: 'No' };

const RANK: Readonly<Record<AnswerValue, number>> = { no: 0, partial: 1, yes: 2 };

/** `undefined` means the year's answers are not known at all (an import of domain scores). */
export function answerChange(from: AnswerValue | null | undefined, to: AnswerValue | null | undefined): AnswerChange {
  if (from === undefined || to === undefined) return 'not-recorded';
  if (from === null && to === null) return 'still-unanswered';
  if (from === null) return 'newly-answered';
  if (to === null) return 'no-longer-answered';
  const difference = RANK[to] - RANK[from];
  if (difference > 0) return 'improved';
  if (difference < 0) return 'worse';
  return 'unchanged';
}

/** A question "went backwards" when its answer got worse or stopped being given. */
export function wentBackwards(change: AnswerChange): boolean {
  return change === 'worse' || change === 'no-longer-answered';
}

/**
 * A question "changed" when its answer moved between the years: better, worse, given for the first
 * time or no longer given. The same answer both years, or none, is not a change.
 */
export function answerChanged(change: AnswerChange): boolean {
  return change === 'improved' || change === 'worse' || change === 'newly-answered' || change === 'no-longer-answered';
}

export function answerValueLabel(value: AnswerValue | null | undefined): string {
  if (value === undefined) return 'Not recorded';
  return value === null ? 'Not answered' : ANSWER_VALUE_LABELS[value];
}
