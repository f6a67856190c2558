import Link from 'next/link';
import type { BoardMemberDto } from '@/lib/people/people-dto';
import { roleAreaLabel } from '@/lib/catalogue/role-areas';
import { formatDate } from '@/lib/format/dates';
import { ScrollTable } from '@/components/layout/scroll-table';
import { boardMemberPath } from '@/lib/routes/paths';

type Props = Readonly<{ boardMembers: readonly BoardMemberDto[]; trustSlug: string }>;

export function BoardMembersTable({ boardMembers, trustSlug }: Props) {
  if (boardMembers.length === 0) return <p>No board members have been added yet.</p>;
  return (
    <ScrollTable caption={<>Board members</>} captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden">
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Name and job title
          </th>
          <th scope="col" className="nhsuk-table__header">
            Role areas
          </th>
          <th scope="col" className="nhsuk-table__header">
            On the board
          </th>
          <th scope="col" className="nhsuk-table__header">
            <span className="nhsuk-u-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {boardMembers.map((member) => (
          <tr key={member.id} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">
              {member.name}
              <br />
              <span className="nhsuk-body-s">
                {member.jobTitle} ({member.isExecutive ? 'executive' : 'non-executive'})
              </span>
            </td>
            <td className="nhsuk-table__cell">{member.roleAreas.map(roleAreaLabel).join(', ')}</td>
            <td className="nhsuk-table__cell">
              From {formatDate(member.startDate)}
              {member.endDate ? ` to ${formatDate(member.endDate)}` : ''}
              {member.isCurrent ? null : <strong className="nhsuk-tag nhsuk-tag--grey nhsuk-u-margin-left-2">Left</strong>}
            </td>
            <td className="nhsuk-table__cell">
              <Link href={boardMemberPath(trustSlug, member.id)}>
                Change<span className="nhsuk-u-visually-hidden"> {member.name}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
