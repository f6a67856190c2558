import { ukDateOf } from '../calendar/financial-year';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError, fieldError } from '../errors/app-error';
import { formatDate } from '../format/dates';
import { can } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import type { ObjectiveRow } from './objective-dto';
import { lockObjective } from './objective-rows';
import type { RecordProgressInput } from './schemas';
import { dateFromIso, isoDateOf } from '../calendar/calendar-dates';
import { requiresNarrative, type ObjectiveStatus } from './status';

export type RecordedProgress = Readonly<{ id: string; objectiveId: string; currentStatus: ObjectiveStatus }>;

/** True when the signed-in user is the board member who owns the objective. */
export async function isOwnedByUser(tx: Tx, ctx: TenantContext, row: Pick<ObjectiveRow, 'ownerId'>): Promise<boolean> {
  if (row.ownerId === null) return false;
  const owner = await tx.boardMember.findFirst({ where: { id: row.ownerId, trustId: ctx.trustId, userId: ctx.userId }, select: { id: true } });
  return owner !== null;
}

/**
 * Adds a progress update. The owner records progress on their own objectives; the executive lead
 * and administrators ('objective.update') on any. The objective's current status becomes that of
 * its latest update by date, so a backdated update does not overwrite a newer one. A completed
 * objective takes no more updates.
 */
export async function recordProgress(ctx: TenantContext, input: RecordProgressInput, now = new Date()): Promise<RecordedProgress> {
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const row = await lockObjective(tx, ctx, input.objectiveId);
    if (!can(ctx, 'objective.update') && !(await isOwnedByUser(tx, ctx, row))) {
      throw new AppError('FORBIDDEN', 'Only the owner of this objective, the executive lead or an administrator can record its progress.');
    }
    if (row.currentStatus === 'complete') {
      throw new AppError('INVALID_STATE', 'This objective is complete, so no more progress can be recorded against it.');
    }
    if (row.agreedAt === null) {
      throw new AppError('INVALID_STATE', 'Progress can be recorded once the objective has been agreed.');
    }
    if (input.date > today) throw fieldError('date', 'The date of the update must be today or in the past');
    if (row.startDate && input.date < isoDateOf(row.startDate)) {
      throw fieldError('date', `The date of the update must be on or after the objective’s start date, ${formatDate(row.startDate)}`);
    }
    const narrative = input.narrative.trim();
    if (requiresNarrative(input.status) && narrative === '') {
      throw fieldError('narrative', 'Say why it is at risk or off track and what is being done about it');
    }
    const created = await tx.progressUpdate.create({
      data: {
        trustId: ctx.trustId,
        objectiveId: row.id,
        date: dateFromIso(input.date),
        status: input.status,
        measureValue: input.measureValue,
        narrative,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    const latest = await tx.progressUpdate.findFirst({
      where: { trustId: ctx.trustId, objectiveId: row.id },
      orderBy: [{ date: 'desc' }, { entryNumber: 'desc' }],
      select: { status: true },
    });
    const currentStatus = latest?.status ?? input.status;
    if (currentStatus !== row.currentStatus) {
      // Progress does not change the version: an edit form left open stays valid.
      await tx.objective.update({ where: { id: row.id, trustId: ctx.trustId }, data: { currentStatus, updatedById: ctx.userId } });
    }
    return { id: created.id, objectiveId: row.id, currentStatus };
  });
}
