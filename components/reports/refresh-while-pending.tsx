'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/**
 * While an export is being prepared, asks the server for the page again every few seconds (the
 * page itself says what is happening in a live region). Stops by itself after ten minutes, by
 * which time a stopped export has been marked failed; the page has a link to check by hand.
 */
export function RefreshWhilePending({ intervalMs = 2000 }: Readonly<{ intervalMs?: number }>) {
  const router = useRouter();
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started > 10 * 60_000) window.clearInterval(timer);
      else router.refresh();
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [router, intervalMs]);
  return null;
}
