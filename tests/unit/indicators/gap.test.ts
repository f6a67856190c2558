import { describe, expect, it } from 'vitest';
import { gapMeasures, relativeRanks } from '../../../lib/indicators/gap';
import { runGapContract } from '../../../lib/indicators/gap-contract';

const equalFifths = [10, 20, 30, 40, 50].map((value, index) => ({ rank: index + 1, population: 1000, value }));

describe('gap measures, against examples worked by hand', () => {
  it('five equal fifths rising by 10: ranks 0.1…0.9, slope 50, mean 30', () => {
    // Each fifth holds 20% of people, so its midpoint is 0.1, 0.3, 0.5, 0.7, 0.9. The values lie on
    // the line 5 + 50x exactly, so the fitted value at 1 (55) minus that at 0 (5) is 50.
    expect(relativeRanks(equalFifths).map((point) => point.x)).toEqual([0.1, 0.3, 0.5, 0.7, 0.9].map((x) => expect.closeTo(x, 12)));
    const measures = gapMeasures(equalFifths);
    expect(measures.absoluteGap).toBe(40); // 50 − 10
    expect(measures.ratio).toBeCloseTo(0.2, 12); // 10 ÷ 50
    expect(measures.sii).toBeCloseTo(50, 10);
    expect(measures.rii).toBeCloseTo(50 / 30, 10); // weighted mean (10+20+30+40+50)/5 = 30
  });

  it('two unequal groups: populations 1 and 3 put them at 0.125 and 0.625', () => {
    // Two points fix the line: slope = (4 − 0) ÷ (0.625 − 0.125) = 8. Weighted mean = (1×0 + 3×4) ÷ 4 = 3.
    const measures = gapMeasures([
      { rank: 2, population: 3, value: 4 },
      { rank: 1, population: 1, value: 0 },
    ]);
    expect(measures).toEqual({ absoluteGap: 4, ratio: 0, sii: expect.closeTo(8, 10), rii: expect.closeTo(8 / 3, 10) });
  });

  it('weights by population: three groups, the fitted line is the weighted least-squares one', () => {
    // Populations 2, 1, 1 → ranks 0.25, 0.625, 0.875; values 6, 3, 3. Weighted x̄ = (0.5+0.625+0.875)/4 = 0.5,
    // ȳ = (12+3+3)/4 = 4.5. Σw(x−x̄)(y−ȳ) = 2(−0.25)(1.5) + (0.125)(−1.5) + (0.375)(−1.5) = −1.5;
    // Σw(x−x̄)² = 2(0.0625) + 0.015625 + 0.140625 = 0.28125. Slope = −1.5 ÷ 0.28125 = −5.333…
    const measures = gapMeasures([
      { rank: 1, population: 2, value: 6 },
      { rank: 2, population: 1, value: 3 },
      { rank: 3, population: 1, value: 3 },
    ]);
    expect(measures.absoluteGap).toBe(-3);
    expect(measures.ratio).toBe(2);
    expect(measures.sii).toBeCloseTo(-16 / 3, 10);
    expect(measures.rii).toBeCloseTo(-16 / 3 / 4.5, 10);
  });

  it('places groups given in any order from the most deprived end: rank 1 at 0 side, whatever the input order', () => {
    // Populations 1 (rank 1) and 3 (rank 2): rank 1 sits at 0.125 and rank 2 at 0.625, even when listed second.
    expect(
      relativeRanks([
        { rank: 2, population: 3, value: 4 },
        { rank: 1, population: 1, value: 0 },
      ]),
    ).toEqual([
      { x: 0.125, weight: 1, value: 0 },
      { x: 0.625, weight: 3, value: 4 },
    ]);
  });

  it('gives a slope of 0, not NaN, for a single group (no spread of ranks to fit a line to)', () => {
    expect(gapMeasures([{ rank: 1, population: 10, value: 7 }]).sii).toBe(0);
  });

  it('has no ratio when the least deprived value is zero, and no rii when the mean is zero', () => {
    expect(
      gapMeasures([
        { rank: 1, population: 5, value: 0 },
        { rank: 2, population: 5, value: 0 },
      ]),
    ).toEqual({ absoluteGap: 0, ratio: null, sii: 0, rii: null });
  });
});

describe('the indicators:gap contract', () => {
  it('answers one object per series with exactly the four measures', () => {
    const outcome = runGapContract(
      JSON.stringify([
        { groups: equalFifths },
        {
          groups: [
            { rank: 1, population: 1, value: 0 },
            { rank: 2, population: 3, value: 4 },
          ],
        },
      ]),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.results).toHaveLength(2);
    expect(Object.keys(outcome.results[0]!)).toEqual(['absoluteGap', 'ratio', 'sii', 'rii']);
    expect(outcome.results[1]!.sii).toBeCloseTo(8, 10);
  });

  it.each([
    [[{ groups: [{ rank: 1, population: 10, value: 1 }] }], 'series 1: "groups" must have at least two groups'],
    [
      [
        { groups: equalFifths },
        {
          groups: [
            { rank: 1, population: 0, value: 1 },
            { rank: 2, population: 5, value: 2 },
          ],
        },
      ],
      'series 2: groups[0].population must be a positive number',
    ],
    [
      [
        {
          groups: [
            { rank: 1, population: -3, value: 1 },
            { rank: 2, population: 5, value: 2 },
          ],
        },
      ],
      'series 1: groups[0].population must be a positive number',
    ],
    [
      [
        {
          groups: [
            { rank: 1, population: 10, value: 1 },
            { rank: 2, population: 5 },
          ],
        },
      ],
      'series 1: groups[1].value is missing',
    ],
    [
      [
        {
          groups: [
            { rank: 1, population: 10, value: 1 },
            { rank: 1, population: 5, value: 2 },
          ],
        },
      ],
      'series 1: groups[1].rank 1 is used by another group',
    ],
    [{ groups: [] }, 'input: expected a JSON array of series'],
  ])('refuses bad input naming the series and field (%#)', (input, message) => {
    const outcome = runGapContract(JSON.stringify(input));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.join('\n')).toContain(message);
  });

  it('refuses text that is not JSON', () => {
    expect(runGapContract('not json')).toMatchObject({ ok: false });
  });
});
