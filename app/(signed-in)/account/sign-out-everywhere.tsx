'use client';

import { useTransition } from 'react';
import { signOut } from 'next-auth/react';
import { signOutEverywhereAction } from './actions';
import { signInPath } from '@/lib/routes/paths';

export function SignOutEverywhere() {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--warning"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutEverywhereAction();
          await signOut({ callbackUrl: signInPath({ 'signed-out': '1' }) });
        })
      }
    >
      Sign out everywhere
    </button>
  );
}
