import { formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import { withTenant, type Tx } from '../db/with-tenant';
import { can, assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import type { ObjectiveHistory, ObjectiveOverviewDto, ObjectiveDto } from './objective-detail-dto';
import { readHistories } from './history';
import { personOf } from '../format/person-names';
import { toSummaryDto, type ObjectiveSummaryDto } from './objective-dto';
import { displayNames } from '../tenancy/display-names';
import { findObjectiveRow, findObjectiveRows } from './objective-rows';
import { isOwnedByUser } from './progress-mutations';
import { countObjectives, groupObjectives } from './overview';
import type { ListObjectivesInput } from './schemas';
import { compareForOverview, statusLabel, type ObjectiveStatus } from './status';

export type { ObjectiveSummaryDto };

async function listSummaries(
  tx: Tx,
  ctx: TenantContext,
  where: { financialYear?: number; owner?: { userId: string } },
  today: string,
): Promise<ObjectiveSummaryDto[]> {
  const rows = await findObjectiveRows(tx, ctx, where);
  return rows.map((row) => toSummaryDto(row, today)).sort(compareForOverview);
}

/** The board's overview of one financial year, optionally grouped by domain, owner or status. */
export async function listObjectives(ctx: TenantContext, input: ListObjectivesInput, now = new Date()): Promise<ObjectiveOverviewDto> {
  assertCan(ctx, 'objective.view');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const objectives = await listSummaries(tx, ctx, { financialYear: input.year }, today);
    return {
      financialYear: input.year,
      financialYearLabel: formatFinancialYear(input.year),
      objectives,
      groups: input.groupBy ? groupObjectives(objectives, input.groupBy) : null,
      counts: countObjectives(objectives),
    };
  });
}

/** Every objective of every year, newest year first, for the CSV export (csv-export.ts). */
export async function listAllObjectives(ctx: TenantContext, now = new Date()): Promise<ObjectiveSummaryDto[]> {
  assertCan(ctx, 'objective.view');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const objectives = await listSummaries(tx, ctx, {}, today);
    return objectives.sort((a, b) => b.financialYear - a.financialYear || compareForOverview(a, b));
  });
}

/** "My objectives": every objective, in any year, owned by the board member linked to the user. */
export async function listMyObjectives(ctx: TenantContext, now = new Date()): Promise<ObjectiveSummaryDto[]> {
  assertCan(ctx, 'objective.view');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const objectives = await listSummaries(tx, ctx, { owner: { userId: ctx.userId } }, today);
    return objectives.sort((a, b) => b.financialYear - a.financialYear || compareForOverview(a, b));
  });
}

const MAX_CARRY_CHAIN = 50;

/** One objective with its progress updates, owner history and the years it was carried from. */
export async function getObjective(ctx: TenantContext, objectiveId: string, now = new Date()): Promise<ObjectiveDto> {
  assertCan(ctx, 'objective.view');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const row = await findObjectiveRow(tx, ctx, objectiveId);
    const earlier: { id: string; financialYear: number; title: string; currentStatus: ObjectiveStatus }[] = [];
    let previousId = row.carriedFromId;
    while (previousId && earlier.length < MAX_CARRY_CHAIN) {
      const previous = await tx.objective.findFirst({
        where: { id: previousId, trustId: ctx.trustId },
        select: { id: true, financialYear: true, title: true, currentStatus: true, carriedFromId: true },
      });
      if (!previous) break;
      earlier.push(previous);
      previousId = previous.carriedFromId;
    }
    const histories = await readHistories(tx, ctx, [row.id, ...earlier.map((item) => item.id)], today);
    const empty: ObjectiveHistory = { progressUpdates: [], ownerChanges: [] };
    const next = row.carriedForward[0]
      ? await tx.objective.findFirst({ where: { id: row.carriedForward[0].id, trustId: ctx.trustId }, select: { id: true, financialYear: true } })
      : null;
    const names = await displayNames(tx, [row.agreedById, row.createdById]);
    const person = (id: string | null | undefined) => personOf(names, id);
    const isOwner = await isOwnedByUser(tx, ctx, row);
    return {
      ...toSummaryDto(row, today),
      ...(histories.get(row.id) ?? empty),
      agreedBy: person(row.agreedById),
      createdBy: person(row.createdById),
      earlierYears: earlier.map((item) => ({
        id: item.id,
        financialYear: item.financialYear,
        financialYearLabel: formatFinancialYear(item.financialYear),
        title: item.title,
        currentStatus: item.currentStatus,
        statusLabel: statusLabel(item.currentStatus),
        ...(histories.get(item.id) ?? empty),
      })),
      carriedForwardTo: next ? { id: next.id, financialYear: next.financialYear, financialYearLabel: formatFinancialYear(next.financialYear) } : null,
      viewer: {
        canManage: can(ctx, 'objective.manage'),
        canRecordProgress: row.currentStatus !== 'complete' && row.agreedAt !== null && (can(ctx, 'objective.update') || isOwner),
        isOwner,
      },
    };
  });
}
