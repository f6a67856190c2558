'use client';

import { useTransition } from 'react';
import { signOut } from 'next-auth/react';
import { signOutEverywhereAction } from './actions';

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
          await signOut({ callbackUrl: '/sign-in?signed-out=1' });
        })
      }
    >
      Sign out everywhere
    </button>
  );
}
