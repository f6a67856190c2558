'use client';

import { useEffect } from 'react';

/** Prefixes the page title with "Error: " while a form shows errors, as the NHS pattern asks. */
export function useErrorTitle(hasError: boolean): void {
  useEffect(() => {
    if (!hasError || document.title.startsWith('Error: ')) return;
    const original = document.title;
    const withError = `Error: ${original}`;
    document.title = withError;
    return () => {
      // Leave the title alone if the page has moved on and set its own.
      if (document.title === withError) document.title = original;
    };
  }, [hasError]);
}
