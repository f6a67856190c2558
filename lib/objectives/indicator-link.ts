import type { IndicatorBreakdown, ObjectiveIndicatorFigure } from '../db/generated/enums';
import { analyseIndicator, type Figure, type PeriodAnalysis } from '../indicators/analysis';
import type { Unit } from '../indicators/confidence';
import { BREAKDOWN_LABELS, groupLabel } from '../indicators/groups';
import { parsePeriod } from '../indicators/periods';
/**
 * Pure: an objective's measure linked to one of the trust's indicators. The measure follows one
 * figure: a group's value (the all row is the trust-wide value) or the gap between the least and
 * most deprived groups (least − most deprived, as lib/indicators/gap.ts). From the indicator's
 * current figures this gives, per period, the figure or that it is hidden to protect small
 * numbers (analyseIndicator applies the suppression rules, so a hidden count never comes out),
 * the baseline for an objective's year and the latest figure.
 */
export type IndicatorLink = Readonly<{ figure: ObjectiveIndicatorFigure; breakdown: IndicatorBreakdown; group: string | null }>;

/** One period's figure: `value` is null when it is hidden to protect a small group. */
export type LinkedFigure = Readonly<{ period: string; value: number | null; suppressed: boolean }>;
export type BaselineAndLatest = Readonly<{ baseline: LinkedFigure | null; latest: LinkedFigure | null }>;
/** A figure an objective can follow, as the form offers it. */
export type FigureChoice = Readonly<{ key: string; label: string; series: readonly LinkedFigure[] }>;

export const ALL_PATIENTS: IndicatorLink = { figure: 'group_value', breakdown: 'all', group: 'all' };

/** Figures are shown and compared to two decimal places, so a gap of 5.6 is not 5.6000000001. */
const roundFigure = (value: number): number => Math.round(value * 100) / 100;
const sameFigure = (a: number, b: number): boolean => roundFigure(a) === roundFigure(b);

/** The form's single value for a figure: "all", "gap:deprivation_quintile" or "group:ethnicity:A". */
export function figureKey(link: IndicatorLink): string {
  if (link.figure === 'deprivation_gap') return `gap:${link.breakdown}`;
  return link.breakdown === 'all' ? 'all' : `group:${link.breakdown}:${link.group}`;
}

const DEPRIVATION = ['deprivation_quintile', 'deprivation_decile'] as const;
const GROUPED = ['deprivation_quintile', 'deprivation_decile', 'ethnicity', 'age', 'sex'] as const;

/** Reads a figure key back; null when it is not one (the group itself is checked against the data). */
export function parseFigureKey(key: string): IndicatorLink | null {
  if (key === 'all') return ALL_PATIENTS;
  const gap = /^gap:(.+)$/.exec(key);
  if (gap)
    return (DEPRIVATION as readonly string[]).includes(gap[1]!) ? { figure: 'deprivation_gap', breakdown: gap[1] as IndicatorBreakdown, group: null } : null;
  const group = /^group:([a-z_]+):(.{1,60})$/.exec(key);
  if (group && (GROUPED as readonly string[]).includes(group[1]!))
    return { figure: 'group_value', breakdown: group[1] as IndicatorBreakdown, group: group[2]! };
  return null;
}

export function figureLabel(link: IndicatorLink): string {
  if (link.figure === 'deprivation_gap') return `Gap between the least and most deprived ${link.breakdown === 'deprivation_decile' ? 'tenths' : 'fifths'}`;
  if (link.breakdown === 'all') return 'All patients (the trust-wide figure)';
  return `${BREAKDOWN_LABELS[link.breakdown]}: ${groupLabel(link.breakdown, link.group ?? '')}`;
}

/** The linked figure in one analysed period, or null when the period has nothing for it. */
function figureIn(period: PeriodAnalysis, link: IndicatorLink): LinkedFigure | null {
  const hidden = { period: period.period, value: null, suppressed: true };
  if (link.figure === 'deprivation_gap') {
    if (!period.breakdowns.has(link.breakdown)) return null;
    if (period.gap?.breakdown === link.breakdown) return { period: period.period, value: roundFigure(period.gap.absoluteGap), suppressed: false };
    // The gap is left out when a group it uses is hidden (or the period is withheld).
    const groups = period.breakdowns.get(link.breakdown)!;
    return period.withheld || groups.some((figure) => figure.suppression !== null) ? hidden : null;
  }
  if (link.breakdown === 'all') {
    if (period.withheld) return hidden;
    if (!period.all) return null;
    return period.all.suppression ? hidden : { period: period.period, value: roundFigure(period.all.value), suppressed: false };
  }
  const figure = period.breakdowns.get(link.breakdown)?.find((shown) => shown.group === link.group);
  if (!figure) return null;
  return period.withheld || figure.suppression ? hidden : { period: period.period, value: roundFigure(figure.value), suppressed: false };
}

