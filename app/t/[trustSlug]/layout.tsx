import { SiteHeader } from '@/components/layout/site-header';
import { PageShell } from '@/components/layout/page-shell';
import { trustNavigation } from '@/components/layout/trust-navigation';
import { requireTenantAndUser } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { IdleWarning } from '@/components/layout/idle-warning';
import { RestoredDraftNotice } from '@/components/layout/restored-draft-notice';
import { trustPath } from '@/lib/routes/paths';

/** Display only: the trust's name and menu. Every page and action checks membership itself. */
export default async function TrustLayout({ children, params }: LayoutProps<'/t/[trustSlug]'>) {
  const { trustSlug } = await params;
  const { ctx, user } = await requireTenantAndUser(trustSlug);
  return (
    <>
      <SiteHeader
        userName={user.displayName}
        homeHref={trustPath(ctx.trustSlug)}
        navigation={trustNavigation({ trustSlug: ctx.trustSlug, canManagePeople: can(ctx, 'people.manage'), canReadIndicators: can(ctx, 'indicator.view') })}
      />
      <PageShell context={ctx.trustName}>
        <RestoredDraftNotice userId={user.id} />
        {children}
      </PageShell>
      <IdleWarning userId={user.id} />
    </>
  );
}
