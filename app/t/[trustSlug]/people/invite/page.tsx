import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { InviteForm } from './invite-form';
import { peoplePath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Invite someone' };

export default async function InvitePage({ params }: PageProps<'/t/[trustSlug]/people/invite'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'people.manage');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={peoplePath(ctx.trustSlug)}>Back to people</BackLink>
        <InviteForm trustSlug={ctx.trustSlug} />
      </div>
    </div>
  );
}
