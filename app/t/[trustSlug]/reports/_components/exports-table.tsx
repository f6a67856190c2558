import Link from 'next/link';
import type { ExportSummaryDto } from '@/lib/reports/report-dto';
import { formatDateTime } from '@/lib/format/dates';
import { coverSummary } from '@/lib/reports/board-paper-cover';
import { Table } from '@/components/ui/table';
import { reportExportDownloadPath, reportExportPath } from '@/lib/routes/paths';
import { EXPORT_STATUS_LABELS, EXPORT_STATUS_TAGS, fileSizeText, madeByText, shortHash } from '@/components/reports/export-labels';

type Props = Readonly<{ exports: readonly ExportSummaryDto[]; trustSlug: string }>;

/** The export history: who made each export, when, with which options, and its file. */
export function ExportsTable({ exports, trustSlug }: Props) {
  if (exports.length === 0) return <p>Nothing has been exported yet.</p>;
  return (
    <Table
      caption="Exports, newest first"
      captionSize="hidden"
      responsive
      columns={[{ header: 'Made' }, { header: 'Contents' }, { header: 'File' }, { header: 'Status' }]}
      rows={exports.map((entry) => {
        const described = `${entry.formatLabel}, ${entry.financialYearLabel}, made ${formatDateTime(entry.createdAt)}`;
        return {
          key: entry.id,
          attributes: { 'data-export-id': entry.id },
          cells: [
            <>
              <Link href={reportExportPath(trustSlug, entry.id)}>
                {formatDateTime(entry.createdAt)}
                <span className="nhsuk-u-visually-hidden">: details of this export</span>
              </Link>
              <br />
              <span className="nhsuk-body-s">by {madeByText(entry)}</span>
            </>,
            <>
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
            </>,
            <>
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
            </>,
            entry.status === 'complete' ? (
              <a key="status" href={reportExportDownloadPath(trustSlug, entry.id)} download={entry.fileName}>
                Download<span className="nhsuk-u-visually-hidden"> {described}</span>
              </a>
            ) : (
              <strong key="status" className={`nhsuk-tag ${EXPORT_STATUS_TAGS[entry.status]}`}>
                {EXPORT_STATUS_LABELS[entry.status]}
              </strong>
            ),
          ],
        };
      })}
    />
  );
}
