import Link from 'next/link';
import type { OverviewRow } from '@/lib/indicators/indicator-view';
import { WidenedTag } from './widened-gaps';
import { Table } from '@/components/ui/table';

type Props = Readonly<{
  rows: readonly OverviewRow[];
  caption: string;
  /** The chosen breakdown's name in lower case, when one is chosen: adds its recording-gap column. */
  recordingOf: string | null;
  hrefOf: (row: OverviewRow) => string;
}>;

/**
 * The indicators at a glance. The design system's responsive table: a table on wide screens, and
 * at phone widths each indicator becomes a block of labelled lines, because five columns with a
 * sentence in the first cannot be read at 320 px.
 */
export function IndicatorOverviewTable({ rows, caption, recordingOf, hrefOf }: Props) {
  const columns = ['Period', 'Trust-wide value', 'Deprivation gap (least minus most deprived)', ...(recordingOf ? [`Records with no ${recordingOf}`] : [])];
  return (
    <Table
      caption={caption}
      captionSize="hidden"
      responsive
      columns={[{ header: 'Indicator', cellClassName: 'app-row-title' }, ...columns.map((column) => ({ header: column }))]}
      rowHeaders="normal"
      rows={rows.map((row) => ({
        key: row.code,
        cells: [
          <>
            <Link href={hrefOf(row)}>{row.name}</Link>
            {row.widened ? (
              <>
                {' '}
                <WidenedTag />
              </>
            ) : null}
            {row.sentence ? <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">{row.sentence}</p> : null}
          </>,
          row.period ?? 'No figures yet',
          row.value ?? '–',
          row.gap ?? 'Not measured',
          ...(recordingOf ? [row.recording ?? 'Not known'] : []),
        ],
      }))}
    />
  );
}
