'use client';

import { useEffect } from 'react';

/**
 * nhsuk-frontend 10's header closes its "More" menu on Escape but leaves focus on the link that was
 * just hidden, so it falls to the page body. This puts it back on the menu's toggle button first.
 */
export function HeaderMenuEscape() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      const toggle = document.querySelector<HTMLButtonElement>('.nhsuk-header__menu-toggle[aria-expanded="true"]');
      const menu = toggle?.closest('.nhsuk-header__menu');
      if (toggle && menu?.contains(document.activeElement)) toggle.focus();
    }
    // Capture, so this runs before the header's own handler hides the menu.
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);
  return null;
}
