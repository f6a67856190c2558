import type { IndicatorBreakdown } from '../db/generated/enums';
import type { RawRow, TemplateColumn, UploadProblem } from './csv-file';
import { BREAKDOWN_NAMES, canonicalGroup } from './groups';
import { isFuturePeriod, parsePeriod } from './periods';

/**
 * Checks every row of an upload against the trust's catalogue and lists every problem with its row
 * and column. The caller saves nothing unless the list is empty (lib/indicators/import.ts).
 */
export type CatalogueEntry = { id: string; unit: 'percentage' | 'rate_per_100000' | 'count'; method: 'crude' | 'age_standardised'; enabled: boolean };
export type ValidFigure = {
  row: number;
  indicatorId: string;
  period: string;
  periodStart: Date;
  breakdown: IndicatorBreakdown;
  group: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
};
export type ValidationResult = { ok: true; figures: ValidFigure[] } | { ok: false; problems: UploadProblem[] };

const SCALE = { percentage: 100, rate_per_100000: 100_000, count: 1 } as const;
const MAX_COUNT = 2_000_000_000;

function decimalsOf(text: string): number {
  return /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
}

/** The value the counts give, when they give one (crude percentages and rates, and counts). */
function expectedValue(entry: CatalogueEntry, numerator: number | null, denominator: number | null): number | null {
  if (entry.unit === 'count') return numerator;
  if (entry.method !== 'crude' || numerator === null || denominator === null) return null;
  return (numerator / denominator) * SCALE[entry.unit];
}

type Cell = { column: TemplateColumn; text: string };

function readCount(cell: Cell, problems: UploadProblem[], row: number, positive: boolean): number | null {
  if (cell.text === '') return null;
  const number = /^\d+$/.test(cell.text.replace(/,/g, '')) ? Number(cell.text.replace(/,/g, '')) : NaN;
  if (!Number.isSafeInteger(number) || number > MAX_COUNT || (positive && number === 0)) {
    problems.push({ row, column: cell.column, message: `“${cell.text}” is not a whole number${positive ? ' above 0' : ''}.` });
    return null;
  }
  return number;
}

function validateRow(raw: RawRow, catalogue: ReadonlyMap<string, CatalogueEntry>, today: Date, problems: UploadProblem[]): ValidFigure | null {
  const { row, cells } = raw;
  const before = problems.length;
  const add = (column: TemplateColumn, message: string) => problems.push({ row, column, message });
  const code = cells.indicator.toLowerCase();
  const entry = catalogue.get(code);
  if (code === '') add('indicator', 'The indicator is missing.');
  else if (!entry) add('indicator', `“${cells.indicator}” is not an indicator in your catalogue.`);
  else if (!entry.enabled) add('indicator', `“${cells.indicator}” is switched off in your catalogue; a trust administrator can switch it on.`);
  const period = parsePeriod(cells.period);
  if (!period) add('period', `“${cells.period}” is not a period: write a financial year (2025/26), a quarter (2025/26 Q1) or a month (2025-04).`);
  else if (isFuturePeriod(period, today)) add('period', `${period.label} has not started yet.`);
  const breakdown = BREAKDOWN_NAMES[cells.breakdown.toLowerCase().replace(/\s+/g, ' ')];
  if (!breakdown) add('breakdown', `“${cells.breakdown}” is not a breakdown: use all, deprivation quintile, deprivation decile, ethnicity, age or sex.`);
  const group = breakdown ? canonicalGroup(breakdown, cells.group) : null;
  if (breakdown && group === null) add('group', `“${cells.group}” is not a group of the ${cells.breakdown} breakdown.`);
  const numerator = readCount({ column: 'numerator', text: cells.numerator }, problems, row, false);
  const denominator = readCount({ column: 'denominator', text: cells.denominator }, problems, row, true);
  let value = cells.value === '' ? null : Number(cells.value.replace(/,/g, ''));
  if (value !== null && (!Number.isFinite(value) || value < 0)) {
    add('value', `“${cells.value}” is not a number of 0 or more.`);
    value = null;
  }
  if (entry && problems.length === before) {
    if (entry.unit !== 'count' && (numerator === null || denominator === null)) {
      add(numerator === null ? 'numerator' : 'denominator', 'A percentage or rate needs both its numerator and denominator.');
    } else if (entry.unit === 'count' && numerator === null && value === null) {
      add('numerator', 'A count needs its numerator (or value).');
    }
    if (entry.unit === 'percentage' && numerator !== null && denominator !== null && numerator > denominator)
      add('numerator', `The numerator (${numerator}) is larger than the denominator (${denominator}).`);
    if (entry.unit === 'count' && value !== null && !Number.isInteger(value)) add('value', `${cells.value} is not a whole number, which a count must be.`);
    if (entry.unit === 'percentage' && value !== null && value > 100) add('value', `${cells.value} is over 100, which a percentage cannot be.`);
    const expected = expectedValue(entry, numerator, denominator);
    if (value === null && expected === null && problems.length === before)
      add('value', 'The value is missing, and for this indicator it cannot be worked out from the numerator and denominator.');
    if (value !== null && expected !== null && Math.abs(value - expected) > 0.5 * 10 ** -decimalsOf(cells.value) + 1e-9) {
      add(
        'value',
        `${cells.value} does not match the numerator ÷ denominator${entry.unit === 'count' ? '' : ` × ${SCALE[entry.unit].toLocaleString('en-GB')}`}, which is ${Number(expected.toFixed(4))}.`,
      );
    }
    if (problems.length === before) value ??= Math.round(expected! * 1e6) / 1e6;
  }
  if (problems.length > before || !entry || !period || !breakdown || group === null || value === null) return null;
  return {
    row,
    indicatorId: entry.id,
    period: period.label,
    periodStart: period.start,
    breakdown,
    group,
    numerator: entry.unit === 'count' ? (numerator ?? value) : numerator,
    denominator,
    value,
  };
}

export function validateRows(rows: readonly RawRow[], catalogue: ReadonlyMap<string, CatalogueEntry>, today: Date): ValidationResult {
  const problems: UploadProblem[] = [];
  const figures: ValidFigure[] = [];
  const seen = new Map<string, number>();
  for (const raw of rows) {
    const figure = validateRow(raw, catalogue, today, problems);
    if (!figure) continue;
    const key = [figure.indicatorId, figure.period, figure.breakdown, figure.group].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({ row: raw.row, column: 'group', message: `This row repeats row ${first}: the same indicator, period, breakdown and group.` });
    else seen.set(key, raw.row);
    figures.push(figure);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, figures };
}
