import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmall, smallCountIsRecoverable, suppressGroups, suppressPeriod, type Counts } from '../../../lib/indicators/suppression';

/**
 * An independent check, by dynamic programming over every possible sum: given what is shown (the
 * total and the shown groups), and knowing for each hidden group whether its count is small (1–7)
 * or not (0, or 8 and over), how many values could the hidden small count have? The rule must
 * always leave at least two.
 */
function possibleValues(hidden: readonly number[], target: number, hiddenTotal: number): number {
  const allowed = (count: number, index: number) => (isSmall(hidden[index]!) ? count >= 1 && count <= 7 : count === 0 || count >= 8);
  let possible = 0;
  for (let candidate = 1; candidate <= 7; candidate += 1) {
    let reachable = new Set<number>([0]);
    hidden.forEach((_, index) => {
      if (index === target) return;
      const next = new Set<number>();
      for (const sum of reachable) for (let count = 0; sum + count <= hiddenTotal; count += 1) if (allowed(count, index)) next.add(sum + count);
      reachable = next;
    });
    if (reachable.has(hiddenTotal - candidate)) possible += 1;
  }
  return possible;
}

const count = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 40 }));
const group = fc.record({ numerator: count, denominator: fc.integer({ min: 1, max: 60 }) });
const breakdown = fc.array(group, { minLength: 2, maxLength: 6 });

function sumOf(groups: readonly Counts[]): Counts {
  return {
    numerator: groups.reduce((sum, item) => sum + (item.numerator ?? 0), 0),
    denominator: groups.reduce((sum, item) => sum + (item.denominator ?? 0), 0),
  };
}

describe('small-number suppression', () => {
  it('hides every group with a count from 1 to 7, and shows no small count', () => {
    fc.assert(
      fc.property(breakdown, (groups) => {
        const total = sumOf(groups);
        const marks = suppressGroups(groups, total);
        if (!marks) return;
        groups.forEach((item, index) => {
          if (isSmall(item.numerator) || isSmall(item.denominator)) expect(marks[index]).toBe('fewer-than-8');
          else expect(marks[index]).not.toBe('fewer-than-8');
        });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('never lets a hidden small count be worked out from the total and the shown groups', () => {
    fc.assert(
      fc.property(breakdown, (groups) => {
        const total = sumOf(groups);
        const marks = suppressGroups(groups, total);
        if (!marks) return; // withheld as a whole: nothing shown
        for (const field of ['numerator', 'denominator'] as const) {
          const hidden = groups.filter((_, index) => marks[index]).map((item) => item[field]!);
          const shown = groups.filter((_, index) => !marks[index]).reduce((sum, item) => sum + item[field]!, 0);
          hidden.forEach((value, index) => {
            if (isSmall(value)) expect(possibleValues(hidden, index, total[field]! - shown)).toBeGreaterThanOrEqual(2);
          });
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('agrees with the independent check on when a hidden small count is recoverable', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 5 }), (hidden) => {
        const total = hidden.reduce((sum, value) => sum + value, 0);
        const independent = hidden.some((value, index) => isSmall(value) && possibleValues(hidden, index, total) <= 1);
        expect(smallCountIsRecoverable(hidden, total)).toBe(independent);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('one small group among large ones takes the next smallest with it', () => {
    const marks = suppressGroups(
      [
        { numerator: 3, denominator: 100 },
        { numerator: 40, denominator: 100 },
        { numerator: 20, denominator: 100 },
      ],
      { numerator: 63, denominator: 300 },
    );
    expect(marks).toEqual(['fewer-than-8', null, 'protects-small-group']);
  });

  it('withholds the whole period when a breakdown cannot be protected with the total shown', () => {
    // 1 and 8 make 9: the 8 is known to be 0 or at least 8, so the 1 could only be 1.
    const result = suppressPeriod({ numerator: 9, denominator: 200 }, [
      {
        breakdown: 'sex',
        groups: [
          { numerator: 1, denominator: 100 },
          { numerator: 8, denominator: 100 },
        ],
      },
      {
        breakdown: 'age',
        groups: [
          { numerator: 0, denominator: 100 },
          { numerator: 9, denominator: 100 },
        ],
      },
    ]);
    expect(result.withheld).toBe(true);
    // Withheld means nothing is shown: not the total, and every group of every breakdown is hidden.
    expect(result.totalSuppressed).toBe(true);
    expect(result.marks.get('sex')).toEqual(['protects-small-group', 'protects-small-group']);
    expect(result.marks.get('age')).toEqual(['protects-small-group', 'protects-small-group']);
  });

  it('draws the line between 7 and 8: 1 to 7 are small, 0, 8 and no count are not', () => {
    expect([1, 7].map(isSmall)).toEqual([true, true]);
    expect([0, 8, null].map(isSmall)).toEqual([false, false, false]);
  });

  it('hides a small total and shows nothing it could be worked out from', () => {
    const result = suppressPeriod({ numerator: 5, denominator: 900 }, [
      {
        breakdown: 'sex',
        groups: [
          { numerator: 5, denominator: 450 },
          { numerator: 0, denominator: 450 },
        ],
      },
    ]);
    expect(result).toMatchObject({ withheld: false, totalSuppressed: true });
    expect(result.marks.get('sex')).toEqual(['fewer-than-8', null]);
  });
});
