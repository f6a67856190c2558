import { Table } from '@/components/ui/table';

/** What each column of the CSV template takes (docs/INDICATORS.md, "The CSV template"). */
const COLUMNS: readonly (readonly [string, string])[] = [
  ['indicator', 'The indicator’s code from your catalogue, for example elective-wait-18w.'],
  ['period', 'A financial year (2025/26), a quarter of one (2025/26 Q1 is April to June) or a month (2025-04). It must have started.'],
  ['breakdown', 'all, deprivation quintile, deprivation decile, ethnicity, age or sex.'],
  [
    'group',
    'all on the all row; for deprivation 1 (the most deprived) to 5 or 10; for ethnicity an NHS data dictionary ethnic category code (A to S, Z for not stated, 99 for not known) or a broad group such as White; for age a band such as 18-64 or 65+; for sex male, female or indeterminate. Any breakdown also takes not known.',
  ],
  ['numerator', 'A whole number: the people or events counted.'],
  ['denominator', 'A whole number above 0: the people the numerator is counted out of. Percentages and rates need both counts.'],
  [
    'value',
    'The figure. It must match the numerator divided by the denominator (times 100 for a percentage, or 100,000 for a rate) to the decimals you write; leave it blank and it is worked out.',
  ],
];

export function TemplateColumns() {
  return (
    <Table
      caption="The template’s columns"
      captionSize="m"
      columns={[{ header: 'Column' }, { header: 'What to write' }]}
      rowHeaders="bold"
      rows={COLUMNS.map(([column, description]) => ({ key: column, cells: [<code key="column">{column}</code>, description] }))}
    />
  );
}
