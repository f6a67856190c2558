import type { Metadata } from 'next';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { dataExportDownloadPath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Download all this trust’s data' };

/** For the trust administrator: the trust's own copy of everything it holds in Fairboard. */
export default async function DataExportPage({ params }: PageProps<'/t/[trustSlug]/data-export'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'trust.export');
  return (
    <>
      <h1>Download all this trust’s data</h1>
      <p>You can download everything {ctx.trustName} holds in Fairboard as one zip file, to keep your own copy or to move it to another system.</p>
      <h2>What the file contains</h2>
      <ul>
        <li>self-assessments with every answer and its evidence</li>
        <li>objectives, their owners and progress updates</li>
        <li>challenges, assurance judgements and annual report narratives and exports</li>
        <li>members, board members, invitations and reminder emails</li>
        <li>the audit trail: who changed what, and when</li>
      </ul>
      <p>
        There is one JSON file for each kind of record, and a file called manifest.json that lists them with the number of records in each and a SHA-256
        checksum, so you can check that nothing was lost or changed. Passwords and invitation codes are never included.
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          The file holds personal information about your board and staff. Store it as securely as you would your board papers. Each download is recorded in the
          audit trail.
        </p>
      </div>
      <a className="nhsuk-button" href={dataExportDownloadPath(ctx.trustSlug)} download>
        Download the data (zip)
      </a>
    </>
  );
}
