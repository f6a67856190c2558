import type { Figure, PeriodAnalysis } from '../indicators/analysis';
import type { Unit } from '../indicators/confidence';
import { BREAKDOWN_LABELS } from '../indicators/groups';
import { parsePeriod, type Period } from '../indicators/periods';
import { analyseUpTo, chartOf, figureRow, gapNote, gapOf, number, orderedBreakdowns, VALUE_HEADINGS, valueText } from '../indicators/presentation';
import type { IndicatorsContent, ReportIndicator } from '../indicators/report-content';

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

export { valueText };

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

function recordingText(unit: Unit, analysis: PeriodAnalysis): string | null {
  const known = analysis.recording.filter((entry) => entry.share !== null);
  if (known.length === 0) return null;
  const what = unit === 'percentage' ? 'people' : 'events';
  const parts = known.map((entry) => `${BREAKDOWN_LABELS[entry.breakdown].toLowerCase()} ${number(entry.share! * 100)}%`);
  return `Share of ${what} with no group recorded: ${parts.join('; ')}.`;
}

/** One indicator's entry for the year, or null when it has no figures for the year. */
export function reportIndicator(indicator: IndicatorForReport, financialYear: number): ReportIndicator | null {
  const period = reportPeriod(financialYear, [...new Set(indicator.figures.map((figure) => figure.period))]);
  if (!period) return null;
  const { analysis, current } = analyseUpTo(indicator.unit, indicator.figures, period)!;
  const breakdowns = orderedBreakdowns(current);
  const rows = current.withheld
    ? []
    : [
        ...(current.all ? [figureRow(indicator.unit, 'all', current.all)] : []),
        ...breakdowns.flatMap(([breakdown, groups]) => groups.map((figure) => figureRow(indicator.unit, breakdown, figure))),
      ];
  // The deprivation groups when there are some (the gap is about them), else the first breakdown.
  const charted = breakdowns.find(([breakdown]) => breakdown === 'deprivation_quintile' || breakdown === 'deprivation_decile') ?? breakdowns[0];
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
    chart: charted ? chartOf(indicator.unit, indicator.name, period, current, charted) : null,
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
