import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { getBoardMember, listMembers } from '@/lib/people/queries';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import { isUuid } from '@/lib/forms/ids';
import { dateParts } from '@/lib/format/dates';
import { BoardMemberForm } from '../../_components/board-member-form';
import { updateBoardMemberAction } from '../../actions';
import { peoplePath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Change a board member' };

export default async function EditBoardMemberPage({ params }: PageProps<'/t/[trustSlug]/people/board/[boardMemberId]'>) {
  const { trustSlug, boardMemberId } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'people.manage');
  if (!isUuid(boardMemberId)) notFound();
  const [member, members] = await Promise.all([getBoardMember(ctx, boardMemberId).catch(notFoundIfMissing), listMembers(ctx)]);
  const start = dateParts(member.startDate);
  const end = dateParts(member.endDate);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={peoplePath(ctx.trustSlug)}>Back to people</BackLink>
        <BoardMemberForm
          action={updateBoardMemberAction.bind(null, ctx.trustSlug)}
          heading={`Change ${member.name}`}
          submitLabel="Save changes"
          boardMemberId={member.id}
          accounts={members.map((m) => ({ userId: m.userId, displayName: m.displayName }))}
          initial={{
            name: member.name,
            jobTitle: member.jobTitle,
            kind: member.isExecutive ? 'executive' : 'non-executive',
            roleAreas: member.roleAreas,
            'startDate-day': start.day,
            'startDate-month': start.month,
            'startDate-year': start.year,
            'endDate-day': end.day,
            'endDate-month': end.month,
            'endDate-year': end.year,
            userId: member.userId ?? '',
          }}
        />
      </div>
    </div>
  );
}
