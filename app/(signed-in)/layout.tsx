import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { PageShell } from '@/components/layout/page-shell';
import { getCurrentUser } from '@/lib/auth/current-user';
import { IdleWarning } from '@/components/layout/idle-warning';
import { RestoredDraftNotice } from '@/components/layout/restored-draft-notice';
import { trustsPath } from '@/lib/routes/paths';

/** Display only: each page makes its own sign-in check. */
export default async function SignedInLayout({ children }: Readonly<{ children: ReactNode }>) {
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader userName={user?.displayName} homeHref={trustsPath()} />
      <PageShell>
        {user ? <RestoredDraftNotice userId={user.id} /> : null}
        {children}
      </PageShell>
      {user ? <IdleWarning userId={user.id} /> : null}
    </>
  );
}
