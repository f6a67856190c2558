import type { IndicatorBreakdown } from '../db/generated/enums';
import type { ReportGapMeasure, ReportIndicator, ReportIndicatorChart, ReportIndicatorRow } from './report-content';
import { analyseIndicator, type Figure, type IndicatorAnalysis, type PeriodAnalysis, type ShownFigure } from './analysis';
import { MIN_GROUPS_FOR_SII_CI, type Interval, type Unit } from './confidence';
import { BREAKDOWN_LABELS, BREAKDOWNS, deprivationRank, groupLabel, isUnrecorded } from './groups';
import { comparePeriods, parsePeriod } from './periods';
import { SUPPRESSION_LABELS } from './suppression';

// Pure: how an indicator's analysed figures are written out for a reader, shared by the annual
// report (lib/reports/indicators-builder.ts) and the indicators pages (indicator-view.ts), so both
// show the same suppression, gap measures, intervals and chart in the same words.

export const VALUE_HEADINGS: Record<Unit, string> = { percentage: 'Percentage', rate_per_100000: 'Rate per 100,000', count: 'Count' };
const AXIS_UNITS: Record<Unit, string> = { percentage: '%', rate_per_100000: 'per 100,000', count: '' };
export const GAP_UNITS: Record<Unit, string> = { percentage: ' percentage points', rate_per_100000: ' per 100,000', count: '' };

export const number = (value: number, decimals = 1) => value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const count = (value: number | null) => (value === null ? 'Not given' : value.toLocaleString('en-GB'));
export const intervalText = (interval: Interval | null, decimals = 1) =>
  interval ? `${number(interval.lower, decimals)} to ${number(interval.upper, decimals)}` : 'Not available';

/** The indicator's value as printed in its table: "35.8", "9,720.3", "61". */
export function valueText(unit: Unit, value: number): string {
  return number(value, unit === 'count' ? 0 : 1);
}

/** A value with its unit, for sentences and chart labels: "35.8%", "9,720.3 per 100,000", "61". */
export function withUnit(unit: Unit, text: string): string {
  const label = AXIS_UNITS[unit];
  return label === '' ? text : label === '%' ? `${text}%` : `${text} ${label}`;
}

function groupOrder(breakdown: IndicatorBreakdown, group: string): [number, number, string] {
  if (isUnrecorded(breakdown, group)) return [1, group === '99' || group === 'not known' ? 1 : 0, group];
  const rank = deprivationRank(breakdown, group);
  if (rank !== null) return [0, rank, ''];
  if (breakdown === 'age') return [0, Number.parseInt(group, 10), ''];
  if (breakdown === 'sex') return [0, ['female', 'male', 'indeterminate'].indexOf(group), ''];
  return [0, 0, groupLabel(breakdown, group)];
}

function byGroup(breakdown: IndicatorBreakdown) {
  return (a: ShownFigure, b: ShownFigure) => {
    const [x, y] = [groupOrder(breakdown, a.group), groupOrder(breakdown, b.group)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2], 'en-GB');
  };
}

/** One figure as a table row; a hidden group keeps none of its figures. */
export function figureRow(unit: Unit, breakdown: IndicatorBreakdown, figure: ShownFigure): ReportIndicatorRow {
  const base = { breakdown: BREAKDOWN_LABELS[breakdown], group: groupLabel(breakdown, figure.group) };
  if (figure.suppression)
    return { ...base, value: SUPPRESSION_LABELS[figure.suppression], numerator: 'Not shown', denominator: 'Not shown', suppressed: true, numbers: null };
  return {
    ...base,
    value: valueText(unit, figure.value),
    numerator: count(figure.numerator),
    denominator: count(figure.denominator),
    suppressed: false,
    numbers: { value: figure.value, numerator: figure.numerator, denominator: figure.denominator },
  };
}

/** The period's breakdowns in the catalogue's order, each with its groups in reading order. */
export function orderedBreakdowns(analysis: PeriodAnalysis): [IndicatorBreakdown, ShownFigure[]][] {
  return BREAKDOWNS.flatMap((breakdown) => {
    const groups = analysis.breakdowns.get(breakdown);
    return groups ? [[breakdown, [...groups].sort(byGroup(breakdown))] as [IndicatorBreakdown, ShownFigure[]]] : [];
  });
}