/** The linked figure in every period that has it, earliest first. */
export function linkedSeries(unit: Unit, figures: readonly Figure[], link: IndicatorLink): LinkedFigure[] {
  return analyseIndicator(unit, figures)
    .periods.map((period) => figureIn(period, link))
    .filter((figure): figure is LinkedFigure => figure !== null);
}

/** The latest-ending period first; of periods ending together, the longest (a year over its last quarter). */
function latestOf(series: readonly LinkedFigure[]): LinkedFigure | null {
  let best: { figure: LinkedFigure; start: number; end: number } | null = null;
  for (const figure of series) {
    const period = parsePeriod(figure.period);
    if (!period) continue;
    const start = period.start.getTime();
    const end = period.end.getTime();
    if (!best || end > best.end || (end === best.end && start < best.start)) best = { figure, start, end };
  }
  return best?.figure ?? null;
}

/**
 * The baseline is the figure for the latest period ending at or before the objective's financial
 * year starts (1 April); when the data starts later, the earliest figure. The latest is the
 * latest-ending period held. Either may be a hidden figure, which the caller says is hidden.
 */
export function baselineAndLatest(series: readonly LinkedFigure[], financialYear: number): BaselineAndLatest {
  const yearStart = Date.UTC(financialYear, 3, 1);
  const before = series.filter((figure) => {
    const period = parsePeriod(figure.period);
    return period !== null && period.end.getTime() < yearStart;
  });
  const earliest = series.reduce<LinkedFigure | null>((first, figure) => {
    if (!first) return figure;
    return parsePeriod(figure.period)!.start.getTime() < parsePeriod(first.period)!.start.getTime() ? figure : first;
  }, null);
  return { baseline: before.length > 0 ? latestOf(before) : earliest, latest: latestOf(series) };
}

/** The figures an objective may follow: the trust-wide figure always, then what the data holds. */
export function figureChoices(unit: Unit, figures: readonly Figure[]): FigureChoice[] {
  const links: IndicatorLink[] = [ALL_PATIENTS];
  for (const breakdown of DEPRIVATION) {
    if (figures.some((figure) => figure.breakdown === breakdown)) links.push({ figure: 'deprivation_gap', breakdown, group: null });
  }
  for (const breakdown of GROUPED) {
    const groups = [...new Set(figures.filter((figure) => figure.breakdown === breakdown).map((figure) => figure.group))];
    groups.sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
    for (const group of groups) links.push({ figure: 'group_value', breakdown, group });
  }
  return links.map((link) => ({ key: figureKey(link), label: figureLabel(link), series: linkedSeries(unit, figures, link) }));
}

export type BaselineDecision = Readonly<{ ok: true; baseline: number | null; fromData: boolean; reason: string }> | Readonly<{ ok: false; message: string }>;

export const BASELINE_REASON_NEEDED = 'Say why the baseline differs from the data’s figure';

/**
 * What is stored for the baseline of a linked measure: blank or the same as the data's figure is
 * the data's; a different number needs a reason. With no figure to compare (none yet, or hidden),
 * what was typed stands and no reason is asked for.
 */
export function decideBaseline(typed: number | null, data: LinkedFigure | null, reason: string): BaselineDecision {
  if (!data || data.value === null) return { ok: true, baseline: typed, fromData: false, reason: typed === null ? '' : reason };
  if (typed === null || sameFigure(typed, data.value)) return { ok: true, baseline: data.value, fromData: true, reason: '' };
  if (reason === '') return { ok: false, message: BASELINE_REASON_NEEDED };
  return { ok: true, baseline: typed, fromData: false, reason };
}

/** "40.2 (2025/26)", or that the figure is hidden, for the page and the form. */
export function describeFigure(figure: LinkedFigure | null): string {
  if (!figure) return 'no figures yet';
  if (figure.value === null) return `hidden to protect a small group (${figure.period})`;
  return `${figure.value.toLocaleString('en-GB', { maximumFractionDigits: 2 })} (${figure.period})`;
}
