import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { listReportExports } from '@/lib/reports/exports';
import { reportExportFormPath, reportExportsPath, reportsPath } from '@/lib/routes/paths';
import { RefreshWhilePending } from '@/components/reports/refresh-while-pending';
import { ExportsTable } from '../_components/exports-table';

export const metadata: Metadata = { title: 'Export history' };

export default async function ExportHistoryPage({ params }: PageProps<'/t/[trustSlug]/reports/exports'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'report.view');
  const exports = await listReportExports(ctx);
  const preparing = exports.filter((entry) => entry.status === 'pending').length;
  return (
    <>
      <BackLink href={reportsPath(ctx.trustSlug)}>Back to the annual report</BackLink>
      <h1>Export history</h1>
      <p>
        Every export of the annual report section is kept exactly as it was made, so you can download the same file again. The SHA-256 fingerprint identifies
        the file: any change to it would change the fingerprint.
      </p>
      <div role="status" aria-live="polite">
        {preparing > 0 ? (
          <div className="nhsuk-inset-text">
            <p>
              {preparing === 1 ? 'One export is' : `${preparing} exports are`} being prepared. This page updates by itself when{' '}
              {preparing === 1 ? 'it is' : 'they are'} ready, or you can <Link href={reportExportsPath(ctx.trustSlug)}>check again</Link>.
            </p>
          </div>
        ) : null}
      </div>
      {preparing > 0 ? <RefreshWhilePending /> : null}
      {can(ctx, 'report.export') ? (
        <p>
          <Link href={reportExportFormPath(ctx.trustSlug)}>Make a new export</Link>
        </p>
      ) : null}
      <ExportsTable exports={exports} trustSlug={ctx.trustSlug} />
    </>
  );
}
