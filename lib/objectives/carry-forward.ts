import { formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import { isUniqueViolation } from '../db/prisma-errors';
import { withTenant } from '../db/with-tenant';
import { AppError, fieldError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { assertYearAllowed } from './mutations';
import { hasLeft, type ObjectiveRow } from './objective-dto';
import { findObjectiveRows } from './objective-rows';
import type { CarryForwardObjectivesInput } from './schemas';
import { dateFromIso, isoDateOf } from '../calendar/calendar-dates';
import { isUnfinished } from './status';

export type CarriedObjective = Readonly<{
  fromId: string;
  id: string;
  title: string;
  /** False when the owner has left: the new objective needs an owner before it is agreed. */
  ownerKept: boolean;
  /** True when the old due date fell before the new year began: a new one must be set. */
  needsDueDate: boolean;
}>;

function listTitles(rows: readonly Pick<ObjectiveRow, 'title'>[]): string {
  return rows.map((row) => `“${row.title}”`).join(', ');
}

/**
 * Starts next year's objectives from this year's unfinished ones. Each becomes a new draft for
 * `toYear` linked to the old one by carriedFromId; the old objective, its progress updates and
 * its owner history stay exactly as they were. Status and SMART content carry over; agreement does
 * not (the board agrees each year's objectives), and neither does an owner who has left. All or
 * nothing: one objective that cannot be carried stops the lot, and the message names it.
 */
export async function carryForwardObjectives(ctx: TenantContext, input: CarryForwardObjectivesInput, now = new Date()): Promise<CarriedObjective[]> {
  assertCan(ctx, 'objective.manage');
  assertYearAllowed(input.toYear, now);
  if (input.toYear <= input.fromYear) {
    const message = 'Choose a financial year after the one the objectives are in';
    throw fieldError('toYear', message);
  }
  const today = ukDateOf(now);
  const yearStart = `${input.toYear}-04-01`;
  return withTenant(ctx, async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Objective" WHERE id::text = ANY(${input.objectiveIds}) AND "trustId" = ${ctx.trustId}::uuid FOR UPDATE`;
    const order = new Map(input.objectiveIds.map((id, index) => [id, index]));
    const rows = (await findObjectiveRows(tx, ctx, { id: { in: [...input.objectiveIds] } })).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    if (rows.length !== input.objectiveIds.length) throw new AppError('NOT_FOUND', 'One or more of those objectives could not be found');
    const otherYear = rows.filter((row) => row.financialYear !== input.fromYear);
    if (otherYear.length > 0) {
      const message = `Only objectives from ${formatFinancialYear(input.fromYear)} can be carried forward from it: ${listTitles(otherYear)} ${otherYear.length === 1 ? 'is' : 'are'} not`;
      throw fieldError('objectiveIds', message);
    }
    const finished = rows.filter((row) => !isUnfinished(row.currentStatus));
    if (finished.length > 0) {
      throw new AppError(
        'INVALID_STATE',
        `Only unfinished objectives are carried forward: ${listTitles(finished)} ${finished.length === 1 ? 'is' : 'are'} complete.`,
      );
    }
    const carried = rows.filter((row) => row.carriedForward.length > 0);
    if (carried.length > 0) {
      throw new AppError('CONFLICT', `${listTitles(carried)} ${carried.length === 1 ? 'has' : 'have'} already been carried forward.`);
    }
    const results: CarriedObjective[] = [];
    for (const row of rows) {
      const ownerKept = row.owner !== null && !hasLeft(row.owner, today);
      const supportingLeadKept = row.supportingLead !== null && !hasLeft(row.supportingLead, today);
      const start = row.startDate && isoDateOf(row.startDate) > yearStart ? isoDateOf(row.startDate) : yearStart;
      const due = row.dueDate && isoDateOf(row.dueDate) >= start ? isoDateOf(row.dueDate) : null;
      const created = await tx.objective
        .create({
          data: {
            trustId: ctx.trustId,
            financialYear: input.toYear,
            source: row.source,
            catalogueRefs: row.catalogueRefs,
            questionRefs: row.questionRefs,
            domains: row.domains,
            title: row.title,
            description: row.description,
            measure: row.measure,
            baseline: row.baseline,
            target: row.target,
            unit: row.unit,
            breakdowns: row.breakdowns,
            breakdownOther: row.breakdownOther,
            resources: row.resources,
            dependencies: row.dependencies,
            startDate: dateFromIso(start),
            dueDate: due ? dateFromIso(due) : null,
            ownerId: ownerKept ? row.ownerId : null,
            supportingLeadId: supportingLeadKept ? row.supportingLeadId : null,
            committee: row.committee,
            // The link goes with it; the baseline is last year's, so it no longer counts as the data's.
            indicatorId: row.indicatorId,
            indicatorFigure: row.indicatorFigure,
            indicatorBreakdown: row.indicatorBreakdown,
            indicatorGroup: row.indicatorGroup,
            currentStatus: row.currentStatus,
            carriedFromId: row.id,
            createdById: ctx.userId,
            updatedById: ctx.userId,
          },
          select: { id: true },
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new AppError('CONFLICT', `“${row.title}” has already been carried forward.`, { cause: error });
          throw error;
        });
      if (ownerKept && row.ownerId) {
        await tx.objectiveOwnerChange.create({
          data: {
            trustId: ctx.trustId,
            objectiveId: created.id,
            fromOwnerId: null,
            toOwnerId: row.ownerId,
            reason: `Carried forward from ${formatFinancialYear(row.financialYear)}`,
            changedAt: now,
            changedById: ctx.userId,
          },
        });
      }
      results.push({ fromId: row.id, id: created.id, title: row.title, ownerKept, needsDueDate: due === null });
    }
    return results;
  });
}
