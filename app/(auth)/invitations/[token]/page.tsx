import type { Metadata } from 'next';
import { viewInvitation } from '@/lib/people/accept-invitation';
import { isAppError } from '@/lib/errors/app-error';
import { AcceptInvitationForm } from './accept-invitation-form';

export const metadata: Metadata = { title: 'Accept your invitation' };

export default async function InvitationPage({ params }: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const view = await viewInvitation(token).catch((error: unknown) => {
    if (isAppError(error)) return { problem: error.message };
    throw error;
  });
  if ('problem' in view) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>You cannot use this invitation</h1>
          <p>{view.problem}</p>
          <p>
            <a href="/sign-in">Go to sign in</a>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <AcceptInvitationForm token={token} trustName={view.trustName} email={view.email} hasAccount={view.hasAccount} />
      </div>
    </div>
  );
}
