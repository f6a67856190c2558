import Link from 'next/link';
import type { ExportSummaryDto } from '@/lib/reports/report-dto';
import { formatDateTime } from '@/lib/format/dates';
import { coverSummary } from '@/lib/reports/board-paper-cover';
import { exportDownloadPath, exportPath } from '@/components/reports/report-paths';
import { EXPORT_STATUS_LABELS, EXPORT_STATUS_TAGS, fileSizeText, madeByText, shortHash } from '@/components/reports/export-labels';

type Props = Readonly<{ exports: readonly ExportSummaryDto[]; trustSlug: string }>;

/** The export history: who made each export, when, with which options, and its file. */
export function ExportsTable({ exports, trustSlug }: Props) {
  if (exports.length === 0) return <p>Nothing has been exported yet.</p>;
  return (
    <table className="nhsuk-table-responsive">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Exports, newest first</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Made
          </th>
          <th scope="col" className="nhsuk-table__header">
            Contents
          </th>
          <th scope="col" className="nhsuk-table__header">
            File
          </th>
          <th scope="col" className="nhsuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {exports.map((entry) => {
          const described = `${entry.formatLabel}, ${entry.financialYearLabel}, made ${formatDateTime(entry.createdAt)}`;
          return (
            <tr key={entry.id} className="nhsuk-table__row" data-export-id={entry.id}>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  Made{' '}
                </span>
                <Link href={exportPath(trustSlug, entry.id)}>
                  {formatDateTime(entry.createdAt)}
                  <span className="nhsuk-u-visually-hidden">: details of this export</span>
                </Link>
                <br />
                <span className="nhsuk-body-s">by {madeByText(entry)}</span>
              </td>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  Contents{' '}
                </span>
                {entry.variantLabel}, {entry.financialYearLabel}
                {entry.reportStatus === 'draft' ? ' (draft)' : ''}
                <br />
                <span className="nhsuk-body-s">{entry.sectionHeadings.join('; ')}</span>
                {entry.cover ? (
                  <>
                    <br />
                    <span className="nhsuk-body-s" data-testid="export-cover">
                      {coverSummary(entry.cover)}
                    </span>
                  </>
                ) : null}
              </td>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  File{' '}
                </span>
                {entry.formatLabel}
                {entry.byteLength !== null ? `, ${fileSizeText(entry.byteLength)}` : ''}
                {entry.sha256 ? (
                  <>
                    <br />
                    <span className="nhsuk-body-s">
                      SHA-256 <code title={entry.sha256}>{shortHash(entry.sha256)}</code>
                    </span>
                  </>
                ) : null}
              </td>
              <td className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  Status{' '}
                </span>
                {entry.status === 'complete' ? (
                  <a href={exportDownloadPath(trustSlug, entry.id)} download={entry.fileName}>
                    Download<span className="nhsuk-u-visually-hidden"> {described}</span>
                  </a>
                ) : (
                  <strong className={`nhsuk-tag ${EXPORT_STATUS_TAGS[entry.status]}`}>{EXPORT_STATUS_LABELS[entry.status]}</strong>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
