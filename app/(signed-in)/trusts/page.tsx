import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';
import { listUserTrusts } from '@/lib/tenancy/memberships';
import { roleLabel } from '@/lib/tenancy/roles';
import { trustPath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Choose a trust' };

export default async function TrustsPage() {
  const user = await requireUser();
  const trusts = await listUserTrusts(user.id);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Choose a trust</h1>
        {trusts.length === 0 ? (
          <p>You are not a member of any trust yet. Ask your trust administrator to invite you.</p>
        ) : (
          <ul className="nhsuk-list nhsuk-list--border">
            {trusts.map((trust) => (
              <li key={trust.slug}>
                <Link href={trustPath(trust.slug)}>{trust.name}</Link>
                <span className="nhsuk-body-s"> – {roleLabel(trust.role, trust.isChair)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
