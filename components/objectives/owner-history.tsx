import { formatDateTime } from '@/lib/format/dates';
import type { OwnerChangeDto } from '@/lib/objectives/objective-detail-dto';
import { ScrollTable } from '@/components/layout/scroll-table';

type Props = Readonly<{ changes: readonly OwnerChangeDto[]; caption: string }>;

/** Every owner the objective has had, oldest first, with why it changed hands. */
export function OwnerHistory({ changes, caption }: Props) {
  if (changes.length === 0) return <p>No owner has been given yet.</p>;
  return (
    <ScrollTable caption={caption} captionClassName="nhsuk-table__caption nhsuk-table__caption--s">
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            When
          </th>
          <th scope="col" className="nhsuk-table__header">
            Owner
          </th>
          <th scope="col" className="nhsuk-table__header">
            Reason
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {changes.map((change) => (
          <tr key={change.id} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">{formatDateTime(change.changedAt)}</td>
            <td className="nhsuk-table__cell">
              {change.from ? `From ${change.from.name} to ${change.to.name}` : change.to.name}
              {change.to.hasLeft ? ' (has since left the board)' : ''}
            </td>
            <td className="nhsuk-table__cell">
              {change.reason}
              <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0 nhsuk-u-secondary-text-colour">
                By {change.changedBy?.name ?? 'someone no longer with access'}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
