import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isEntraEnabled } from '@/lib/auth/options';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { SignInForm } from './sign-in-form';
import { EntraSignInButton } from './entra-sign-in-button';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: Readonly<{ searchParams: SearchParams }>) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {params['signed-out'] ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>You have signed out.</p>
          </div>
        ) : null}
        {params.accepted ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>Your invitation has been accepted. Sign in with your email address and password.</p>
          </div>
        ) : null}
        <h1>Sign in to Fairboard</h1>
        <p>Use the email address your trust invited you with.</p>
        {isEntraEnabled() ? <EntraSignInButton callbackUrl={callbackUrl} /> : null}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
