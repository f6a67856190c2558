import { formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import { withTenant } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { isUuid } from '../forms/ids';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { readHistories } from './history';
import { toBoardMemberRef, toSummaryDto } from './objective-dto';
import { findObjectiveRows } from './objective-rows';
import { countObjectives } from './overview';
import { compareForOverview } from './status';
import type { OwnerStatementDto } from './owner-statement-dto';

const BOARD_MEMBER_NOT_FOUND = 'That board member could not be found';

export async function getOwnerStatement(ctx: TenantContext, boardMemberId: string, financialYear: number, now = new Date()): Promise<OwnerStatementDto> {
  assertCan(ctx, 'objective.view');
  if (!isUuid(boardMemberId)) throw new AppError('NOT_FOUND', BOARD_MEMBER_NOT_FOUND);
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const member = await tx.boardMember.findFirst({
      where: { id: boardMemberId, trustId: ctx.trustId },
      select: { id: true, name: true, jobTitle: true, isExecutive: true, endDate: true, roleAreas: true },
    });
    if (!member) throw new AppError('NOT_FOUND', BOARD_MEMBER_NOT_FOUND);
    const rows = await findObjectiveRows(tx, ctx, { financialYear, ownerId: member.id });
    const objectives = rows.map((row) => toSummaryDto(row, today)).sort(compareForOverview);
    const histories = await readHistories(
      tx,
      ctx,
      objectives.map((objective) => objective.id),
      today,
    );
    const handovers = await tx.objectiveOwnerChange.findMany({
      where: { trustId: ctx.trustId, fromOwnerId: member.id, objective: { financialYear, trustId: ctx.trustId } },
      orderBy: [{ changedAt: 'asc' }, { entryNumber: 'asc' }],
      include: { objective: { select: { title: true } }, toOwner: { select: { id: true, name: true, jobTitle: true, isExecutive: true, endDate: true } } },
    });
    return {
      trustName: ctx.trustName,
      financialYear,
      financialYearLabel: formatFinancialYear(financialYear),
      boardMember: { ...toBoardMemberRef(member, today), roleAreas: member.roleAreas },
      generatedAt: now,
      objectives: objectives.map((objective) => ({ ...objective, ...(histories.get(objective.id) ?? { progressUpdates: [], ownerChanges: [] }) })),
      handedOver: handovers
        // Handed back later: it is in their current list already.
        .filter((change) => !objectives.some((objective) => objective.id === change.objectiveId))
        .map((change) => ({
          objectiveId: change.objectiveId,
          title: change.objective.title,
          handedOverAt: change.changedAt,
          to: toBoardMemberRef(change.toOwner, today),
          reason: change.reason,
        })),
      counts: countObjectives(objectives),
    };
  });
}
