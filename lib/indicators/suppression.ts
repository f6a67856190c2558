/**
 * Small-number suppression for display and export. The rule, stated on the page and in docs:
 * a group whose numerator or denominator is 1 to 7 is shown as "fewer than 8" (primary
 * suppression) and none of its figures appear. Because a breakdown's groups add up to the trust's
 * total, one hidden group could be worked out as the total minus the others, so further groups are
 * hidden ("not shown, to protect a small group": complementary suppression), smallest first, until
 * no hidden small count can be pinned down from what is shown, even by someone who knows which
 * hidden cells are small. If that cannot be done with the total shown (or the total is itself
 * small), the whole indicator and period is withheld. Gap measures are computed only when every
 * group they use is shown, so no computed figure leads back to a hidden count.
 */
export type Counts = { numerator: number | null; denominator: number | null };
export type Suppression = 'fewer-than-8' | 'protects-small-group';

const SMALL_MAX = 7;
export const isSmall = (count: number | null): boolean => count !== null && count >= 1 && count <= SMALL_MAX;
const FIELDS = ['numerator', 'denominator'] as const;

function isPrimary(counts: Counts): boolean {
  return isSmall(counts.numerator) || isSmall(counts.denominator);
}

/**
 * Whether a hidden small count in one field can be pinned down: with the hidden cells' total R
 * (the shown total minus the shown cells), a small cell could be any c in 1..7 for which the others
 * can make R − c, where each other small cell gives 1..7 and any other hidden cell 0 or 8 and more.
 */
export function smallCountIsRecoverable(hidden: readonly (number | null)[], hiddenTotal: number | null): boolean {
  if (hiddenTotal === null) return false;
  return hidden.some((count, index) => {
    if (!isSmall(count)) return false;
    const others = hidden.filter((_, other) => other !== index);
    const small = others.filter(isSmall).length;
    const large = others.length - small;
    let feasible = 0;
    for (let candidate = 1; candidate <= SMALL_MAX; candidate += 1) {
      const rest = hiddenTotal - candidate;
      if ((rest >= small && rest <= SMALL_MAX * small) || (large > 0 && rest >= small + 8)) feasible += 1;
    }
    return feasible <= 1;
  });
}

/** Which groups of one breakdown to hide, given the trust's (shown) total; null when the breakdown cannot be protected. */
export function suppressGroups<T extends Counts>(groups: readonly T[], total: Counts | null): (Suppression | null)[] | null {
  const marks: (Suppression | null)[] = groups.map((group) => (isPrimary(group) ? 'fewer-than-8' : null));
  const recoverable = () =>
    FIELDS.some((field) => {
      const grand = total?.[field] ?? null;
      if (grand === null) return false;
      const shown = groups.reduce((sum, group, index) => sum + (marks[index] ? 0 : (group[field] ?? 0)), 0);
      return smallCountIsRecoverable(
        groups.filter((_, index) => marks[index]).map((group) => group[field]),
        grand - shown,
      );
    });
  while (recoverable()) {
    const next = groups
      .map((group, index) => ({ group, index }))
      .filter(({ index }) => !marks[index])
      .sort((a, b) => (a.group.numerator ?? 0) - (b.group.numerator ?? 0) || (a.group.denominator ?? 0) - (b.group.denominator ?? 0))[0];
    if (!next) return null;
    marks[next.index] = 'protects-small-group';
  }
  return marks;
}

export type BreakdownFigures<T extends Counts> = { breakdown: string; groups: readonly T[] };
export type SuppressedPeriod = {
  /** Everything for this indicator and period is withheld. */
  withheld: boolean;
  totalSuppressed: boolean;
  marks: Map<string, (Suppression | null)[]>;
};

/** Suppression for every breakdown of one indicator in one period, with the all row as their shared total. */
export function suppressPeriod<T extends Counts>(total: Counts | null, breakdowns: readonly BreakdownFigures<T>[]): SuppressedPeriod {
  const totalSmall = total !== null && isPrimary(total);
  const marks = new Map<string, (Suppression | null)[]>();
  for (const { breakdown, groups } of breakdowns) {
    const result = suppressGroups(groups, totalSmall ? null : total);
    if (!result)
      return {
        withheld: true,
        totalSuppressed: true,
        marks: new Map(breakdowns.map((b) => [b.breakdown, b.groups.map(() => 'protects-small-group' as const)])),
      };
    marks.set(breakdown, result);
  }
  return { withheld: false, totalSuppressed: totalSmall, marks };
}

export const SUPPRESSION_LABELS: Record<Suppression, string> = {
  'fewer-than-8': 'fewer than 8',
  'protects-small-group': 'not shown (protects a small group)',
};

export const SUPPRESSION_RULE =
  'Counts from 1 to 7 are shown as “fewer than 8” and none of that group’s figures appear; where the other groups and the total would let a hidden count be worked out, further groups are hidden too, and gap measures are left out whenever a group they use is hidden.';
