import type { IndicatorBreakdown } from '../db/generated/enums';
import { analyseIndicator, type Figure, type PeriodAnalysis, type ShownFigure } from '../indicators/analysis';
import { MIN_GROUPS_FOR_SII_CI, type Interval, type Unit } from '../indicators/confidence';
import { BREAKDOWN_LABELS, BREAKDOWNS, deprivationRank, groupLabel, isUnrecorded } from '../indicators/groups';
import { comparePeriods, parsePeriod, type Period } from '../indicators/periods';
import { SUPPRESSION_LABELS } from '../indicators/suppression';
import type { IndicatorsContent, ReportGapMeasure, ReportIndicator, ReportIndicatorChart, ReportIndicatorRow } from './indicators-content';

// Pure: turns an indicator's stored figures into what the report prints for one financial year,
// through the indicator library's own analysis (lib/indicators/analysis.ts), so the report shows
// the same suppression, gap and intervals as the app. Hidden groups keep none of their figures.

export type IndicatorForReport = Readonly<{
  code: string;
  name: string;
  definition: string;
  source: string;
  unit: Unit;
  higherIsBetter: boolean;
  /** Every current figure of the indicator, any period. */
  figures: readonly Figure[];
}>;

const VALUE_HEADINGS: Record<Unit, string> = { percentage: 'Percentage', rate_per_100000: 'Rate per 100,000', count: 'Count' };
const AXIS_UNITS: Record<Unit, string> = { percentage: '%', rate_per_100000: 'per 100,000', count: '' };
const GAP_UNITS: Record<Unit, string> = { percentage: ' percentage points', rate_per_100000: ' per 100,000', count: '' };

const number = (value: number, decimals = 1) => value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const count = (value: number | null) => (value === null ? 'Not given' : value.toLocaleString('en-GB'));
const intervalText = (interval: Interval | null, decimals = 1) => (interval ? `${number(interval.lower, decimals)} to ${number(interval.upper, decimals)}` : 'Not available');

/** The indicator's value as printed in its table: "35.8", "9,720.3", "61". */
export function valueText(unit: Unit, value: number): string {
  return number(value, unit === 'count' ? 0 : 1);
}

