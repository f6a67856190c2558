import Link from 'next/link';
import type { OverviewRow } from '@/lib/indicators/indicator-view';
import { WidenedTag } from './widened-gaps';

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
    <table className="nhsuk-table-responsive">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Indicator
          </th>
          {columns.map((column) => (
            <th key={column} scope="col" className="nhsuk-table__header">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => {
          const cells = [row.period ?? 'No figures yet', row.value ?? '–', row.gap ?? 'Not measured', ...(recordingOf ? [row.recording ?? 'Not known'] : [])];
          return (
            <tr key={row.code} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header nhsuk-u-font-weight-normal app-row-title">
                <Link href={hrefOf(row)}>{row.name}</Link>
                {row.widened ? (
                  <>
                    {' '}
                    <WidenedTag />
                  </>
                ) : null}
                {row.sentence ? <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">{row.sentence}</p> : null}
              </th>
              {cells.map((cell, index) => (
                <td key={columns[index]} className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    {columns[index]}{' '}
                  </span>
                  {cell}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
