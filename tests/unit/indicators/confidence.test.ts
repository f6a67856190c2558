import { describe, expect, it } from 'vitest';
import { gapWithIntervals, standardError, widenedBeyondInterval } from '../../../lib/indicators/confidence';

describe('confidence intervals for the gap', () => {
  it('a percentage’s standard error is binomial: 20% of 400 → 2 points', () => {
    // √(0.2 × 0.8 ÷ 400) = √0.0004 = 0.02, i.e. 2 percentage points.
    expect(standardError('percentage', { rank: 1, value: 20, numerator: 80, denominator: 400 })).toBeCloseTo(2, 12);
  });

  it('a rate’s standard error is Poisson: 100 events at 500 per 100,000 → 50', () => {
    expect(standardError('rate_per_100000', { rank: 1, value: 500, numerator: 100, denominator: 20_000 })).toBeCloseTo(50, 12);
  });

  it('the absolute gap’s interval is the difference ± 1.96 combined standard errors', () => {
    // Most deprived 20% of 400 (SE 2), least deprived 10% of 900 (SE √(0.1×0.9÷900) = 1): gap −10, SE √5.
    const result = gapWithIntervals('percentage', [
      { rank: 1, value: 20, numerator: 80, denominator: 400 },
      { rank: 2, value: 10, numerator: 90, denominator: 900 },
    ]);
    expect(result.absoluteGap).toBe(-10);
    expect(result.absoluteGapCi!.lower).toBeCloseTo(-10 - 1.959964 * Math.sqrt(5), 4);
    expect(result.absoluteGapCi!.upper).toBeCloseTo(-10 + 1.959964 * Math.sqrt(5), 4);
    // Ratio 2 with log-scale error √((2/20)² + (1/10)²) = √0.02.
    expect(result.ratioCi!.lower).toBeCloseTo(2 * Math.exp(-1.959964 * Math.sqrt(0.02)), 4);
    // Only two groups: no simulated interval for the indices.
    expect(result.siiCi).toBeNull();
  });

  it('simulates the sii interval for five groups: it contains the estimate and is reproducible', () => {
    const groups = [30, 26, 22, 18, 14].map((value, index) => ({ rank: index + 1, value, numerator: value * 20, denominator: 2000 }));
    const first = gapWithIntervals('percentage', groups);
    expect(first.sii).toBeCloseTo(-20, 8);
    expect(first.siiCi!.lower).toBeLessThan(first.sii);
    expect(first.siiCi!.upper).toBeGreaterThan(first.sii);
    // The SE of each group is about 0.9 points; the interval is a few points wide, not tens.
    expect(first.siiCi!.upper - first.siiCi!.lower).toBeLessThan(10);
    expect(gapWithIntervals('percentage', groups).siiCi).toEqual(first.siiCi);
  }, 30_000);

  it('flags a gap as widened only when the change is beyond the combined interval', () => {
    const narrow = (estimate: number) => ({ estimate, ci: { lower: estimate - 1, upper: estimate + 1 } });
    expect(widenedBeyondInterval(narrow(4.1), narrow(6.3))).toBe(true);
    expect(widenedBeyondInterval(narrow(4.1), narrow(4.8))).toBe(false);
    expect(widenedBeyondInterval(narrow(6.3), narrow(4.1))).toBe(false);
    expect(widenedBeyondInterval({ estimate: 4.1, ci: null }, narrow(9))).toBe(false);
  });
});
