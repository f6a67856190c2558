'use client';

import { signIn } from 'next-auth/react';

export function EntraSignInButton({ callbackUrl }: Readonly<{ callbackUrl: string }>) {
  return (
    <p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void signIn('azure-ad', { callbackUrl })}>
        Sign in with NHSmail
      </button>
    </p>
  );
}
