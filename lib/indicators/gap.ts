/**
 * The gap measures across ordered deprivation groups, exactly as the indicators:gap contract
 * defines them (docs/INDICATORS.md). Sign convention, the same in every output: rank 1 is the most
 * deprived group; absoluteGap = least deprived value − most deprived value; ratio = most deprived ÷
 * least deprived; sii = the fitted value at relative rank 1 (least deprived end) minus that at 0
 * (most deprived end) of a population-weighted least-squares line of value on relative rank; rii =
 * sii ÷ the population-weighted mean value. So a positive sii means values rise as deprivation falls.
 */
export type RankedGroup = { rank: number; population: number; value: number };
export type GapMeasures = { absoluteGap: number; ratio: number | null; sii: number; rii: number | null };

/** Groups from most to least deprived, each with its relative rank: the midpoint of its cumulative population share. */
export function relativeRanks(groups: readonly RankedGroup[]): { x: number; weight: number; value: number }[] {
  const ordered = [...groups].sort((a, b) => a.rank - b.rank);
  const total = ordered.reduce((sum, group) => sum + group.population, 0);
  let before = 0;
  return ordered.map((group) => {
    const x = (before + group.population / 2) / total;
    before += group.population;
    return { x, weight: group.population, value: group.value };
  });
}

/** Slope of the weighted least-squares line (the SII, since the rank scale runs from 0 to 1) and the weighted mean. */
function weightedSlope(points: readonly { x: number; weight: number; value: number }[]): { slope: number; mean: number } {
  const total = points.reduce((sum, point) => sum + point.weight, 0);
  const meanX = points.reduce((sum, point) => sum + point.weight * point.x, 0) / total;
  const mean = points.reduce((sum, point) => sum + point.weight * point.value, 0) / total;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += point.weight * (point.x - meanX) * (point.value - mean);
    variance += point.weight * (point.x - meanX) ** 2;
  }
  return { slope: variance === 0 ? 0 : covariance / variance, mean };
}

/** The four measures for two or more groups with positive populations (checked by the callers). */
export function gapMeasures(groups: readonly RankedGroup[]): GapMeasures {
  const ordered = [...groups].sort((a, b) => a.rank - b.rank);
  const most = ordered[0]!;
  const least = ordered[ordered.length - 1]!;
  const { slope, mean } = weightedSlope(relativeRanks(ordered));
  return {
    absoluteGap: least.value - most.value,
    ratio: least.value === 0 ? null : most.value / least.value,
    sii: slope,
    rii: mean === 0 ? null : slope / mean,
  };
}
