import { formatDate, formatDateTime } from '@/lib/format/dates';
import type { ProgressUpdateDto } from '@/lib/objectives/objective-detail-dto';
import { StatusTag } from './status-tag';
import { Table } from '@/components/ui/table';

type Props = Readonly<{ updates: readonly ProgressUpdateDto[]; unit: string; caption: string }>;

/** Progress updates, newest first, each with who recorded it. */
export function ProgressHistory({ updates, unit, caption }: Props) {
  if (updates.length === 0) return <p>No progress has been recorded yet.</p>;
  return (
    <Table
      caption={caption}
      captionSize="s"
      columns={[{ header: 'Date', cellClassName: 'app-nowrap' }, { header: 'Status' }, { header: 'Value of the measure' }, { header: 'What is happening' }]}
      rows={updates.map((update) => ({
        key: update.id,
        cells: [
          formatDate(update.date),
          <StatusTag key="status" label={update.statusLabel} colour={update.statusTagColour} />,
          update.measureValue === null ? 'Not given' : `${update.measureValue}${unit ? ` ${unit}` : ''}`,
          <>
            <span style={{ whiteSpace: 'pre-line' }}>{update.narrative || 'No comment'}</span>
            <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0 nhsuk-u-secondary-text-colour">
              Recorded by {update.createdBy?.name ?? 'someone no longer with access'} on {formatDateTime(update.createdAt)}
            </span>
          </>,
        ],
      }))}
    />
  );
}
