import type { DomainResultDto } from '../assessments/result-details';
import { maturityMovement } from './labels';

// Pure: the one-sentence summaries that sit above the charts and tables.

type ResultYear = Readonly<{ financialYearLabel: string; domains: readonly DomainResultDto[] | null }>;

const number = (n: number): string => (n === 0 ? 'none' : String(n));

/** What the trend across the years with results shows, first year against last. */
export function historySentence(resultYears: readonly ResultYear[]): string {
  const first = resultYears[0];
  const last = resultYears[resultYears.length - 1];
  if (!first || !last) return 'There are no approved or imported self-assessment results yet, so there is no trend to show.';
  if (first === last) return `Only ${first.financialYearLabel} has approved results so far; the trend begins when a second year is approved.`;
  const moves = (last.domains ?? []).map((domain) => {
    const before = first.domains?.find((candidate) => candidate.domain === domain.domain);
    return before ? maturityMovement(before.maturity, domain.maturity) : 'same';
  });
  const up = moves.filter((move) => move === 'up').length;
  const down = moves.filter((move) => move === 'down').length;
  const same = moves.length - up - down;
  const rose = up === moves.length ? `all ${up} domains` : `${number(up)} of the ${moves.length} domains`;
  return `From ${first.financialYearLabel} to ${last.financialYearLabel}, ${rose} moved up at least one maturity level, ${number(same)} stayed at the same level and ${number(down)} moved down.`;
}
