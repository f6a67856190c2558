import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import { isUuid } from '@/lib/forms/ids';
import type { ExportSummaryDto } from '@/lib/reports/report-dto';
import { getReportExport } from '@/lib/reports/exports';
import { formatDateTime } from '@/lib/format/dates';
import { coverFacts } from '@/lib/reports/board-paper-cover';
import { reportExportDownloadPath, reportExportFormPath, reportExportPath, reportExportsPath } from '@/lib/routes/paths';
import { RefreshWhilePending } from '@/components/reports/refresh-while-pending';
import { fileSizeText, madeByText } from '@/components/reports/export-labels';
import { SummaryList } from '@/components/ui/summary-list';

const HEADINGS = { pending: 'Preparing your export', complete: 'Your export is ready', failed: 'The export did not finish' } as const;

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]/reports/exports/[exportId]'>): Promise<Metadata> {
  const { trustSlug, exportId } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'report.view');
  const entry = isUuid(exportId) ? await getReportExport(ctx, exportId).catch(() => null) : null;
  return { title: entry ? HEADINGS[entry.status] : 'Export' };
}

function Details({ entry }: Readonly<{ entry: ExportSummaryDto }>) {
  const rows: [string, React.ReactNode][] = [
    ['Financial year', `${entry.financialYearLabel}${entry.reportStatus === 'draft' ? ' (draft: the self-assessment was not approved)' : ''}`],
    ['For', entry.variantLabel],
    ['Sections', entry.sectionHeadings.join('; ')],
    // A board paper's cover, as it was exported, so the record shows which meeting it went to.
    ...(entry.cover
      ? [...coverFacts(entry.cover), { label: 'Recommendation', value: entry.cover.recommendation }].map(({ label, value }): [string, string] => [label, value])
      : []),
    ['Format', entry.formatLabel],
    ['Made', `${formatDateTime(entry.createdAt)} by ${madeByText(entry)}`],
  ];
  if (entry.status === 'complete') {
    rows.push(['File', `${entry.fileName}, ${fileSizeText(entry.byteLength)}`]);
    rows.push([
      'SHA-256 fingerprint',
      <code key="hash" data-testid="export-sha256" style={{ wordBreak: 'break-all' }}>
        {entry.sha256}
      </code>,
    ]);
  }
  return <SummaryList rows={rows.map(([key, value]) => ({ key, value }))} />;
}

export default async function ExportPage({ params }: PageProps<'/t/[trustSlug]/reports/exports/[exportId]'>) {
  const { trustSlug, exportId } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'report.view');
  if (!isUuid(exportId)) notFound();
  const entry = await getReportExport(ctx, exportId).catch(notFoundIfMissing);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={reportExportsPath(ctx.trustSlug)}>Back to the export history</BackLink>
        <h1>{HEADINGS[entry.status]}</h1>
        {/* One live region for every state, so screen readers hear the change when the page updates. */}
        <div role="status" aria-live="polite">
          {entry.status === 'pending' ? (
            <div className="nhsuk-inset-text">
              <p>We are making the {entry.formatLabel} file. It usually takes a few seconds.</p>
              <p>
                This page updates by itself when the file is ready, or you can <Link href={reportExportPath(ctx.trustSlug, entry.id)}>check again</Link>. You do
                not need to wait here: the export will be in the <Link href={reportExportsPath(ctx.trustSlug)}>export history</Link>.
              </p>
            </div>
          ) : entry.status === 'complete' ? (
            <p>The {entry.formatLabel} file is ready. It is kept exactly as it is, so you can download the same file again from the export history.</p>
          ) : (
            <p>{entry.failureReason}</p>
          )}
        </div>
        {entry.status === 'pending' ? <RefreshWhilePending /> : null}
        {entry.status === 'complete' ? (
          <a className="nhsuk-button" href={reportExportDownloadPath(ctx.trustSlug, entry.id)} download={entry.fileName}>
            Download the {entry.formatLabel} file
          </a>
        ) : null}
        {entry.status === 'failed' && can(ctx, 'report.export') ? (
          <p>
            <Link className="nhsuk-button" href={reportExportFormPath(ctx.trustSlug, entry.financialYear)}>
              Start a new export
            </Link>
          </p>
        ) : null}
        <h2>About this export</h2>
        <Details entry={entry} />
      </div>
    </div>
  );
}
