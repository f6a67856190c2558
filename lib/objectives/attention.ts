import { ukDateOf } from '../calendar/financial-year';
import { daysBetween, isoDateOf } from '../calendar/calendar-dates';
import { isClosedStatus, isOverdue, type ObjectiveStatus } from './status';

// Pure: what the board overview says about each objective at a glance — how far it has come
// towards its target, when its owner last said anything, and whether it needs the board's
// attention (overdue, silent for a month, or its target or due date moved after it was agreed).

/** The same interval the reminders job chases owners on (lib/reminders/reminder-rules.ts). */
const SILENCE_DAYS = 30;

const ATTENTION_REASONS = ['overdue', 'no-recent-update', 'target-moved', 'due-date-moved'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

export const ATTENTION_REASON_LABELS: Readonly<Record<AttentionReason, string>> = {
  overdue: 'Overdue',
  'no-recent-update': `No update for ${SILENCE_DAYS} days`,
  'target-moved': 'Target changed since it was agreed',
  'due-date-moved': 'Due date changed since it was agreed',
};

export type AttentionInput = Readonly<{
  currentStatus: ObjectiveStatus;
  startDate: Date | null;
  dueDate: Date | null;
  target: number | null;
  agreedAt: Date | null;
  agreedTarget: number | null;
  agreedDueDate: Date | null;
  /** The date of the latest progress update, if any. */
  lastUpdateOn: Date | null;
}>;

const sameDate = (a: Date | null, b: Date | null): boolean => (a === null ? b === null : b !== null && isoDateOf(a) === isoDateOf(b));

/** Why the objective needs attention on `today` ("YYYY-MM-DD"); empty when it does not. Drafts never do. */
export function attentionReasons(objective: AttentionInput, today: string): AttentionReason[] {
  if (objective.agreedAt === null) return [];
  const reasons: AttentionReason[] = [];
  if (isOverdue(objective, today)) reasons.push('overdue');
  const started = objective.startDate === null || isoDateOf(objective.startDate) <= today;
  const lastHeard = objective.lastUpdateOn ? isoDateOf(objective.lastUpdateOn) : ukDateOf(objective.agreedAt);
  if (!isClosedStatus(objective.currentStatus) && started && daysBetween(lastHeard, today) >= SILENCE_DAYS) reasons.push('no-recent-update');
  if (objective.target !== objective.agreedTarget) reasons.push('target-moved');
  if (!sameDate(objective.dueDate, objective.agreedDueDate)) reasons.push('due-date-moved');
  return reasons;
}

export type ProgressTowardsTarget = Readonly<{
  baseline: number;
  target: number;
  latest: number;
  /** How much of the way from baseline to target the latest value has come, rounded (may be below 0 or above 100). */
  percentOfWay: number;
}>;

/** Null until there is a baseline, a target different from it, and a measured value. */
export function progressTowardsTarget(
  objective: Readonly<{ baseline: number | null; target: number | null }>,
  latest: number | null | undefined,
): ProgressTowardsTarget | null {
  const { baseline, target } = objective;
  if (baseline === null || target === null || latest === null || latest === undefined || target === baseline) return null;
  return { baseline, target, latest, percentOfWay: Math.round(((latest - baseline) / (target - baseline)) * 100) };
}
