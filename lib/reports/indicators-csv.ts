import type { CsvCell } from '../objectives/csv-export';
import type { IndicatorsContent } from '../indicators/report-content';

// The statement's indicators as CSV rows: one per figure (a hidden group keeps its suppression
// label and no numbers) and one per gap measure. Each gives the record kind and the ten indicator
// columns of the report's CSV, from "Indicator" to "Suppression".

/** Gap measures and their limits to 4 decimal places: enough for any use, without float noise. */
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);

export type IndicatorCsvRow = { record: 'Indicator figure' | 'Indicator gap'; values: CsvCell[] };

export function indicatorCsvRows(content: IndicatorsContent): IndicatorCsvRow[] {
  return content.indicators.flatMap((indicator) => [
    ...indicator.rows.map(
      (row): IndicatorCsvRow => ({
        record: 'Indicator figure',
        values: [
          indicator.code,
          indicator.period,
          row.breakdown,
          row.group,
          row.numbers?.value ?? null,
          row.numbers?.numerator ?? null,
          row.numbers?.denominator ?? null,
          null,
          null,
          row.suppressed ? row.value : '',
        ],
      }),
    ),
    ...(indicator.gap?.measures ?? []).map(
      (measure): IndicatorCsvRow => ({
        record: 'Indicator gap',
        values: [
          indicator.code,
          indicator.period,
          indicator.gap!.breakdown,
          measure.name,
          rounded(measure.numbers.estimate),
          null,
          null,
          rounded(measure.numbers.lower),
          rounded(measure.numbers.upper),
          '',
        ],
      }),
    ),
  ]);
}
