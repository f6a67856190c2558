import { isoDateOf } from '../calendar/calendar-dates';
import type { ObjectiveStatus } from '../db/generated/enums';

// Pure: the words, tag colours and rules for an objective's status, shared by pages, exports and
// reminders so every screen and e-mail says the same thing.

export type { ObjectiveStatus };

export const OBJECTIVE_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'deferred'] as const satisfies readonly ObjectiveStatus[];

export const OBJECTIVE_STATUS_LABELS: Readonly<Record<ObjectiveStatus, string>> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  complete: 'Complete',
  deferred: 'Deferred',
};

/** nhsuk-tag--<colour>: red, amber (orange) and green, with the closed statuses set apart. */
export type TagColour = 'grey' | 'green' | 'orange' | 'red' | 'blue' | 'white';

export const OBJECTIVE_STATUS_TAG_COLOURS: Readonly<Record<ObjectiveStatus, TagColour>> = {
  not_started: 'grey',
  on_track: 'green',
  at_risk: 'orange',
  off_track: 'red',
  complete: 'blue',
  deferred: 'white',
};

export const OVERDUE_LABEL = 'Overdue';
export const OVERDUE_TAG_COLOUR: TagColour = 'red';

export function isObjectiveStatus(value: unknown): value is ObjectiveStatus {
  return typeof value === 'string' && (OBJECTIVE_STATUSES as readonly string[]).includes(value);
}

export function statusLabel(status: ObjectiveStatus): string {
  return OBJECTIVE_STATUS_LABELS[status];
}

/** At risk and off track need a narrative saying why and what is being done. */
export function requiresNarrative(status: ObjectiveStatus): boolean {
  return status === 'at_risk' || status === 'off_track';
}

/** Complete and deferred objectives are not chased: they are never overdue or reminded. */
export function isClosedStatus(status: ObjectiveStatus): boolean {
  return status === 'complete' || status === 'deferred';
}

/** Anything not complete may be carried into the next financial year (deferred work included). */
export function isUnfinished(status: ObjectiveStatus): boolean {
  return status !== 'complete';
}

/**
 * Overdue: the due date (a calendar date) is before today's UK date and the objective is still
 * open. `today` is "YYYY-MM-DD" (lib/calendar/financial-year.ts ukDateOf), so the comparison is on dates alone.
 */
export function isOverdue(objective: Readonly<{ dueDate: Date | null; currentStatus: ObjectiveStatus }>, today: string): boolean {
  if (!objective.dueDate || isClosedStatus(objective.currentStatus)) return false;
  return isoDateOf(objective.dueDate) < today;
}

/** Board overview order: overdue first, then by due date (undated last), then title. */
export function compareForOverview(
  a: Readonly<{ isOverdue: boolean; dueDate: Date | null; title: string }>,
  b: Readonly<{ isOverdue: boolean; dueDate: Date | null; title: string }>,
): number {
  if (a.isOverdue !== b.isOverdue) return a.isOverdue ? -1 : 1;
  const aDue = a.dueDate?.getTime() ?? Number.POSITIVE_INFINITY;
  const bDue = b.dueDate?.getTime() ?? Number.POSITIVE_INFINITY;
  if (aDue !== bDue) return aDue < bDue ? -1 : 1;
  return a.title.localeCompare(b.title, 'en-GB');
}
