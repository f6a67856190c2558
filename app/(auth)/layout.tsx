import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { PageShell } from '@/components/layout/page-shell';

export default function AuthLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <>
      <SiteHeader />
      <PageShell>{children}</PageShell>
    </>
  );
}
