import type { ReportIndicator, ReportIndicatorChart, ReportIndicatorRow } from './report-content';
import type { Figure, PeriodAnalysis } from './analysis';
import type { Unit } from './confidence';
import { BREAKDOWN_LABELS, type IndicatorBreakdown } from './groups';
import { parsePeriod, type Period } from './periods';
import {
  analyseUpTo,
  chartOf,
  figureRow,
  gapNote,
  gapOf,
  GAP_UNITS,
  intervalText,
  number,
  orderedBreakdowns,
  VALUE_HEADINGS,
  valueText,
  withUnit,
} from './presentation';
import { indicatorFiltersSchema, type IndicatorFilters } from './schemas';
import { SUPPRESSION_LABELS } from './suppression';

// Pure: what the indicators page, one indicator's page and the board summary show, built from an
// indicator's current figures through the same analysis and wording as the annual report.

export type ViewIndicator = Readonly<{
  code: string;
  name: string;
  definition: string;
  source: string;
  unit: Unit;
  method: 'crude' | 'age_standardised';
  higherIsBetter: boolean;
  figures: readonly Figure[];
}>;

export type WidenedGap = Readonly<{ code: string; name: string; period: string; sentence: string; widened: boolean }>;

const METHOD_WORDS = { crude: 'Crude: counted as it is', age_standardised: 'Age-standardised: adjusted for the age of the population' } as const;

/** The indicator's periods, newest first: the latest to end, then the longer (a year before its last quarter). */
export function periodsOf(figures: readonly Figure[]): string[] {
  const periods = [...new Set(figures.map((figure) => figure.period))].map(parsePeriod).filter((period): period is Period => period !== null);
  periods.sort((a, b) => b.end.getTime() - a.end.getTime() || a.start.getTime() - b.start.getTime());
  return periods.map((period) => period.label);
}

export const latestPeriod = (figures: readonly Figure[]): string | null => periodsOf(figures)[0] ?? null;

/** The gap's change up to a period, when it can be followed over two periods or more. */
export function widenedGapOf(indicator: ViewIndicator, period: string): WidenedGap | null {
  const read = analyseUpTo(indicator.unit, indicator.figures, period);
  if (!read?.current.gap || !read.analysis.sentence) return null;
  return { code: indicator.code, name: indicator.name, period, sentence: read.analysis.sentence, widened: read.analysis.widened };
}

function trustValue(unit: Unit, current: PeriodAnalysis): string {
  if (current.withheld) return 'Withheld to protect small numbers';
  if (!current.all) return 'No trust-wide figure';
  return current.all.suppression ? SUPPRESSION_LABELS[current.all.suppression] : withUnit(unit, valueText(unit, current.all.value));
}

const shareText = (share: number | null) => (share === null ? 'Not shown (protects a small group)' : `${number(share * 100)}%`);

function recordingShare(current: PeriodAnalysis, breakdown: IndicatorBreakdown): string | null {
  const entry = current.recording.find((candidate) => candidate.breakdown === breakdown);
  return entry ? shareText(entry.share) : null;
}

export type OverviewRow = Readonly<{
  code: string;
  name: string;
  period: string | null;
  value: string | null;
  /** The absolute gap with its interval, or why there is none. */
  gap: string | null;
  widened: boolean;
  sentence: string | null;
  /** The chosen breakdown's share with no group recorded. */
  recording: string | null;
}>;

/** One indicator's line on the indicators page, or null when the chosen breakdown has no figures in its period. */
export function overviewRow(indicator: ViewIndicator, filters: IndicatorFilters): OverviewRow | null {
  const period = filters.period ?? latestPeriod(indicator.figures);
  const read = period ? analyseUpTo(indicator.unit, indicator.figures, period) : null;
  if (!read)
    return filters.breakdown
      ? null
      : { code: indicator.code, name: indicator.name, period: null, value: null, gap: null, widened: false, sentence: null, recording: null };
  const { analysis, current } = read;
  if (filters.breakdown && !current.breakdowns.has(filters.breakdown)) return null;
  const absolute = gapOf(indicator.unit, current)?.measures[0];
  return {
    code: indicator.code,
    name: indicator.name,
    period,
    value: trustValue(indicator.unit, current),
    gap: absolute ? `${absolute.estimate} (95% confidence interval ${absolute.interval})` : null,
    widened: current.gap !== null && analysis.widened,
    sentence: current.gap ? analysis.sentence : null,
    recording: filters.breakdown ? recordingShare(current, filters.breakdown) : null,
  };
}

export type TrendPoint = Readonly<{ period: string; estimate: number | null; lower: number | null; upper: number | null; text: string }>;

