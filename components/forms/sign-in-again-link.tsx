'use client';

import type { MouseEvent } from 'react';
import { saveFormDrafts } from './form-drafts';
import { signInPath } from '@/lib/routes/paths';

/**
 * For a form sent after the session ended: a way to sign in again that keeps what was typed and
 * comes back to this page with it.
 */
export function SignInAgainLink() {
  function keepTyping(event: MouseEvent<HTMLAnchorElement>) {
    const typed = saveFormDrafts();
    const back = `${window.location.pathname}${window.location.search}`;
    event.preventDefault();
    window.location.assign(signInPath({ 'timed-out': typed ? 'kept' : '1', callbackUrl: back }));
  }
  return (
    <a href={signInPath()} onClick={keepTyping}>
      Sign in again
    </a>
  );
}
