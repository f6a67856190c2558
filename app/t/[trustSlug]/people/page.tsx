import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { listBoardMembers, listMembers, listPendingInvitations } from '@/lib/people/queries';
import { MembersTable } from './_components/members-table';
import { BoardMembersTable } from './_components/board-members-table';
import { PendingInvitations } from './_components/pending-invitations';
import { SuccessBanner } from '@/components/layout/success-banner';
import { dataExportPath, invitePath, newBoardMemberPath } from '@/lib/routes/paths';
import { z } from 'zod';
import { keyOf, parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'People' };

const UPDATE_MESSAGES = {
  member: 'The member’s role has been changed.',
  removed: 'The member has been removed from this trust.',
  'board-member': 'The board member’s details have been saved.',
  'board-member-ended': 'The board member has been recorded as having left.',
} as const;

const querySchema = z.object({ updated: keyOf(UPDATE_MESSAGES) });

export default async function PeoplePage({ params, searchParams }: PageProps<'/t/[trustSlug]/people'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'people.manage');
  const { updated } = parseSearchParams(querySchema, await searchParams);
  const [members, invitations, boardMembers] = await Promise.all([listMembers(ctx), listPendingInvitations(ctx), listBoardMembers(ctx)]);
  return (
    <>
      {updated ? <SuccessBanner>{UPDATE_MESSAGES[updated]}</SuccessBanner> : null}
      <h1>People</h1>
      <p>Everyone who can sign in to Fairboard for this trust, and the named people on its board.</p>
      <h2>People with access</h2>
      <p>
        <Link className="nhsuk-button nhsuk-button--secondary" href={invitePath(ctx.trustSlug)}>
          Invite someone
        </Link>
      </p>
      <MembersTable members={members} trustSlug={ctx.trustSlug} currentUserId={ctx.userId} />
      <PendingInvitations invitations={invitations} trustSlug={ctx.trustSlug} />
      <h2>Board members</h2>
      <p>Objectives are assigned to these people. They do not need an account.</p>
      <p>
        <Link className="nhsuk-button nhsuk-button--secondary" href={newBoardMemberPath(ctx.trustSlug)}>
          Add a board member
        </Link>
      </p>
      <BoardMembersTable boardMembers={boardMembers} trustSlug={ctx.trustSlug} />
      <h2>This trust’s data</h2>
      <p>
        <Link href={dataExportPath(ctx.trustSlug)}>Download all this trust’s data</Link>, including the audit trail, as one file.
      </p>
    </>
  );
}
