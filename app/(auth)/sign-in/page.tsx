import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isEntraEnabled } from '@/lib/auth/options';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { SESSION_IDLE_MS } from '@/lib/auth/session-timing';
import { SignInForm } from './sign-in-form';
import { EntraSignInButton } from './entra-sign-in-button';
import { SuccessBanner } from '@/components/layout/success-banner';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Sign in' };

const querySchema = z.object({
  callbackUrl: z.string().optional(),
  accepted: z.string().optional(),
  'signed-out': z.string().optional(),
  'timed-out': z.string().optional(),
});

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const params = parseSearchParams(querySchema, await searchParams);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {params['signed-out'] ? <SuccessBanner>You have signed out.</SuccessBanner> : null}
        {params.accepted ? (
          <SuccessBanner>
            Thank you. Sign in with your email address to continue. If you already had a Fairboard account, use your existing password: it has not changed.
          </SuccessBanner>
        ) : null}
        {params['timed-out'] ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              You were signed out because there was no activity for {SESSION_IDLE_MS / 60_000} minutes. Sign in again to go back to the page you were on
              {params['timed-out'] === 'kept' ? ', with what you had typed put back' : ''}.
            </p>
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
