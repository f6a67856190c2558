import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { listIndicators } from '@/lib/indicators/catalogue';
import { UNIT_LABELS } from '@/lib/indicators/schemas';
import { TRUST_TYPE_LABELS } from '@/lib/trusts/labels';
import { SuccessBanner } from '@/components/layout/success-banner';
import { CatalogueTable } from '@/components/indicators/catalogue-table';
import { newLocalIndicatorPath } from '@/lib/routes/paths';
import { setIndicatorEnabledAction } from './actions';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Indicator catalogue' };

export default async function CataloguePage({ params, searchParams }: PageProps<'/t/[trustSlug]/indicators/catalogue'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'indicator.catalogue');
  const indicators = await listIndicators(ctx);
  const addedCode = parseSearchParams(z.object({ added: z.string().optional() }), await searchParams).added;
  const added = indicators.find((indicator) => indicator.origin === 'local' && indicator.code === addedCode);
  const rows = indicators.map((indicator) => ({
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unitLabel: UNIT_LABELS[indicator.unit],
    origin: indicator.origin,
    enabled: indicator.enabled,
    version: indicator.version,
    appliesTo:
      indicator.trustTypes.length === 0
        ? 'for every trust'
        : `for ${indicator.trustTypes.map((type) => TRUST_TYPE_LABELS[type].toLowerCase()).join(', ')} trusts`,
  }));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        {added ? <SuccessBanner>{added.name} is added to your catalogue and switched on.</SuccessBanner> : null}
        <h1>Indicator catalogue</h1>
        <div className="nhsuk-u-reading-width">
          <p>
            The indicators your trust reports on. The national set is drawn from NHS England’s statement on information on health inequalities; those that apply
            to your type of trust start switched on. Switch off any you do not report, and add your own.
          </p>
          <p>Switching an indicator off keeps its figures; new figures for it are refused until it is switched on again.</p>
          <p>
            <Link href={newLocalIndicatorPath(ctx.trustSlug)}>Add a local indicator</Link>
          </p>
        </div>
        <CatalogueTable action={setIndicatorEnabledAction.bind(null, ctx.trustSlug)} indicators={rows} />
      </div>
    </div>
  );
}
