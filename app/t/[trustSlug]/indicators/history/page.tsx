import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { listIndicators } from '@/lib/indicators/catalogue';
import { listUploads, periodHistory, replacedPeriods } from '@/lib/indicators/history';
import { UploadsTable } from '@/components/indicators/uploads-table';
import { FigureVersionsTable } from '@/components/indicators/figure-versions-table';
import { indicatorHistoryPath } from '@/lib/routes/paths';
import { DataInTasks } from '@/components/indicators/data-in-tasks';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Upload history' };

const SHOWN_UPLOADS = 50;

export default async function UploadHistoryPage({ params, searchParams }: PageProps<'/t/[trustSlug]/indicators/history'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'indicator.view');
  const query = parseSearchParams(z.object({ indicator: z.string().optional(), period: z.string().optional() }), await searchParams);
  const [uploads, replaced, indicators] = await Promise.all([listUploads(ctx, SHOWN_UPLOADS), replacedPeriods(ctx), listIndicators(ctx)]);
  const names = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
  // Only a pair from the list is shown, so an address typed by hand cannot ask for anything else.
  const chosen = replaced.find((entry) => entry.indicatorId === query.indicator && entry.period === query.period) ?? null;
  const versions = chosen ? await periodHistory(ctx, chosen.indicatorId, chosen.period) : [];
  const batchDates = new Map(versions.map((version) => [version.uploadId, version.uploadedAt]));
  const versionsHref = (indicatorId: string, period: string) => indicatorHistoryPath(ctx.trustSlug, { indicator: indicatorId, period });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Upload history</h1>
        <p>Every batch of indicator figures that came in, and who sent it. Nothing is deleted: a figure that is replaced is kept here as an earlier version.</p>
        <DataInTasks
          trustSlug={ctx.trustSlug}
          canEnterFigures={can(ctx, 'indicator.data')}
          canKeepCatalogue={can(ctx, 'indicator.catalogue')}
          canRecordCore20Plus5={can(ctx, 'trust.core20plus5')}
        />
        <h2 className="nhsuk-heading-m">Uploads and hand entries</h2>
        {uploads.length === 0 ? <p>No figures have come in yet.</p> : <UploadsTable uploads={uploads} />}
        {uploads.length === SHOWN_UPLOADS ? <p>The latest {SHOWN_UPLOADS} are shown.</p> : null}
        <h2 className="nhsuk-heading-m" id="earlier-versions">
          Earlier versions of figures
        </h2>
        {replaced.length === 0 ? (
          <p>No figures have been replaced yet.</p>
        ) : (
          <>
            <p>These indicators and periods have figures that were replaced by a later upload or hand entry.</p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {replaced.map((entry) => (
                <li key={`${entry.indicatorId}-${entry.period}`}>
                  <Link href={versionsHref(entry.indicatorId, entry.period)} aria-current={entry === chosen ? 'true' : undefined}>
                    {names.get(entry.indicatorId) ?? 'An indicator'}, {entry.period}
                  </Link>{' '}
                  ({entry.batches} batches)
                </li>
              ))}
            </ul>
          </>
        )}
        {chosen ? (
          <FigureVersionsTable
            caption={`Every version of ${names.get(chosen.indicatorId) ?? 'the indicator'}, ${chosen.period}`}
            versions={versions}
            batchDates={batchDates}
          />
        ) : null}
      </div>
    </div>
  );
}
