import type { ReactNode } from 'react';
import { ScrollTable } from '@/components/layout/scroll-table';

export type TableColumn = Readonly<{
  header: ReactNode;
  /** The label each cell carries in the responsive table at phone widths; the header when it is a string. */
  label?: string;
  /** Figures: the header and every cell are right-aligned. */
  numeric?: boolean;
  /** More classes for the column's body cells, e.g. `app-nowrap`. */
  cellClassName?: string;
}>;

type TableRow = Readonly<{
  key: string;
  /** One per column, in the columns' order. */
  cells: readonly ReactNode[];
  attributes?: Readonly<Record<`data-${string}`, string>>;
}>;

const CAPTION_CLASSES = {
  default: 'nhsuk-table__caption',
  s: 'nhsuk-table__caption nhsuk-table__caption--s',
  m: 'nhsuk-table__caption nhsuk-table__caption--m',
  hidden: 'nhsuk-table__caption nhsuk-u-visually-hidden',
} as const;

type Props = Readonly<{
  caption: ReactNode;
  /** The NHS caption sizes, or visually hidden when a heading already says it. */
  captionSize?: keyof typeof CAPTION_CLASSES;
  /** The caption's id, for something outside the table to point at; one is made up otherwise. */
  captionId?: string;
  id?: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /**
   * The first cell of each row names the row (`th scope="row"`): in bold as a header, or 'normal'
   * when it is a sentence or a link.
   */
  rowHeaders?: 'bold' | 'normal';
  /**
   * The design system's responsive table instead of the scroll area: at phone widths each row becomes
   * a block of labelled lines. For tables whose cells hold sentences that cannot be read sideways.
   */
  responsive?: boolean;
}>;

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

function HeadRow({ columns }: Readonly<{ columns: readonly TableColumn[] }>) {
  return (
    <thead className="nhsuk-table__head">
      <tr className="nhsuk-table__row">
        {columns.map((column, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life, and a header may be an element
          <th key={index} scope="col" className={classes('nhsuk-table__header', column.numeric && 'nhsuk-table__header--numeric')}>
            {column.header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function BodyCell({
  column,
  first,
  rowHeaders,
  responsive,
  children,
}: Readonly<{ column: TableColumn; first: boolean } & Pick<Props, 'rowHeaders' | 'responsive'> & { children: ReactNode }>) {
  if (first && rowHeaders) {
    return (
      <th scope="row" className={classes('nhsuk-table__header', rowHeaders === 'normal' && 'nhsuk-u-font-weight-normal', column.cellClassName)}>
        {children}
      </th>
    );
  }
  const label = column.label ?? (typeof column.header === 'string' ? column.header : undefined);
  return (
    <td className={classes('nhsuk-table__cell', column.numeric && 'nhsuk-table__cell--numeric', column.cellClassName)}>
      {responsive && label ? (
        <span className="nhsuk-table-responsive__heading" aria-hidden="true">
          {label}{' '}
        </span>
      ) : null}
      {children}
    </td>
  );
}

/**
 * An NHS table from columns and rows: headers with their scope, numeric columns right-aligned, and
 * the focusable scroll area (components/layout/scroll-table.tsx) so a wide table scrolls by itself
 * at 320 px. Tables whose rows need more than cells (spans, footers) use ScrollTable directly.
 */
export function Table({ caption, captionSize = 'default', captionId, id, columns, rows, rowHeaders, responsive = false }: Props) {
  const body = (
    <>
      <HeadRow columns={columns} />
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="nhsuk-table__row" {...row.attributes}>
            {columns.map((column, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a cell's place is its identity
              <BodyCell key={index} column={column} first={index === 0} rowHeaders={rowHeaders} responsive={responsive}>
                {row.cells[index]}
              </BodyCell>
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
  if (!responsive) {
    return (
      <ScrollTable caption={caption} captionClassName={CAPTION_CLASSES[captionSize]} captionId={captionId} id={id}>
        {body}
      </ScrollTable>
    );
  }
  return (
    <table className="nhsuk-table-responsive" id={id}>
      <caption className={CAPTION_CLASSES[captionSize]} id={captionId}>
        {caption}
      </caption>
      {body}
    </table>
  );
}