/** The financial year's own figure when there is one, else its latest quarter or month. */
export function reportPeriod(financialYear: number, labels: readonly string[]): string | null {
  const periods = labels.map(parsePeriod).filter((period): period is Period => period !== null);
  const yearStart = Date.UTC(financialYear, 3, 1);
  const yearEnd = Date.UTC(financialYear + 1, 3, 1);
  const whole = periods.find((period) => period.kind === 'year' && period.start.getTime() === yearStart);
  if (whole) return whole.label;
  const within = periods.filter((period) => period.start.getTime() >= yearStart && period.end.getTime() < yearEnd);
  // The latest to end, then the longer (a quarter before the month that ends it).
  within.sort((a, b) => b.end.getTime() - a.end.getTime() || a.start.getTime() - b.start.getTime());
  return within[0]?.label ?? null;
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

function row(unit: Unit, breakdown: IndicatorBreakdown, figure: ShownFigure): ReportIndicatorRow {
  const base = { breakdown: BREAKDOWN_LABELS[breakdown], group: groupLabel(breakdown, figure.group) };
  if (figure.suppression) return { ...base, value: SUPPRESSION_LABELS[figure.suppression], numerator: 'Not shown', denominator: 'Not shown', suppressed: true, numbers: null };
  return {
    ...base, value: valueText(unit, figure.value), numerator: count(figure.numerator), denominator: count(figure.denominator), suppressed: false,
    numbers: { value: figure.value, numerator: figure.numerator, denominator: figure.denominator },
  };
}

function orderedBreakdowns(analysis: PeriodAnalysis): [IndicatorBreakdown, ShownFigure[]][] {
  return BREAKDOWNS.flatMap((breakdown) => {
    const groups = analysis.breakdowns.get(breakdown);
    return groups ? [[breakdown, [...groups].sort(byGroup(breakdown))] as [IndicatorBreakdown, ShownFigure[]]] : [];
  });
}

function gapOf(unit: Unit, analysis: PeriodAnalysis): ReportIndicator['gap'] {
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

function gapNote(analysis: PeriodAnalysis): string | null {
  if (analysis.gap) return null;
  if (analysis.withheld) return 'No gap measures: every figure for this period is withheld.';
  const hasDeprivation = analysis.breakdowns.has('deprivation_quintile') || analysis.breakdowns.has('deprivation_decile');
  if (!hasDeprivation) return 'No gap measures: there are no figures by deprivation for this period.';
  return 'No gap measures: a deprivation group is hidden to protect small numbers, and a gap would let its figures be worked out.';
}

function recordingText(unit: Unit, analysis: PeriodAnalysis): string | null {
  const known = analysis.recording.filter((entry) => entry.share !== null);
  if (known.length === 0) return null;
  const what = unit === 'percentage' ? 'people' : 'events';
  const parts = known.map((entry) => `${BREAKDOWN_LABELS[entry.breakdown].toLowerCase()} ${number(entry.share! * 100)}%`);
  return `Share of ${what} with no group recorded: ${parts.join('; ')}.`;
}

function chartOf(unit: Unit, name: string, period: string, analysis: PeriodAnalysis, breakdowns: [IndicatorBreakdown, ShownFigure[]][]): ReportIndicatorChart | null {
  // The deprivation groups when there are some (the gap is about them), else the first breakdown.
  const chosen = breakdowns.find(([breakdown]) => breakdown === 'deprivation_quintile' || breakdown === 'deprivation_decile') ?? breakdowns[0];
  if (!chosen || analysis.withheld) return null;
  const [breakdown, groups] = chosen;
  const bars = groups.map((figure) => ({
    label: groupLabel(breakdown, figure.group),
    value: figure.suppression ? null : figure.value,
    valueText: figure.suppression ? SUPPRESSION_LABELS[figure.suppression] : valueText(unit, figure.value),
  }));
  const all = analysis.all && !analysis.all.suppression ? { value: analysis.all.value, valueText: valueText(unit, analysis.all.value) } : null;
  const unitLabel = AXIS_UNITS[unit];
  const withUnit = (text: string, shown: boolean) => (shown && unitLabel ? `${text}${unitLabel === '%' ? '%' : ` ${unitLabel}`}` : text);
  const altText = [
    `Bar chart of ${name.toLowerCase()} by ${BREAKDOWN_LABELS[breakdown].toLowerCase()}, ${period}.`,
    ...bars.map((bar) => `${bar.label}: ${withUnit(bar.valueText, bar.value !== null)}.`),
    ...(all ? [`Trust average: ${withUnit(all.valueText, true)}.`] : []),
  ].join(' ');
  return { breakdown: BREAKDOWN_LABELS[breakdown], unitLabel, bars, average: all, altText };
}

/** One indicator's entry for the year, or null when it has no figures for the year. */
export function reportIndicator(indicator: IndicatorForReport, financialYear: number): ReportIndicator | null {
  const period = reportPeriod(financialYear, [...new Set(indicator.figures.map((figure) => figure.period))]);
  if (!period) return null;
  const kind = parsePeriod(period)!;
  // The trend compares like with like: periods of the same kind, up to the report's.
  const comparable = indicator.figures.filter((figure) => {
    const other = parsePeriod(figure.period);
    return other !== null && other.kind === kind.kind && comparePeriods(other, kind) <= 0;
  });
  const analysis = analyseIndicator(indicator.unit, comparable);
  const current = analysis.periods.find((entry) => entry.period === period)!;
  const breakdowns = orderedBreakdowns(current);
  const rows = current.withheld ? [] : [
    ...(current.all ? [row(indicator.unit, 'all', current.all)] : []),
    ...breakdowns.flatMap(([breakdown, groups]) => groups.map((figure) => row(indicator.unit, breakdown, figure))),
  ];
  return {
    code: indicator.code,
    name: indicator.name,
    period,
    valueHeading: VALUE_HEADINGS[indicator.unit],
    definition: indicator.definition,
    source: indicator.source,
    polarity: indicator.higherIsBetter ? 'A higher value is better.' : 'A lower value is better.',
    withheld: current.withheld,
    rows,
    gap: gapOf(indicator.unit, current),
    gapNote: gapNote(current),
    recording: recordingText(indicator.unit, current),
    trend: current.gap ? analysis.sentence : null,
    chart: chartOf(indicator.unit, indicator.name, period, current, breakdowns),
  };
}

/** The section's content: every indicator switched on with figures for the year, and those without. */
export function indicatorsContent(indicators: readonly IndicatorForReport[], financialYear: number, edition: string | null): IndicatorsContent {
  const entries = indicators.map((indicator) => ({ indicator, entry: reportIndicator(indicator, financialYear) }));
  return {
    edition,
    indicators: entries.flatMap(({ entry }) => (entry ? [entry] : [])),
    withoutFigures: entries.filter(({ entry }) => entry === null).map(({ indicator }) => indicator.name),
  };
}
