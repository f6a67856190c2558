import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { LocalIndicatorForm } from '@/components/indicators/local-indicator-form';
import { indicatorCataloguePath } from '@/lib/routes/paths';
import { addLocalIndicatorAction } from '../actions';

export const metadata: Metadata = { title: 'Add a local indicator' };

export default async function AddLocalIndicatorPage({ params }: PageProps<'/t/[trustSlug]/indicators/catalogue/new'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'indicator.catalogue');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={indicatorCataloguePath(ctx.trustSlug)}>Back to the catalogue</BackLink>
        <h1>Add a local indicator</h1>
        <p>
          An indicator your trust measures for itself, beside the national set. Once added it is switched on, and figures for it can be uploaded like any other.
        </p>
        <LocalIndicatorForm action={addLocalIndicatorAction.bind(null, ctx.trustSlug)} />
      </div>
    </div>
  );
}
