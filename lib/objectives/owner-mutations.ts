import { acceptanceAfterChange } from './acceptance-mutations';
import { ukDateOf } from '../calendar/financial-year';
import { withTenant } from '../db/with-tenant';
import { fieldError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { FIRST_OWNER_REASON, type ObjectiveVersion } from './mutations';
import { assertExpectedVersion, findAssignableBoardMember, lockObjective } from './objective-rows';
import type { AssignOwnerInput } from './schemas';
import { isExecutiveObjective } from './smart-completeness';

/**
 * Gives the objective its owner, or a new one when an executive leaves or portfolios change. Each
 * assignment is kept as a row of the objective's owner history, with who made it and why; an
 * agreed objective stays agreed. When the supporting lead becomes the owner, the objective no
 * longer has a supporting lead.
 */
export async function assignOwner(ctx: TenantContext, input: AssignOwnerInput, now = new Date()): Promise<ObjectiveVersion> {
  assertCan(ctx, 'objective.manage');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const row = await lockObjective(tx, ctx, input.objectiveId);
    assertExpectedVersion(row, input.expectedVersion);
    if (row.ownerId === input.ownerId) {
      const message = `${row.owner?.name ?? 'This person'} already owns this objective`;
      throw fieldError('ownerId', message);
    }
    if (row.ownerId !== null && input.reason === '') {
      const message = 'Say why the owner is changing, for example a change of portfolio or the owner leaving';
      throw fieldError('reason', message);
    }
    await findAssignableBoardMember(tx, ctx, input.ownerId, today, {
      field: 'ownerId',
      role: 'owner',
      requireExecutive: isExecutiveObjective(row.catalogueRefs),
    });
    const updated = await tx.objective.update({
      where: { id: row.id, trustId: ctx.trustId },
      data: {
        ownerId: input.ownerId,
        ...(row.supportingLeadId === input.ownerId ? { supportingLeadId: null } : {}),
        ...acceptanceAfterChange(row, { ownerChanged: true }),
        updatedById: ctx.userId,
        version: { increment: 1 },
      },
      select: { id: true, version: true },
    });
    await tx.objectiveOwnerChange.create({
      data: {
        trustId: ctx.trustId,
        objectiveId: row.id,
        fromOwnerId: row.ownerId,
        toOwnerId: input.ownerId,
        reason: input.reason === '' ? FIRST_OWNER_REASON : input.reason,
        changedAt: now,
        changedById: ctx.userId,
      },
    });
    return updated;
  });
}
