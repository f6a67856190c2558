import type { Metadata } from 'next';
import { SiteHeader } from '@/components/layout/site-header';
import { PageShell } from '@/components/layout/page-shell';
import { trustsPath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <PageShell>
        <h1>Page not found</h1>
        <p>If you typed the web address, check it is correct.</p>
        <p>If you pasted the web address, check you copied the entire address.</p>
        <p>
          <a href={trustsPath()}>Go to your trusts</a>
        </p>
      </PageShell>
    </>
  );
}
