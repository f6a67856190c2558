import type { ObjectiveCountsDto } from '@/lib/objectives/overview';
import { OBJECTIVE_STATUS_TAG_COLOURS, OBJECTIVE_STATUSES, statusLabel } from '@/lib/objectives/status';
import { OverdueTag, StatusTag } from './status-tag';
import { ScrollTable } from '@/components/layout/scroll-table';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "12 objectives: 9 agreed, 2 overdue", then how many have each status. */
export function ObjectiveCounts({ counts, yearLabel }: Readonly<{ counts: ObjectiveCountsDto; yearLabel: string }>) {
  return (
    <>
      <p className="nhsuk-body-l" id="objective-counts">
        {plural(counts.total, 'objective', 'objectives')} for {yearLabel}: {counts.agreed} agreed, {counts.overdue} overdue, {counts.notAccepted} not yet
        accepted by
        {counts.notAccepted === 1 ? ' its owner' : ' their owners'}, {counts.needAttention} {counts.needAttention === 1 ? 'needs' : 'need'} attention.
      </p>
      <ScrollTable caption={<>Objectives by status</>} captionClassName="nhsuk-table__caption nhsuk-table__caption--s">
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Status
            </th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              Objectives
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {counts.overdue > 0 ? (
            <tr className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                <OverdueTag /> <span className="nhsuk-body-s">(also counted under their status)</span>
              </td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{counts.overdue}</td>
            </tr>
          ) : null}
          {OBJECTIVE_STATUSES.map((status) => (
            <tr key={status} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                <StatusTag label={statusLabel(status)} colour={OBJECTIVE_STATUS_TAG_COLOURS[status]} />
              </td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{counts.byStatus[status]}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
