import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

const UK = 'Europe/London';

/** "1 April 2025": a calendar date stored as midnight UTC. */
export function formatDate(date: Date): string {
  return format(new TZDate(date.getTime(), 'UTC'), 'd MMMM yyyy');
}

/** "1 April 2025 at 2:05pm", in UK time. */
export function formatDateTime(date: Date): string {
  return format(new TZDate(date.getTime(), UK), "d MMMM yyyy 'at' h:mmaaa");
}

/** Splits a stored calendar date into the day, month and year an NHS date input shows. */
export function dateParts(date: Date | null | undefined): { day: string; month: string; year: string } {
  if (!date) return { day: '', month: '', year: '' };
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}
