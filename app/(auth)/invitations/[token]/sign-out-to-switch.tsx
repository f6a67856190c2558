'use client';

import { signOut } from 'next-auth/react';

/** Signs out and opens sign-in, which brings the invitee back to the invitation afterwards. */
export function SignOutToSwitch({ signInHref }: Readonly<{ signInHref: string }>) {
  return (
    <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void signOut({ callbackUrl: signInHref })}>
      Sign out
    </button>
  );
}
