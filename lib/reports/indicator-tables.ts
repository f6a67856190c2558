import { CI_METHOD } from '../indicators/confidence';
import { SUPPRESSION_RULE } from '../indicators/suppression';
import type { IndicatorsContent, ReportIndicator, ReportIndicatorChart } from '../indicators/report-content';
import type { ReportTable } from './report-tables';

// The words and tables of "The statement's indicators", worked out once so the PDF and the Word
// file say the same thing in the same cells.

/** Names the duty under section 13SA and the edition of the statement the figures are read against. */
export function indicatorsBasis(content: IndicatorsContent): string {
  const law =
    'Section 13SA of the National Health Service Act 2006 requires NHS England to publish a statement on information on health inequalities. These are the indicators it points trusts to, with our figures broken down by deprivation, ethnicity, age and sex.';
  const edition = content.edition
    ? ` We report them against ${content.edition}.`
    : ' The edition of the statement has not been recorded in the trust’s governance settings.';
  return law + edition;
}

const INDICATORS_SMALL_NUMBERS = `Small numbers: ${SUPPRESSION_RULE}`;

const INDICATORS_GAP_METHOD =
  'The gap is measured across deprivation groups (by the Index of Multiple Deprivation; group 1 is the most deprived). The absolute gap is the least deprived group’s value minus the most deprived group’s; the slope and relative indices of inequality use every group, weighted by its size. ' +
  CI_METHOD;

function indicatorsIntro(content: IndicatorsContent, financialYear: string): string {
  const count = content.indicators.length;
  if (count === 0) return `No indicator that the trust has switched on has figures for ${financialYear}.`;
  return `${count} ${count === 1 ? 'indicator has' : 'indicators have'} figures for ${financialYear}.`;
}

/** Indicators switched on without figures for the year, or null when there are none. */
function withoutFiguresText(content: IndicatorsContent, financialYear: string): string | null {
  if (content.withoutFigures.length === 0) return null;
  return `No figures for ${financialYear} were held for: ${content.withoutFigures.join('; ')}.`;
}

/** The heading of one indicator, for example "Waiting list: share waiting over 18 weeks, 2025/26". */
function indicatorHeading(indicator: ReportIndicator): string {
  return `${indicator.name}, ${indicator.period}`;
}

/** The indicator's definition, polarity and source in one paragraph. */
function indicatorAbout(indicator: ReportIndicator): string {
  return `${indicator.definition} ${indicator.polarity} Source: ${indicator.source}.`;
}

const WITHHELD_TEXT = 'Every figure for this period is withheld: a group with fewer than 8 could not otherwise be protected.';

/** The figures by breakdown and group; the group names the row. */
export function indicatorFiguresTable(indicator: ReportIndicator): ReportTable {
  return {
    columns: [
      { header: 'Group', width: 0.3 },
      { header: 'Breakdown', width: 0.19 },
      { header: indicator.valueHeading, width: 0.17, align: 'right' },
      { header: 'Numerator', width: 0.16, align: 'right' },
      { header: 'Denominator', width: 0.18, align: 'right' },
    ],
    rows: indicator.rows.map((row) => [row.group, row.breakdown, row.value, row.numerator, row.denominator]),
  };
}

/** The deprivation gap measures with their 95% confidence intervals; null when there are none. */
export function indicatorGapTable(indicator: ReportIndicator): ReportTable | null {
  if (!indicator.gap) return null;
  return {
    columns: [
      { header: 'Gap measure', width: 0.46 },
      { header: 'Estimate', width: 0.27, align: 'right' },
      { header: '95% confidence interval', width: 0.27, align: 'right' },
    ],
    rows: indicator.gap.measures.map((measure) => [measure.name, measure.estimate, measure.interval]),
  };
}

/** One block of the section, in reading order; the PDF and Word renderers each draw every kind. */
export type IndicatorBlock =
  | { kind: 'paragraph'; text: string; secondary?: boolean }
  | { kind: 'heading'; text: string }
  | { kind: 'chart'; chart: ReportIndicatorChart }
  | { kind: 'table'; table: ReportTable };

function indicatorBlocks(indicator: ReportIndicator): IndicatorBlock[] {
  const intro: IndicatorBlock[] = [
    { kind: 'heading', text: indicatorHeading(indicator) },
    { kind: 'paragraph', text: indicatorAbout(indicator) },
  ];
  if (indicator.withheld) return [...intro, { kind: 'paragraph', text: WITHHELD_TEXT }];
  const gapTable = indicatorGapTable(indicator);
  return [
    ...intro,
    ...(indicator.chart ? [{ kind: 'chart' as const, chart: indicator.chart }] : []),
    { kind: 'table', table: indicatorFiguresTable(indicator) },
    ...(gapTable ? [{ kind: 'table' as const, table: gapTable }] : []),
    ...[indicator.gapNote, indicator.trend, indicator.recording].flatMap((note): IndicatorBlock[] => (note ? [{ kind: 'paragraph', text: note }] : [])),
  ];
}

/** The whole section: the law and edition, the rules, then each indicator's heading, chart, tables and notes. */
export function indicatorsBlocks(content: IndicatorsContent, financialYear: string): IndicatorBlock[] {
  const missing = withoutFiguresText(content, financialYear);
  const opening: IndicatorBlock[] = [
    { kind: 'paragraph', text: indicatorsBasis(content) },
    { kind: 'paragraph', text: indicatorsIntro(content, financialYear) },
    ...(missing ? [{ kind: 'paragraph' as const, text: missing, secondary: true }] : []),
  ];
  if (content.indicators.length === 0) return opening;
  return [
    ...opening,
    { kind: 'paragraph', text: INDICATORS_SMALL_NUMBERS },
    { kind: 'paragraph', text: INDICATORS_GAP_METHOD, secondary: true },
    ...content.indicators.flatMap(indicatorBlocks),
  ];
}
