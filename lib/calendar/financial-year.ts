import { TZDate } from '@date-fns/tz';

// NHS financial years run from 1 April to 31 March, UK time. A year is stored as the calendar
// year it starts in (2025 is "2025/26"), which sorts and compares as a plain number.

const UK_TIME_ZONE = 'Europe/London';
export const MIN_FINANCIAL_YEAR = 2000;
const MAX_FINANCIAL_YEAR = 2100;

const APRIL = 3;

/** The financial year an instant falls in, judged by the clock in the UK (so BST counts). */
export function financialYearOf(date: Date): number {
  const uk = new TZDate(date.getTime(), UK_TIME_ZONE);
  return uk.getMonth() >= APRIL ? uk.getFullYear() : uk.getFullYear() - 1;
}

/** 2025 → "2025/26"; 2099 → "2099/00". */
export function formatFinancialYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * "2025/26" → 2025. Also accepts a hyphen or en dash ("2025-26", "2025–26"). Returns null for
 * anything else, including a second half that does not follow the first ("2025/27") and years
 * outside MIN_FINANCIAL_YEAR..MAX_FINANCIAL_YEAR.
 */
export function parseFinancialYear(text: string): number | null {
  const match = /^(\d{4})\s*[/\-–]\s*(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const startYear = Number(match[1]);
  if (!isFinancialYearInRange(startYear)) return null;
  return formatFinancialYear(startYear) === `${match[1]}/${match[2]}` ? startYear : null;
}

export function isFinancialYearInRange(startYear: number): boolean {
  return Number.isInteger(startYear) && startYear >= MIN_FINANCIAL_YEAR && startYear <= MAX_FINANCIAL_YEAR;
}

/** The instants a financial year starts (inclusive) and ends (exclusive): 1 April 00:00 UK time. */
export function financialYearBounds(startYear: number): { start: Date; end: Date } {
  return {
    start: new Date(new TZDate(startYear, APRIL, 1, UK_TIME_ZONE).getTime()),
    end: new Date(new TZDate(startYear + 1, APRIL, 1, UK_TIME_ZONE).getTime()),
  };
}

/** Today's calendar date in the UK as YYYY-MM-DD (for "not in the future" checks on dates typed in). */
export function ukDateOf(date: Date): string {
  const uk = new TZDate(date.getTime(), UK_TIME_ZONE);
  const month = String(uk.getMonth() + 1).padStart(2, '0');
  const day = String(uk.getDate()).padStart(2, '0');
  return `${uk.getFullYear()}-${month}-${day}`;
}