/** The four gap measures with their 95% intervals, written out; null when the period has no gap. */
export function gapOf(unit: Unit, analysis: PeriodAnalysis): ReportIndicator['gap'] {
  const gap = analysis.gap;
  if (!gap) return null;
  const units = GAP_UNITS[unit];
  const measure = (name: string, estimate: number | null, interval: Interval | null, ratio: boolean, noInterval = 'Not available'): ReportGapMeasure => ({
    name,
    estimate: estimate === null ? 'Not defined' : ratio ? number(estimate, 2) : `${number(estimate)}${units}`,
    interval: interval ? intervalText(interval, ratio ? 2 : 1) : noInterval,
    numbers: { estimate, lower: interval?.lower ?? null, upper: interval?.upper ?? null },
  });
  const ranked = (analysis.breakdowns.get(gap.breakdown) ?? []).filter((figure) => deprivationRank(gap.breakdown, figure.group) !== null).length;
  const fewGroups = ranked < MIN_GROUPS_FOR_SII_CI ? 'Needs five groups or more' : 'Not available';
  const measures = [
    measure('Absolute gap (least deprived minus most deprived)', gap.absoluteGap, gap.absoluteGapCi, false),
    measure('Ratio (most deprived divided by least deprived)', gap.ratio, gap.ratioCi, true),
    measure('Slope index of inequality', gap.sii, gap.siiCi, false, fewGroups),
    measure('Relative index of inequality', gap.rii, gap.riiCi, true, fewGroups),
  ];
  return { breakdown: BREAKDOWN_LABELS[gap.breakdown], measures };
}

/** Why a period has no gap measures, or null when it has them. */
export function gapNote(analysis: PeriodAnalysis): string | null {
  if (analysis.gap) return null;
  if (analysis.withheld) return 'No gap measures: every figure for this period is withheld.';
  const hasDeprivation = analysis.breakdowns.has('deprivation_quintile') || analysis.breakdowns.has('deprivation_decile');
  if (!hasDeprivation) return 'No gap measures: there are no figures by deprivation for this period.';
  return 'No gap measures: a deprivation group is hidden to protect small numbers, and a gap would let its figures be worked out.';
}

/** A bar a group of one breakdown, with the trust average and a text alternative naming every number. */
export function chartOf(
  unit: Unit,
  name: string,
  period: string,
  analysis: PeriodAnalysis,
  [breakdown, groups]: [IndicatorBreakdown, ShownFigure[]],
): ReportIndicatorChart | null {
  if (analysis.withheld) return null;
  const bars = groups.map((figure) => ({
    label: groupLabel(breakdown, figure.group),
    value: figure.suppression ? null : figure.value,
    valueText: figure.suppression ? SUPPRESSION_LABELS[figure.suppression] : valueText(unit, figure.value),
  }));
  const all = analysis.all && !analysis.all.suppression ? { value: analysis.all.value, valueText: valueText(unit, analysis.all.value) } : null;
  const altText = [
    `Bar chart of ${name.toLowerCase()} by ${BREAKDOWN_LABELS[breakdown].toLowerCase()}, ${period}.`,
    ...bars.map((bar) => `${bar.label}: ${bar.value === null ? bar.valueText : withUnit(unit, bar.valueText)}.`),
    ...(all ? [`Trust average: ${withUnit(unit, all.valueText)}.`] : []),
  ].join(' ');
  return { breakdown: BREAKDOWN_LABELS[breakdown], unitLabel: AXIS_UNITS[unit], bars, average: all, altText };
}

/**
 * The analysis a period is read with: only periods of the same kind (years with years, quarters
 * with quarters) up to it, so the trend and its sentence compare like with like.
 */
export function analyseUpTo(unit: Unit, figures: readonly Figure[], period: string): { analysis: IndicatorAnalysis; current: PeriodAnalysis } | null {
  const chosen = parsePeriod(period);
  if (!chosen || !figures.some((figure) => figure.period === period)) return null;
  const comparable = figures.filter((figure) => {
    const other = parsePeriod(figure.period);
    return other !== null && other.kind === chosen.kind && comparePeriods(other, chosen) <= 0;
  });
  const analysis = analyseIndicator(unit, comparable);
  return { analysis, current: analysis.periods.find((entry) => entry.period === period)! };
}
