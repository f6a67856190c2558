'use client';

import { signOut } from 'next-auth/react';
import { signInPath } from '@/lib/routes/paths';

/** Ends the session on the server (next-auth's signOut event revokes it) and returns to sign-in. */
export function SignOutButton() {
  return (
    <button type="button" className="nhsuk-header__account-button" onClick={() => void signOut({ callbackUrl: signInPath({ 'signed-out': '1' }) })}>
      Sign out
    </button>
  );
}
