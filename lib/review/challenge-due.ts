import { dateFromIso, isoDateOf } from '../calendar/calendar-dates';

// Pure: when a challenge's response is due, and when it is overdue. Dates are UK calendar dates
// ("YYYY-MM-DD", lib/calendar/financial-year.ts ukDateOf).

/** A response is due four weeks after the challenge is raised unless the NED chooses a date. */
const DEFAULT_RESPONSE_DAYS = 28;

export function defaultResponseDueDate(today: string): string {
  return isoDateOf(new Date(dateFromIso(today).getTime() + DEFAULT_RESPONSE_DAYS * 86_400_000));
}

/**
 * Overdue: still waiting for the executive's response (status "open", which a further question
 * also returns it to) after its due date. An answered or closed challenge is never overdue.
 */
export function isChallengeOverdue(challenge: Readonly<{ status: string; responseDueDate: Date | null }>, today: string): boolean {
  return challenge.status === 'open' && challenge.responseDueDate !== null && isoDateOf(challenge.responseDueDate) < today;
}
