// The frozen content of the report's section "The statement's indicators": plain data, every cell
// already written out as the reader sees it, suppression already applied. Built from the trust's
// figures by lib/reports/indicators-builder.ts when an export starts, so a re-upload afterwards
// never changes a file already exported (renderers read only this).

export type ReportIndicatorRow = {
  /** "Deprivation (fifths)", "Ethnic group", "All patients"… */
  breakdown: string;
  /** "1 (most deprived fifth)", "Asian or Asian British", "All patients"… */
  group: string;
  /** "35.8", or the suppression label ("fewer than 8") when the group is hidden. */
  value: string;
  numerator: string;
  denominator: string;
  suppressed: boolean;
  /** The unformatted figures, for the CSV; null when the group is hidden (none of its figures are kept). */
  numbers: { value: number; numerator: number | null; denominator: number | null } | null;
};

export type ReportGapMeasure = {
  name: string;
  /** The estimate with its unit, for example "7.4 percentage points". */
  estimate: string;
  /** "5.1 to 9.7", or why there is none. */
  interval: string;
  /** The unformatted estimate and interval, for the CSV. */
  numbers: { estimate: number | null; lower: number | null; upper: number | null };
};

export type ReportIndicatorChart = {
  /** What the bars are, for example "Deprivation (fifths)". */
  breakdown: string;
  /** The axis's unit, for example "%" or "per 100,000". */
  unitLabel: string;
  /** One bar a group, in order; value null when the group is hidden (valueText then says why). */
  bars: readonly { label: string; value: number | null; valueText: string }[];
  /** The trust's all-patients value, drawn as a line across the bars. */
  average: { value: number; valueText: string } | null;
  /** The chart's text alternative: every number the bars and the line show. */
  altText: string;
};

export type ReportIndicator = {
  code: string;
  name: string;
  /** The period the figures are for: "2025/26", or the latest quarter or month of the year. */
  period: string;
  /** The value column's heading, for example "Percentage" or "Rate per 100,000". */
  valueHeading: string;
  definition: string;
  source: string;
  /** "A lower value is better." and the like. */
  polarity: string;
  /** Every figure of the period is withheld, because a small group could not otherwise be protected. */
  withheld: boolean;
  rows: readonly ReportIndicatorRow[];
  gap: { breakdown: string; measures: readonly ReportGapMeasure[] } | null;
  /** Why there are no gap measures, when there are none. */
  gapNote: string | null;
  /** The share of records with no group recorded, one sentence, or null when not known. */
  recording: string | null;
  /** How the gap changed since the earliest year held, or null with fewer than two years. */
  trend: string | null;
  chart: ReportIndicatorChart | null;
};

export type IndicatorsContent = {
  /** How the report names the statement's edition (from the governance settings); null when not recorded. */
  edition: string | null;
  /** The indicators switched on that have figures for the year, in the catalogue's order. */
  indicators: readonly ReportIndicator[];
  /** Names of the indicators switched on that have no figures for the year. */
  withoutFigures: readonly string[];
};