export type IndicatorDetail = Readonly<{
  unitLabel: string;
  method: string;
  polarity: string;
  periods: readonly string[];
  period: string | null;
  breakdowns: readonly IndicatorBreakdown[];
  breakdown: IndicatorBreakdown | null;
  /** Why the page shows something other than what was asked for. */
  notices: readonly string[];
  withheld: boolean;
  valueHeading: string;
  trustValue: string | null;
  rows: readonly ReportIndicatorRow[];
  chart: ReportIndicatorChart | null;
  gap: ReportIndicator['gap'];
  gapNote: string | null;
  recording: readonly { breakdown: string; share: string }[];
  trend: readonly TrendPoint[];
  gapUnit: string;
  sentence: string | null;
  widened: boolean;
}>;

function trendOf(unit: Unit, periods: readonly PeriodAnalysis[]): TrendPoint[] {
  return periods.map(({ period, gap }) => ({
    period,
    estimate: gap?.absoluteGap ?? null,
    lower: gap?.absoluteGapCi?.lower ?? null,
    upper: gap?.absoluteGapCi?.upper ?? null,
    text: gap ? `${number(gap.absoluteGap)}${GAP_UNITS[unit]} (${intervalText(gap.absoluteGapCi)})` : 'No gap measured',
  }));
}

/** One indicator at the chosen period and breakdown; anything not held falls back to the latest, with a notice. */
export function indicatorDetail(indicator: ViewIndicator, filters: IndicatorFilters): IndicatorDetail {
  const periods = periodsOf(indicator.figures);
  const notices: string[] = [];
  let period = periods[0] ?? null;
  if (filters.period && periods.includes(filters.period)) period = filters.period;
  else if (filters.period && period) notices.push(`There are no figures for ${filters.period}, so the latest period, ${period}, is shown.`);
  const read = period ? analyseUpTo(indicator.unit, indicator.figures, period) : null;
  const current = read?.current ?? null;
  const ordered = current ? orderedBreakdowns(current) : [];
  const breakdowns = ordered.map(([breakdown]) => breakdown);
  const fallback = ordered.find(([breakdown]) => breakdown === 'deprivation_quintile' || breakdown === 'deprivation_decile') ?? ordered[0] ?? null;
  let chosen = fallback;
  if (filters.breakdown && breakdowns.includes(filters.breakdown)) chosen = ordered.find(([breakdown]) => breakdown === filters.breakdown)!;
  else if (filters.breakdown && fallback)
    notices.push(
      `There are no figures by ${BREAKDOWN_LABELS[filters.breakdown].toLowerCase()} for ${period}, so ${BREAKDOWN_LABELS[fallback[0]].toLowerCase()} is shown.`,
    );
  const withheld = current?.withheld ?? false;
  return {
    unitLabel: VALUE_HEADINGS[indicator.unit],
    method: METHOD_WORDS[indicator.method],
    polarity: indicator.higherIsBetter ? 'A higher value is better.' : 'A lower value is better.',
    periods,
    period,
    breakdowns,
    breakdown: chosen?.[0] ?? null,
    notices,
    withheld,
    valueHeading: VALUE_HEADINGS[indicator.unit],
    trustValue: current ? trustValue(indicator.unit, current) : null,
    rows: chosen && !withheld ? chosen[1].map((figure) => figureRow(indicator.unit, chosen[0], figure)) : [],
    chart: chosen && current && period ? chartOf(indicator.unit, indicator.name, period, current, chosen) : null,
    gap: current ? gapOf(indicator.unit, current) : null,
    gapNote: current ? gapNote(current) : null,
    recording: (current?.recording ?? []).map((entry) => ({ breakdown: BREAKDOWN_LABELS[entry.breakdown], share: shareText(entry.share) })),
    trend: read ? trendOf(indicator.unit, read.analysis.periods) : [],
    gapUnit: GAP_UNITS[indicator.unit].trim(),
    sentence: current?.gap ? (read?.analysis.sentence ?? null) : null,
    widened: current?.gap ? (read?.analysis.widened ?? false) : false,
  };
}

export type ParsedFilters = Readonly<{
  filters: IndicatorFilters;
  /** What was asked for, to put back in the form. */
  values: Readonly<{ breakdown: string; period: string }>;
  errors: Readonly<{ breakdown?: string; period?: string }>;
}>;

/** Reads the pages' search parameters; a bad field is dropped (the page shows everything for it) with its message. */
export function parseIndicatorFilters(query: Readonly<Record<string, string | string[] | undefined>>): ParsedFilters {
  const parsed = indicatorFiltersSchema.safeParse({ breakdown: query.breakdown, period: query.period });
  const errors = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  const kept = parsed.success
    ? parsed.data
    : indicatorFiltersSchema.parse({
        breakdown: errors.breakdown ? undefined : query.breakdown,
        period: errors.period ? undefined : query.period,
      });
  const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');
  return { filters: kept, values: { breakdown: text(query.breakdown), period: text(query.period) }, errors };
}
