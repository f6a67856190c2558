import { formatDate, formatDateTime } from '@/lib/format/dates';
import type { ProgressUpdateDto } from '@/lib/objectives/objective-detail-dto';
import { StatusTag } from './status-tag';
import { ScrollTable } from '@/components/layout/scroll-table';

type Props = Readonly<{ updates: readonly ProgressUpdateDto[]; unit: string; caption: string }>;

/** Progress updates, newest first, each with who recorded it. */
export function ProgressHistory({ updates, unit, caption }: Props) {
  if (updates.length === 0) return <p>No progress has been recorded yet.</p>;
  return (
    <ScrollTable caption={caption} captionClassName="nhsuk-table__caption nhsuk-table__caption--s">
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Date
          </th>
          <th scope="col" className="nhsuk-table__header">
            Status
          </th>
          <th scope="col" className="nhsuk-table__header">
            Value of the measure
          </th>
          <th scope="col" className="nhsuk-table__header">
            What is happening
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {updates.map((update) => (
          <tr key={update.id} className="nhsuk-table__row">
            <td className="nhsuk-table__cell app-nowrap">{formatDate(update.date)}</td>
            <td className="nhsuk-table__cell">
              <StatusTag label={update.statusLabel} colour={update.statusTagColour} />
            </td>
            <td className="nhsuk-table__cell">{update.measureValue === null ? 'Not given' : `${update.measureValue}${unit ? ` ${unit}` : ''}`}</td>
            <td className="nhsuk-table__cell">
              <span style={{ whiteSpace: 'pre-line' }}>{update.narrative || 'No comment'}</span>
              <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0 nhsuk-u-secondary-text-colour">
                Recorded by {update.createdBy?.name ?? 'someone no longer with access'} on {formatDateTime(update.createdAt)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
