'use client';

import { useEffect } from 'react';

/**
 * Keeps the document's title as given. Next.js streams the refused page's own metadata after the
 * permission page has set its title, which would leave the tab named after a page the person cannot
 * use; the title is put back whenever the head changes.
 */
export function PinnedTitle({ title }: Readonly<{ title: string }>) {
  useEffect(() => {
    const pin = () => {
      if (document.title !== title) document.title = title;
    };
    pin();
    const observer = new MutationObserver(pin);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return null;
}
