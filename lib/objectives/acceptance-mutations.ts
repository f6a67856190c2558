import { withTenant } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import type { TenantContext } from '../tenancy/context';
import type { ObjectiveAcceptance, ObjectiveRow } from './objective-dto';
import { lockObjective } from './objective-rows';
import { isOwnedByUser } from './progress-mutations';
import type { RespondToObjectiveInput } from './schemas';

// The owner's answer to an agreed objective. Agreement asks the owner (acceptance 'pending'; the
// reminders job e-mails them, or writes to the outbox, until they answer); the owner accepts it or
// asks for a change with a reason, which the board overview shows. Only the owner answers, whatever
// their role. The answer does not change the objective's version: an edit form left open stays valid.

export type ObjectiveAnswer = Readonly<{ id: string; acceptance: ObjectiveAcceptance }>;

export async function respondToObjective(ctx: TenantContext, input: RespondToObjectiveInput, now = new Date()): Promise<ObjectiveAnswer> {
  return withTenant(ctx, async (tx) => {
    const row = await lockObjective(tx, ctx, input.objectiveId);
    if (!(await isOwnedByUser(tx, ctx, row))) throw new AppError('FORBIDDEN', 'Only the owner of this objective can accept it or ask for a change.');
    if (row.agreedAt === null || row.acceptance === null)
      throw new AppError('INVALID_STATE', 'This objective has not been agreed yet, so there is nothing to accept.');
    if (input.answer === 'accept' && row.acceptance === 'accepted') throw new AppError('INVALID_STATE', 'You have already accepted this objective.');
    const acceptance: ObjectiveAcceptance = input.answer === 'accept' ? 'accepted' : 'change_requested';
    await tx.objective.update({
      where: { id: row.id, trustId: ctx.trustId },
      data: { acceptance, acceptanceAt: now, acceptanceById: ctx.userId, ...(acceptance === 'change_requested' ? { changeRequest: input.changeRequest } : {}) },
    });
    return { id: row.id, acceptance };
  });
}

/** What agreement records: the owner is asked, and the target and due date are kept to flag later moves. */
export function agreementFields(row: Pick<ObjectiveRow, 'target' | 'dueDate'>) {
  return { acceptance: 'pending' as const, acceptanceAt: null, acceptanceById: null, agreedTarget: row.target, agreedDueDate: row.dueDate };
}

/**
 * After an agreed objective is edited or given a new owner: the owner is asked again when they had
 * asked for a change, when the target or due date moved, or when the owner is someone new.
 */
export function acceptanceAfterChange(
  row: Pick<ObjectiveRow, 'agreedAt' | 'acceptance' | 'target' | 'dueDate'>,
  next: Readonly<{ target?: number | null; dueDate?: Date | null; ownerChanged?: boolean }>,
) {
  if (row.agreedAt === null || row.acceptance === 'pending') return {};
  const moved = (next.target !== undefined && next.target !== row.target) || (next.dueDate !== undefined && next.dueDate?.getTime() !== row.dueDate?.getTime());
  return row.acceptance === 'change_requested' || moved || next.ownerChanged
    ? { acceptance: 'pending' as const, acceptanceAt: null, acceptanceById: null }
    : {};
}
