import Link from 'next/link';
import type { ReactNode } from 'react';

type SummaryListAction = Readonly<{
  href: string;
  /** The link's visible words: "Change", "Write", "Review". */
  text: string;
  /** What the link acts on, read only by screen readers: " Change the answer to question 1.2". */
  visuallyHiddenText: string;
}>;

export type SummaryListRow = Readonly<{
  /** React's key; the row's key text when that is a string and this is left out. */
  id?: string;
  key: ReactNode;
  value: ReactNode;
  /** An id for the value, for a test or a link to point at. */
  valueId?: string;
  action?: SummaryListAction;
  attributes?: Readonly<Record<`data-${string}`, string>>;
}>;

type Props = Readonly<{
  /** Rows in order; false or null leaves a row out, so a list can say `condition && row`. */
  rows: readonly (SummaryListRow | false | null | undefined)[];
  id?: string;
}>;

/** The NHS summary list: what a record holds, one key and value a row, with a link to change it where there is one. */
export function SummaryList({ rows, id }: Props) {
  const shown = rows.filter((row): row is SummaryListRow => Boolean(row));
  return (
    <dl className="nhsuk-summary-list" id={id}>
      {shown.map((row, index) => (
        <div key={row.id ?? (typeof row.key === 'string' ? row.key : String(index))} className="nhsuk-summary-list__row" {...row.attributes}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value" id={row.valueId}>
            {row.value}
          </dd>
          {row.action ? (
            <dd className="nhsuk-summary-list__actions">
              <Link href={row.action.href}>
                {row.action.text}
                <span className="nhsuk-u-visually-hidden"> {row.action.visuallyHiddenText}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
