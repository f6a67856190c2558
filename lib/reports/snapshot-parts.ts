import { ROLE_AREAS, roleAreaLabel } from '../catalogue/role-areas';
import { percentText } from './report-text';
import type { ReportBoardMember } from './snapshot';

// Pure: the judgements buildAnnualReportSnapshot makes about the database's rows, kept apart so
// unit tests can hold them to their rules.

type Level = Readonly<{ percent: number; maturityLabel: string }>;

/** "Up from Developing (38%)", "Down from Maturing (61%)", "No change" or "No result for last year". */
export function changeText(current: Level, previous: Level | null): string {
  if (!previous) return 'No result for last year';
  const from = `${previous.maturityLabel} (${percentText(previous.percent)})`;
  if (current.percent > previous.percent) return `Up from ${from}`;
  if (current.percent < previous.percent) return `Down from ${from}`;
  return 'No change';
}

export type ProgressRecord = Readonly<{ date: string; status: string; narrative: string; measureValue: number | null }>;

/**
 * What the report says about an objective's progress. A completed objective shows its final
 * update (the date it was completed, its narrative or else its final value); any other shows the
 * latest update that says something. Updates come newest first.
 */
export function progressSummary(currentStatus: string, unit: string, updates: readonly ProgressRecord[]): string {
  const final = updates[0];
  if (currentStatus === 'complete' && final) {
    const completed = `Completed on ${longDate(final.date)}.`;
    if (final.narrative.trim() !== '') return `${completed} ${final.narrative.trim()}`;
    if (final.measureValue !== null) return `${completed} Final value: ${final.measureValue}${unit ? ` ${unit}` : ''}.`;
    return completed;
  }
  return updates.find((update) => update.narrative.trim() !== '')?.narrative ?? '';
}

/** "2026-03-12" → "12 March 2026", without time zones (it is a calendar date). */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

export type BoardMemberRecord = Readonly<{
  name: string;
  jobTitle: string;
  roleAreas: readonly string[];
  /** Calendar dates as "YYYY-MM-DD". */
  startDate: string;
  endDate: string | null;
}>;

/** "2025" → the first and the day after the last calendar date of 2025/26. */
function yearDates(financialYear: number): { first: string; afterLast: string } {
  return { first: `${financialYear}-04-01`, afterLast: `${financialYear + 1}-04-01` };
}

/** On the board for at least one day of the financial year. */
export function servedInYear(member: Pick<BoardMemberRecord, 'startDate' | 'endDate'>, financialYear: number): boolean {
  const { first, afterLast } = yearDates(financialYear);
  return member.startDate < afterLast && (member.endDate === null || member.endDate >= first);
}

const SECTION_OF = new Map<string, number>(ROLE_AREAS.map((area) => [area.id, area.section]));

function firstSection(member: Pick<BoardMemberRecord, 'roleAreas'>): number {
  return Math.min(99, ...member.roleAreas.map((id) => SECTION_OF.get(id) ?? 99));
}

/** The guide's order of role areas (chair, non-executives, chief executive, …), then by name. */
export function compareBoardMembers(a: BoardMemberRecord, b: BoardMemberRecord): number {
  return firstSection(a) - firstSection(b) || a.name.localeCompare(b.name, 'en-GB') || a.jobTitle.localeCompare(b.jobTitle, 'en-GB');
}

/** The year's board in the guide's order, with role areas as labels in the guide's order. */
export function reportBoardMembers(members: readonly BoardMemberRecord[], financialYear: number): ReportBoardMember[] {
  return members
    .filter((member) => servedInYear(member, financialYear))
    .sort(compareBoardMembers)
    .map((member) => ({
      name: member.name,
      jobTitle: member.jobTitle,
      roleAreas: [...member.roleAreas].sort((a, b) => (SECTION_OF.get(a) ?? 99) - (SECTION_OF.get(b) ?? 99)).map(roleAreaLabel),
    }));
}

/**
 * The person covering a role area during the year: whoever was in post last (the latest end, an
 * open end counting as latest; then the latest start), so a mid-year change names the successor.
 */
export function holderOf(members: readonly BoardMemberRecord[], roleArea: string, financialYear: number): { name: string; jobTitle: string } | null {
  const holders = members
    .filter((member) => member.roleAreas.includes(roleArea) && servedInYear(member, financialYear))
    .sort(
      (a, b) =>
        (b.endDate ?? '9999-12-31').localeCompare(a.endDate ?? '9999-12-31') || b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name, 'en-GB'),
    );
  const holder = holders[0];
  return holder ? { name: holder.name, jobTitle: holder.jobTitle } : null;
}

/** Freezes plain data all the way down, so nothing can change a snapshot after it is built. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
