'use client';

import { useLayoutEffect } from 'react';

/**
 * nhsuk-frontend's components refuse to start unless <body> carries the classes its inline snippet
 * adds. When Next.js renders a page on the client (a 404 or an error boundary), the snippet does not
 * run again, so we add the classes before any component's effects start.
 */
export function FrontendSupport() {
  useLayoutEffect(() => {
    document.body.classList.add('js-enabled');
    if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('nhsuk-frontend-supported');
  }, []);
  return null;
}
