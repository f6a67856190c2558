import { gapMeasures, relativeRanks, type GapMeasures } from './gap';

/**
 * 95% confidence intervals for the gap measures, from each group's sampling error. The method is
 * named on the page and in exports (CI_METHOD) and is the one public-health bodies in England use for
 * these measures: normal approximations for a group's value (binomial for a percentage, Poisson for
 * a rate or a count), the difference and log-ratio for the extreme groups, and simulation for the
 * slope and relative indices, which are given only for five groups or more.
 */
export const CI_METHOD =
  '95% confidence intervals: each group’s value has a normal approximation to its sampling error (binomial for percentages, Poisson for rates and counts). ' +
  'The absolute gap’s interval is the difference ± 1.96 standard errors; the ratio’s is taken on the log scale. ' +
  'The slope and relative indices of inequality are given only for five groups or more; their intervals are the 2.5th and 97.5th percentiles of 10,000 simulated redraws of every group’s value (fixed seed, so the same data always give the same interval).';

export type Unit = 'percentage' | 'rate_per_100000' | 'count';
export type MeasuredGroup = { rank: number; value: number; numerator: number | null; denominator: number | null };
export type Interval = { lower: number; upper: number };
export type GapWithIntervals = GapMeasures & {
  absoluteGapCi: Interval | null;
  ratioCi: Interval | null;
  siiCi: Interval | null;
  riiCi: Interval | null;
};

const Z = 1.959963984540054;
const SIMULATIONS = 10_000;
export const MIN_GROUPS_FOR_SII_CI = 5;

/** Standard error of one group's value, or null when its counts are not known. */
export function standardError(unit: Unit, group: MeasuredGroup): number | null {
  const { value, numerator, denominator } = group;
  if (unit === 'count') return numerator === null ? Math.sqrt(value) : Math.sqrt(numerator);
  if (numerator === null || denominator === null || denominator <= 0) return null;
  if (unit === 'percentage') {
    const share = Math.min(Math.max(value / 100, 0), 1);
    return 100 * Math.sqrt((share * (1 - share)) / denominator);
  }
  // Poisson: a rate's relative error is 1/√events; with no events, that of one event.
  return numerator > 0 ? value / Math.sqrt(numerator) : 100_000 / denominator;
}

/** A seeded generator (mulberry32) and standard normal draws (Box–Muller), so intervals are reproducible. */
function normalDraws(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

function percentiles(values: number[]): Interval {
  values.sort((a, b) => a - b);
  const at = (share: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(share * (values.length - 1))))]!;
  return { lower: at(0.025), upper: at(0.975) };
}

function simulatedIndices(groups: readonly MeasuredGroup[], errors: readonly number[]): { sii: Interval; rii: Interval | null } {
  const order = groups.map((group, index) => ({ group, index })).sort((a, b) => a.group.rank - b.group.rank);
  const points = relativeRanks(order.map(({ group }) => ({ rank: group.rank, population: group.denominator!, value: group.value })));
  const sd = order.map(({ index }) => errors[index]!);
  // The ranks and weights never change between draws, so the line's x-terms are worked out once.
  const total = points.reduce((sum, point) => sum + point.weight, 0);
  const meanX = points.reduce((sum, point) => sum + point.weight * point.x, 0) / total;
  const leverage = points.map((point) => point.weight * (point.x - meanX));
  const variance = points.reduce((sum, point, i) => sum + leverage[i]! * (point.x - meanX), 0);
  const draw = normalDraws(20_261_204);
  const siis: number[] = [];
  const riis: number[] = [];
  for (let run = 0; run < SIMULATIONS; run += 1) {
    let slopeSum = 0;
    let weighted = 0;
    for (let i = 0; i < points.length; i += 1) {
      const value = points[i]!.value + draw() * sd[i]!;
      slopeSum += leverage[i]! * value;
      weighted += points[i]!.weight * value;
    }
    const slope = variance === 0 ? 0 : slopeSum / variance;
    const mean = weighted / total;
    siis.push(slope);
    if (mean !== 0) riis.push(slope / mean);
  }
  return { sii: percentiles(siis), rii: riis.length === SIMULATIONS ? percentiles(riis) : null };
}

/** The measures with their intervals where the data allow (every group's counts known; five groups for the indices). */
export function gapWithIntervals(unit: Unit, groups: readonly MeasuredGroup[]): GapWithIntervals {
  const usable = groups.every((group) => group.denominator !== null && group.denominator > 0);
  const measures = gapMeasures(groups.map((group) => ({ rank: group.rank, population: usable ? group.denominator! : 1, value: group.value })));
  const ordered = [...groups].sort((a, b) => a.rank - b.rank);
  const most = ordered[0]!;
  const least = ordered[ordered.length - 1]!;
  const errors = groups.map((group) => standardError(unit, group));
  const seMost = standardError(unit, most);
  const seLeast = standardError(unit, least);
  const absoluteGapCi = seMost === null || seLeast === null ? null : spread(measures.absoluteGap, Math.hypot(seMost, seLeast));
  let ratioCi: Interval | null = null;
  if (measures.ratio !== null && most.value > 0 && seMost !== null && seLeast !== null) {
    const logError = Math.hypot(seMost / most.value, seLeast / least.value);
    ratioCi = { lower: measures.ratio * Math.exp(-Z * logError), upper: measures.ratio * Math.exp(Z * logError) };
  }
  const indices =
    usable && groups.length >= MIN_GROUPS_FOR_SII_CI && errors.every((error) => error !== null) ? simulatedIndices(groups, errors as number[]) : null;
  return { ...measures, absoluteGapCi, ratioCi, siiCi: indices?.sii ?? null, riiCi: indices?.rii ?? null };
}

function spread(estimate: number, error: number): Interval {
  return { lower: estimate - Z * error, upper: estimate + Z * error };
}

/**
 * Whether a gap widened beyond chance between two periods: the later absolute gap is further from
 * zero and the difference is larger than 1.96 standard errors of the difference (each period's
 * error read back from its interval).
 */
export function widenedBeyondInterval(earlier: { estimate: number; ci: Interval | null }, later: { estimate: number; ci: Interval | null }): boolean {
  if (!earlier.ci || !later.ci || Math.abs(later.estimate) <= Math.abs(earlier.estimate)) return false;
  const errorOf = (ci: Interval) => (ci.upper - ci.lower) / (2 * Z);
  return Math.abs(later.estimate - earlier.estimate) > Z * Math.hypot(errorOf(earlier.ci), errorOf(later.ci));
}
