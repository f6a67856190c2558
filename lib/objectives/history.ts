import type { Tx } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import { personOf } from '../format/person-names';
import { displayNames } from '../tenancy/display-names';
import { toBoardMemberRef } from './objective-dto';
import { OBJECTIVE_STATUS_TAG_COLOURS, statusLabel } from './status';
import type { ProgressUpdateDto, OwnerChangeDto, ObjectiveHistory } from './objective-detail-dto';

// An objective's history: its progress updates and every change of owner, read for one or more
// objectives at once (an objective and the earlier years it was carried forward from).

const MEMBER = { select: { id: true, name: true, jobTitle: true, isExecutive: true, endDate: true } } as const;

/** Progress newest first (by date, then latest entered); owner changes oldest first, as a timeline reads. */
export async function readHistories(
  tx: Tx,
  ctx: Pick<TenantContext, 'trustId'>,
  objectiveIds: readonly string[],
  today: string,
): Promise<Map<string, ObjectiveHistory>> {
  const ids = [...objectiveIds];
  // One after the other: an interactive transaction runs on a single connection anyway.
  const updates = await tx.progressUpdate.findMany({
    where: { trustId: ctx.trustId, objectiveId: { in: ids } },
    orderBy: [{ date: 'desc' }, { entryNumber: 'desc' }],
  });
  const changes = await tx.objectiveOwnerChange.findMany({
    where: { trustId: ctx.trustId, objectiveId: { in: ids } },
    orderBy: [{ changedAt: 'asc' }, { entryNumber: 'asc' }],
    include: { fromOwner: MEMBER, toOwner: MEMBER },
  });
  const names = await displayNames(tx, [...updates.map((update) => update.createdById), ...changes.map((change) => change.changedById)]);
  const person = (id: string | null) => personOf(names, id);
  const histories = new Map<string, { progressUpdates: ProgressUpdateDto[]; ownerChanges: OwnerChangeDto[] }>(
    ids.map((id) => [id, { progressUpdates: [], ownerChanges: [] }]),
  );
  for (const update of updates) {
    histories.get(update.objectiveId)?.progressUpdates.push({
      id: update.id,
      objectiveId: update.objectiveId,
      date: update.date,
      status: update.status,
      statusLabel: statusLabel(update.status),
      statusTagColour: OBJECTIVE_STATUS_TAG_COLOURS[update.status],
      measureValue: update.measureValue,
      narrative: update.narrative,
      createdAt: update.createdAt,
      createdBy: person(update.createdById),
    });
  }
  for (const change of changes) {
    histories.get(change.objectiveId)?.ownerChanges.push({
      id: change.id,
      objectiveId: change.objectiveId,
      from: change.fromOwner ? toBoardMemberRef(change.fromOwner, today) : null,
      to: toBoardMemberRef(change.toOwner, today),
      reason: change.reason,
      changedAt: change.changedAt,
      changedBy: person(change.changedById),
    });
  }
  return histories;
}
