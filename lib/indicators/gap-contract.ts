import { gapMeasures, type GapMeasures, type RankedGroup } from './gap';

/**
 * The indicators:gap contract's input: a JSON array of series, each {"groups": [{"rank",
 * "population", "value"}, …]} with rank 1 the most deprived. Every problem names the series (from 1)
 * and the field, so a caller can find it; nothing is computed unless every series is good.
 */
export type GapContractResult = { ok: true; results: GapMeasures[] } | { ok: false; problems: string[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function seriesProblems(series: unknown, label: string): string[] {
  if (!isObject(series)) return [`${label}: must be an object with "groups"`];
  const groups = series.groups;
  if (!Array.isArray(groups)) return [`${label}: "groups" must be an array`];
  const problems: string[] = [];
  if (groups.length < 2) problems.push(`${label}: "groups" must have at least two groups (it has ${groups.length})`);
  const ranks = new Set<number>();
  groups.forEach((group: unknown, index) => {
    const where = `${label}: groups[${index}]`;
    if (!isObject(group)) return void problems.push(`${where} must be an object with "rank", "population" and "value"`);
    if (!isFiniteNumber(group.rank) || !Number.isInteger(group.rank) || group.rank < 1) problems.push(`${where}.rank must be a whole number from 1`);
    else if (ranks.has(group.rank)) problems.push(`${where}.rank ${group.rank} is used by another group`);
    else ranks.add(group.rank);
    if (!isFiniteNumber(group.population) || group.population <= 0) problems.push(`${where}.population must be a positive number`);
    if (!('value' in group) || group.value === null) problems.push(`${where}.value is missing`);
    else if (!isFiniteNumber(group.value)) problems.push(`${where}.value must be a number`);
  });
  return problems;
}

export function runGapContract(text: string): GapContractResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: ['input: not valid JSON; expected an array of series like [{"groups": [{"rank": 1, "population": 12000, "value": 41.2}, …]}]'],
    };
  }
  if (!Array.isArray(input)) return { ok: false, problems: ['input: expected a JSON array of series'] };
  const problems = input.flatMap((series, index) => seriesProblems(series, `series ${index + 1}`));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, results: input.map((series) => gapMeasures((series as { groups: RankedGroup[] }).groups)) };
}
