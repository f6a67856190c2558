import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { UploadFiguresForm } from '@/components/indicators/upload-form';
import { TemplateColumns } from '@/components/indicators/template-columns';
import { indicatorEntryPath, indicatorHistoryPath, indicatorTemplatePath } from '@/lib/routes/paths';
import { uploadFiguresAction } from './actions';

export const metadata: Metadata = { title: 'Upload indicator figures' };

export default async function UploadFiguresPage({ params }: PageProps<'/t/[trustSlug]/indicators/upload'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'indicator.data');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Upload indicator figures</h1>
        <p>
          Upload your health-inequalities figures as a CSV file: one figure a row, broken down by deprivation, ethnicity, age or sex. Fairboard checks the whole
          file first. If any row has a problem, nothing is saved and every problem is listed with its row and column.
        </p>
        <p>
          Figures for an indicator and period you have uploaded before replace the earlier ones. The earlier figures are kept in the{' '}
          <Link href={indicatorHistoryPath(ctx.trustSlug)}>upload history</Link>.
        </p>
        <p>
          <a href={indicatorTemplatePath()} download>
            Download the CSV template
          </a>{' '}
          (3 example rows). Most spreadsheets save it with “CSV UTF-8”.
        </p>
        <UploadFiguresForm
          action={uploadFiguresAction.bind(null, ctx.trustSlug)}
          after={<Link href={indicatorHistoryPath(ctx.trustSlug)}>See the upload history</Link>}
        />
        <TemplateColumns />
        <h2 className="nhsuk-heading-m">Other ways in</h2>
        <ul>
          <li>
            <Link href={indicatorEntryPath(ctx.trustSlug)}>Enter one figure by hand</Link>
          </li>
          <li>
            <Link href={indicatorHistoryPath(ctx.trustSlug)}>See the upload history and earlier versions of figures</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
