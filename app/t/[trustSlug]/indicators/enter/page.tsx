import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { listIndicators } from '@/lib/indicators/catalogue';
import { BREAKDOWN_LABELS, BREAKDOWNS } from '@/lib/indicators/groups';
import { UNIT_LABELS } from '@/lib/indicators/schemas';
import { FigureEntryForm } from '@/components/indicators/figure-entry-form';
import { indicatorHistoryPath, indicatorUploadPath } from '@/lib/routes/paths';
import { enterFigureAction } from './actions';

export const metadata: Metadata = { title: 'Enter a figure by hand' };

export default async function EnterFigurePage({ params }: PageProps<'/t/[trustSlug]/indicators/enter'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'indicator.data');
  const indicators = (await listIndicators(ctx, { enabledOnly: true })).map((indicator) => ({
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unitLabel: UNIT_LABELS[indicator.unit],
  }));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Enter a figure by hand</h1>
        <p>
          For a few figures at a time. Each is checked by the same rules as a row of an <Link href={indicatorUploadPath(ctx.trustSlug)}>uploaded file</Link>. A
          figure for the same indicator, period, breakdown and group replaces the one saved before, which is kept in the{' '}
          <Link href={indicatorHistoryPath(ctx.trustSlug)}>upload history</Link>.
        </p>
        {indicators.length === 0 ? (
          <p>Your catalogue has no indicators switched on. A trust administrator can switch them on in the catalogue.</p>
        ) : (
          <FigureEntryForm
            action={enterFigureAction.bind(null, ctx.trustSlug)}
            indicators={indicators}
            breakdowns={BREAKDOWNS.map((id) => ({ id, label: BREAKDOWN_LABELS[id] }))}
          />
        )}
      </div>
    </div>
  );
}
