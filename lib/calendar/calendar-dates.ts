// Calendar dates (no time of day), as stored in DATE columns and typed into forms. Prisma reads and
// writes a DATE as midnight UTC, so these helpers work in UTC; "today" in the UK comes from
// financial-year.ts ukDateOf.

const DAY_MS = 86_400_000;

/** A stored calendar date (midnight UTC) as "YYYY-MM-DD". */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as the midnight-UTC Date Prisma stores in a DATE column. */
export function dateFromIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Whole days from `from` to `to`, both "YYYY-MM-DD" (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateFromIso(to).getTime() - dateFromIso(from).getTime()) / DAY_MS);
}
