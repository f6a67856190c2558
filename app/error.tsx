'use client';

import { useEffect } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { PageShell } from '@/components/layout/page-shell';

/**
 * Shown when something unexpected fails, for example while the database is unreachable. Nothing is
 * lost: trying again once the service is back reloads the page.
 */
export default function ErrorPage({ reset }: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  useEffect(() => {
    document.title = 'Sorry, there is a problem with the service – Fairboard';
  }, []);
  return (
    <>
      <SiteHeader />
      <PageShell>
        <h1>Sorry, there is a problem with the service</h1>
        <p>Try again in a few minutes. Anything you had already saved is safe.</p>
        <button type="button" className="nhsuk-button" onClick={() => reset()}>
          Try again
        </button>
      </PageShell>
    </>
  );
}
