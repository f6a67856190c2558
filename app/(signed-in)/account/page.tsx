import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { SignOutEverywhere } from './sign-out-everywhere';
import { SummaryList } from '@/components/ui/summary-list';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Your account</h1>
        <SummaryList
          rows={[
            { key: 'Name', value: user.displayName },
            { key: 'Email address', value: user.email },
          ]}
        />
        <h2>Sign out everywhere</h2>
        <p>If you signed in on a shared or lost device, end every session you have, including this one.</p>
        <SignOutEverywhere />
      </div>
    </div>
  );
}
