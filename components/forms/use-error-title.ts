'use client';

import { useEffect } from 'react';

const PREFIX = 'Error: ';

/**
 * Prefixes the page title with "Error: " while a form shows errors, as the NHS pattern asks. Next.js
 * may set the page's own title after this runs (metadata streams in), so the prefix is put back
 * whenever the title changes.
 */
export function useErrorTitle(hasError: boolean): void {
  useEffect(() => {
    if (!hasError) return;
    const prefix = () => {
      if (!document.title.startsWith(PREFIX)) document.title = `${PREFIX}${document.title}`;
    };
    prefix();
    const observer = new MutationObserver(prefix);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (document.title.startsWith(PREFIX)) document.title = document.title.slice(PREFIX.length);
    };
  }, [hasError]);
}
