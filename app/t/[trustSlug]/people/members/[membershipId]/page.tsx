import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { getMember } from '@/lib/people/queries';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import { isUuid } from '@/lib/forms/ids';
import { memberSignInDelayedUntil } from '@/lib/people/sign-in-unlock';
import { formatDateTime } from '@/lib/format/dates';
import { SuccessBanner } from '@/components/layout/success-banner';
import { MemberForms } from './member-forms';
import { UnlockSignInForm } from './unlock-sign-in-form';
import { peoplePath } from '@/lib/routes/paths';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Change a member' };

export default async function MemberPage({ params, searchParams }: PageProps<'/t/[trustSlug]/people/members/[membershipId]'>) {
  const { trustSlug, membershipId } = await params;
  const unlocked = parseSearchParams(z.object({ updated: z.literal('unlocked').optional() }), await searchParams).updated !== undefined;
  const ctx = await requireTenantPermission(trustSlug, 'people.manage');
  if (!isUuid(membershipId)) notFound();
  const member = await getMember(ctx, membershipId).catch(notFoundIfMissing);
  const delayedUntil = await memberSignInDelayedUntil(ctx, member.membershipId);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={peoplePath(ctx.trustSlug)}>Back to people</BackLink>
        {unlocked ? <SuccessBanner>{member.displayName} can sign in again now.</SuccessBanner> : null}
        <p className="nhsuk-caption-l">{member.email}</p>
        <MemberForms
          trustSlug={ctx.trustSlug}
          membershipId={member.membershipId}
          displayName={member.displayName}
          role={member.role}
          isChair={member.isChair}
        />
        <UnlockSignInForm
          trustSlug={ctx.trustSlug}
          membershipId={member.membershipId}
          displayName={member.displayName}
          delayedUntil={delayedUntil ? formatDateTime(delayedUntil) : null}
        />
      </div>
    </div>
  );
}
