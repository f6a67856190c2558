import Link from 'next/link';
import type { MemberDto } from '@/lib/people/people-dto';
import { roleLabel } from '@/lib/tenancy/roles';
import { ScrollTable } from '@/components/layout/scroll-table';
import { memberPath } from '@/lib/routes/paths';

type Props = Readonly<{ members: readonly MemberDto[]; trustSlug: string; currentUserId: string }>;

export function MembersTable({ members, trustSlug, currentUserId }: Props) {
  return (
    <ScrollTable caption={<>People with access</>} captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden">
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Name
          </th>
          <th scope="col" className="nhsuk-table__header">
            Email address
          </th>
          <th scope="col" className="nhsuk-table__header">
            Role
          </th>
          <th scope="col" className="nhsuk-table__header">
            <span className="nhsuk-u-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {members.map((member) => (
          <tr key={member.membershipId} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">
              {member.displayName}
              {member.userId === currentUserId ? ' (you)' : ''}
              {member.disabled ? <strong className="nhsuk-tag nhsuk-tag--grey nhsuk-u-margin-left-2">Disabled</strong> : null}
            </td>
            <td className="nhsuk-table__cell">{member.email}</td>
            <td className="nhsuk-table__cell">{roleLabel(member.role, member.isChair)}</td>
            <td className="nhsuk-table__cell">
              <Link href={memberPath(trustSlug, member.membershipId)}>
                Change<span className="nhsuk-u-visually-hidden"> {member.displayName}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
