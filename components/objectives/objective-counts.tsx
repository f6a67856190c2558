import type { ObjectiveCountsDto } from '@/lib/objectives/overview';
import { OBJECTIVE_STATUS_TAG_COLOURS, OBJECTIVE_STATUSES, statusLabel } from '@/lib/objectives/status';
import { OverdueTag, StatusTag } from './status-tag';
import { Table } from '@/components/ui/table';

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
      <Table
        caption={<>Objectives by status</>}
        captionSize="s"
        columns={[{ header: 'Status' }, { header: 'Objectives', numeric: true }]}
        rows={[
          ...(counts.overdue > 0
            ? [
                {
                  key: 'overdue',
                  cells: [
                    <>
                      <OverdueTag /> <span className="nhsuk-body-s">(also counted under their status)</span>
                    </>,
                    counts.overdue,
                  ],
                },
              ]
            : []),
          ...OBJECTIVE_STATUSES.map((status) => ({
            key: status,
            cells: [<StatusTag key="status" label={statusLabel(status)} colour={OBJECTIVE_STATUS_TAG_COLOURS[status]} />, counts.byStatus[status]],
          })),
        ]}
      />
    </>
  );
}
