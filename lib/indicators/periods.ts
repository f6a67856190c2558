/**
 * The periods figures are reported for, as written in the CSV template:
 * a financial year "2025/26", a quarter of one "2025/26 Q1" (April to June) or a month "2025-04".
 */
type PeriodKind = 'year' | 'quarter' | 'month';
export type Period = { label: string; kind: PeriodKind; start: Date; end: Date };

const YEAR = /^(20\d{2})\/(\d{2})$/;
const QUARTER = /^(20\d{2})\/(\d{2}) Q([1-4])$/;
const MONTH = /^(20\d{2})-(0[1-9]|1[0-2])$/;

const utc = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex, 1));
/** The last day of the month before the given first day. */
const dayBefore = (date: Date) => new Date(date.getTime() - 86_400_000);

function financialYear(startYear: string, endYear: string): number | null {
  const start = Number(startYear);
  return (start + 1) % 100 === Number(endYear) ? start : null;
}

/** Reads a period label; null when it is not one of the three shapes (or "2025/27"). */
export function parsePeriod(text: string): Period | null {
  const label = text.trim();
  const year = YEAR.exec(label);
  if (year) {
    const start = financialYear(year[1]!, year[2]!);
    return start === null ? null : { label, kind: 'year', start: utc(start, 3), end: dayBefore(utc(start + 1, 3)) };
  }
  const quarter = QUARTER.exec(label);
  if (quarter) {
    const start = financialYear(quarter[1]!, quarter[2]!);
    if (start === null) return null;
    const firstMonth = 3 + (Number(quarter[3]) - 1) * 3;
    return { label, kind: 'quarter', start: utc(start, firstMonth), end: dayBefore(utc(start, firstMonth + 3)) };
  }
  const month = MONTH.exec(label);
  if (month) {
    const start = utc(Number(month[1]), Number(month[2]) - 1);
    return { label, kind: 'month', start, end: dayBefore(utc(Number(month[1]), Number(month[2]))) };
  }
  return null;
}

/** A period still to start on the given day (figures cannot exist for it yet). */
export function isFuturePeriod(period: Period, today: Date): boolean {
  return period.start.getTime() > Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

/** Orders periods by their first day, then the longer first (the year before its quarters). */
export function comparePeriods(a: Period, b: Period): number {
  return a.start.getTime() - b.start.getTime() || b.end.getTime() - a.end.getTime();
}
