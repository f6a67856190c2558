import { formatDateTime } from '@/lib/format/dates';
import type { OwnerChangeDto } from '@/lib/objectives/objective-detail-dto';
import { Table } from '@/components/ui/table';

type Props = Readonly<{ changes: readonly OwnerChangeDto[]; caption: string }>;

/** Every owner the objective has had, oldest first, with why it changed hands. */
export function OwnerHistory({ changes, caption }: Props) {
  if (changes.length === 0) return <p>No owner has been given yet.</p>;
  return (
    <Table
      caption={caption}
      captionSize="s"
      columns={[{ header: 'When' }, { header: 'Owner' }, { header: 'Reason' }]}
      rows={changes.map((change) => ({
        key: change.id,
        cells: [
          formatDateTime(change.changedAt),
          <>
            {change.from ? `From ${change.from.name} to ${change.to.name}` : change.to.name}
            {change.to.hasLeft ? ' (has since left the board)' : ''}
          </>,
          <>
            {change.reason}
            <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0 nhsuk-u-secondary-text-colour">
              By {change.changedBy?.name ?? 'someone no longer with access'}
            </span>
          </>,
        ],
      }))}
    />
  );
}
