import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { listMembers } from '@/lib/people/queries';
import { BoardMemberForm } from '../../_components/board-member-form';
import { createBoardMemberAction } from '../../actions';
import { peoplePath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Add a board member' };

export default async function NewBoardMemberPage({ params }: PageProps<'/t/[trustSlug]/people/board/new'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'people.manage');
  const members = await listMembers(ctx);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={peoplePath(ctx.trustSlug)}>Back to people</BackLink>
        <BoardMemberForm
          action={createBoardMemberAction.bind(null, ctx.trustSlug)}
          heading="Add a board member"
          submitLabel="Add board member"
          accounts={members.map((m) => ({ userId: m.userId, displayName: m.displayName }))}
        />
      </div>
    </div>
  );
}
