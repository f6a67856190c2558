import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { SignOutEverywhere } from './sign-out-everywhere';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Your account</h1>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Name</dt>
            <dd className="nhsuk-summary-list__value">{user.displayName}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Email address</dt>
            <dd className="nhsuk-summary-list__value">{user.email}</dd>
          </div>
        </dl>
        <h2>Sign out everywhere</h2>
        <p>If you signed in on a shared or lost device, end every session you have, including this one.</p>
        <SignOutEverywhere />
      </div>
    </div>
  );
}
