import { withTenant } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import { AppError } from '../errors/app-error';
import { ROLE_AREAS } from '../catalogue/role-areas';
import type { TrustOverviewDto } from './trust-dto';

/** The trust's details and how complete its board record is. */
export function getTrustOverview(ctx: TenantContext, now = new Date()): Promise<TrustOverviewDto> {
  return withTenant(ctx, async (tx) => {
    const trust = await tx.trust.findFirst({ where: { id: ctx.trustId } });
    if (!trust) throw new AppError('NOT_FOUND', 'Trust not found');
    const memberCount = await tx.membership.count({ where: { trustId: ctx.trustId } });
    const board = await tx.boardMember.findMany({
      where: { trustId: ctx.trustId, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gte: now } }] },
      select: { roleAreas: true },
    });
    const covered = new Set(board.flatMap((member) => member.roleAreas));
    return {
      name: trust.name,
      odsCode: trust.odsCode,
      type: trust.type,
      region: trust.region,
      icsName: trust.icsName,
      memberCount,
      currentBoardMembers: board.length,
      uncoveredRoleAreas: ROLE_AREAS.filter((area) => !covered.has(area.id)).map((area) => area.label),
    };
  });
}
