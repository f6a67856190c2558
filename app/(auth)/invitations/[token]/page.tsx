import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { findAcceptedInvitationFor, viewInvitation } from '@/lib/people/accept-invitation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isAppError } from '@/lib/errors/app-error';
import { AcceptInvitationForm } from './accept-invitation-form';
import { ConfirmInvitationForm } from './confirm-invitation-form';
import { SignOutToSwitch } from './sign-out-to-switch';
import { invitationPath, signInPath, trustPath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Accept your invitation' };

function Column({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

export default async function InvitationPage({ params }: Pick<PageProps<'/invitations/[token]'>, 'params'>) {
  const { token } = await params;
  const user = await getCurrentUser();
  const signInHref = signInPath({ callbackUrl: invitationPath(token) });
  const view = await viewInvitation(token).catch((error: unknown) => {
    if (isAppError(error)) return { problem: error.message };
    throw error;
  });
  if ('problem' in view) {
    // The invitee who has just created their account and signed in goes on to the trust.
    const accepted = user ? await findAcceptedInvitationFor(token, user) : null;
    if (accepted) redirect(trustPath(accepted.trustSlug));
    return (
      <Column>
        <h1>You cannot use this invitation</h1>
        <p>{view.problem}</p>
        <p>
          <a href={signInPath()}>Go to sign in</a>
        </p>
      </Column>
    );
  }
  if (!user) {
    return (
      <Column>
        <AcceptInvitationForm token={token} trustName={view.trustName} email={view.email} signInHref={signInHref} />
      </Column>
    );
  }
  if (user.email.toLowerCase() !== view.email) {
    return (
      <Column>
        <h1>This invitation is for a different email address</h1>
        <p>
          This invitation to join {view.trustName} is for <strong>{view.email}</strong>, but you are signed in as <strong>{user.email}</strong>.
        </p>
        <p>To accept it, sign out, then sign in as {view.email}. You will come back to this page.</p>
        <SignOutToSwitch signInHref={signInHref} />
      </Column>
    );
  }
  return (
    <Column>
      <ConfirmInvitationForm token={token} trustName={view.trustName} email={view.email} />
    </Column>
  );
}
