import { financialYearOf, formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import { findObjective } from '../catalogue/objectives';
import { withTenant } from '../db/with-tenant';
import { AppError, fieldError, invalidInput } from '../errors/app-error';
import { formatDate } from '../format/dates';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { fieldsOf, hasLeft, ObjectiveConflictError, type ObjectiveFieldsDto } from './objective-dto';
import { acceptanceAfterChange, agreementFields } from './acceptance-mutations';
import { resolveIndicatorLink } from './indicator-link-rows';
import { assertExpectedVersion, findAssignableBoardMember, lockObjective } from './objective-rows';
import { MAX_TITLE_LENGTH, type AgreeObjectiveInput, type CreateObjectiveInput, type UpdateObjectiveInput } from './schemas';
import { domainsFor, isExecutiveObjective, listParts, smartCompleteness } from './smart-completeness';
import { dateFromIso } from '../calendar/calendar-dates';

// Creating, editing and agreeing objectives: for the executive lead and administrators
// ('objective.manage'). Owner changes are in owner-mutations.ts, progress in progress-mutations.ts.

export type ObjectiveVersion = Readonly<{ id: string; version: number }>;

/** The reason recorded for an objective's first owner, when nobody is being replaced. */
export const FIRST_OWNER_REASON = 'First owner';

/** Objectives are set for this financial year, next year, or recorded for a past one. */
export function assertYearAllowed(financialYear: number, now: Date): void {
  const latest = financialYearOf(now) + 1;
  if (financialYear > latest) {
    const message = `Choose ${formatFinancialYear(latest)} or an earlier financial year`;
    throw fieldError('financialYear', message);
  }
}

/** What the fields become when stored: domains include those of the references. */
function storedFields(input: Omit<ObjectiveFieldsDto, 'domains'> & { domains: readonly number[] }, title: string) {
  return {
    title,
    description: input.description,
    catalogueRefs: [...input.catalogueRefs],
    questionRefs: [...input.questionRefs],
    domains: domainsFor(input.catalogueRefs, input.questionRefs, input.domains),
    measure: input.measure,
    baseline: input.baseline,
    target: input.target,
    unit: input.unit,
    breakdowns: [...input.breakdowns],
    breakdownOther: input.breakdowns.includes('other') ? input.breakdownOther : '',
    direction: input.direction,
    countsPeople: input.countsPeople,
    resources: input.resources,
    dependencies: input.dependencies,
    startDate: input.startDate ? dateFromIso(input.startDate) : null,
    dueDate: input.dueDate ? dateFromIso(input.dueDate) : null,
    supportingLeadId: input.supportingLeadId,
    committee: input.committee,
  };
}

/** A catalogue or suggested objective may start with the guide's summary as its title. */
function titleFor(input: CreateObjectiveInput): string {
  if (input.title !== '') return input.title;
  const summary = input.catalogueRefs.map((ref) => findObjective(ref)?.summary).find((text) => text !== undefined) ?? '';
  return summary.length <= MAX_TITLE_LENGTH ? summary : `${summary.slice(0, MAX_TITLE_LENGTH - 1)}…`;
}

/**
 * "Agree objective" pressed on a new objective: what stops it being agreed, worked out before
 * anything is saved, so an incomplete form does not quietly become a draft. Null when nothing does.
 */
export function agreementRefusal(input: CreateObjectiveInput): Readonly<{ intro: string; fieldErrors: Record<string, string[]> }> | null {
  const smart = smartCompleteness({ ...input, title: titleFor(input), domains: domainsFor(input.catalogueRefs, input.questionRefs, input.domains) });
  if (smart.complete) return null;
  const parts = `${listParts(smart.missingParts)} ${smart.missingParts.length === 1 ? 'part is' : 'parts are'}`;
  return {
    intro: `Nothing has been saved yet. It cannot be agreed until its ${parts} complete, or you can save it as a draft:`,
    fieldErrors: { ...smart.fieldErrors },
  };
}

/**
 * Creates a draft objective from a catalogue reference, a suggestion or the trust's own idea. Any
 * SMART part may still be missing; an owner given here is recorded as the first owner.
 */
export async function createObjective(ctx: TenantContext, input: CreateObjectiveInput, now = new Date()): Promise<ObjectiveVersion> {
  assertCan(ctx, 'objective.manage');
  assertYearAllowed(input.financialYear, now);
  const today = ukDateOf(now);
  if (input.supportingLeadId !== null && input.supportingLeadId === input.ownerId) {
    const message = 'Choose a supporting lead who is not the owner';
    throw fieldError('supportingLeadId', message);
  }
  return withTenant(ctx, async (tx) => {
    if (input.ownerId) {
      await findAssignableBoardMember(tx, ctx, input.ownerId, today, {
        field: 'ownerId',
        role: 'owner',
        requireExecutive: isExecutiveObjective(input.catalogueRefs),
      });
    }
    if (input.supportingLeadId) {
      await findAssignableBoardMember(tx, ctx, input.supportingLeadId, today, { field: 'supportingLeadId', role: 'supporting lead', requireExecutive: false });
    }
    const link = await resolveIndicatorLink(tx, ctx, input, input.financialYear);
    const created = await tx.objective.create({
      data: {
        trustId: ctx.trustId,
        financialYear: input.financialYear,
        source: input.source,
        ...storedFields(input, titleFor(input)),
        ...link,
        ownerId: input.ownerId,
        createdById: ctx.userId,
        updatedById: ctx.userId,
      },
      select: { id: true, version: true },
    });
    if (input.ownerId) {
      await tx.objectiveOwnerChange.create({
        data: {
          trustId: ctx.trustId,
          objectiveId: created.id,
          fromOwnerId: null,
          toOwnerId: input.ownerId,
          reason: FIRST_OWNER_REASON,
          changedAt: now,
          changedById: ctx.userId,
        },
      });
    }
    return created;
  });
}

/**
 * Saves the SMART fields if nobody else has saved the objective since the user loaded version
 * `expectedVersion`; otherwise throws ObjectiveConflictError carrying both versions and changes
 * nothing. An agreed objective stays agreed, so an edit may not leave a SMART part missing.
 */
export async function updateObjective(ctx: TenantContext, input: UpdateObjectiveInput, now = new Date()): Promise<ObjectiveVersion> {
  assertCan(ctx, 'objective.manage');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const row = await lockObjective(tx, ctx, input.objectiveId);
    const typed = storedFields(input, input.title);
    const attempted = fieldsOf({ ...row, ...typed });
    if (row.version !== input.expectedVersion) throw new ObjectiveConflictError(fieldsOf(row), row.version, attempted);
    const data = { ...typed, ...(await resolveIndicatorLink(tx, ctx, input, row.financialYear, row.indicatorId)) };

    if (row.owner && !row.owner.isExecutive && isExecutiveObjective(data.catalogueRefs)) {
      const message = `${row.owner.name} owns this objective and is not an executive director, but objectives from the guide’s executive sections need an executive owner. Change the owner first.`;
      throw fieldError('catalogueRefs', message);
    }
    if (data.supportingLeadId !== null && data.supportingLeadId === row.ownerId) {
      const message = 'Choose a supporting lead who is not the owner';
      throw fieldError('supportingLeadId', message);
    }
    // Someone kept on as supporting lead after leaving stays as history; a new choice must be current.
    if (data.supportingLeadId !== null && data.supportingLeadId !== row.supportingLeadId) {
      await findAssignableBoardMember(tx, ctx, data.supportingLeadId, today, { field: 'supportingLeadId', role: 'supporting lead', requireExecutive: false });
    }
    if (row.agreedAt) {
      const smart = smartCompleteness({ ...data, ownerId: row.ownerId });
      if (!smart.complete) {
        throw invalidInput(`This objective has been agreed, so it must stay SMART. ${smart.messages.join('. ')}.`, smart.fieldErrors);
      }
    }
    return tx.objective.update({
      where: { id: row.id, trustId: ctx.trustId },
      data: { ...data, ...acceptanceAfterChange(row, data), updatedById: ctx.userId, version: { increment: 1 } },
      select: { id: true, version: true },
    });
  });
}

/** Records that the objective is agreed. Refused, with what is missing, until it is SMART and owned. */
export async function agreeObjective(ctx: TenantContext, input: AgreeObjectiveInput, now = new Date()): Promise<ObjectiveVersion> {
  assertCan(ctx, 'objective.manage');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const row = await lockObjective(tx, ctx, input.objectiveId);
    assertExpectedVersion(row, input.expectedVersion);
    if (row.agreedAt) throw new AppError('INVALID_STATE', `This objective was already agreed on ${formatDate(row.agreedAt)}`);
    const smart = smartCompleteness(row);
    if (!smart.complete) {
      const parts = listParts(smart.missingParts);
      throw new AppError(
        'INVALID_STATE',
        `This objective cannot be agreed until its ${parts} ${smart.missingParts.length === 1 ? 'part is' : 'parts are'} complete. ${smart.messages.join('. ')}.`,
        {
          fieldErrors: smart.fieldErrors,
        },
      );
    }
    if (row.owner && hasLeft(row.owner, today)) {
      const message = `${row.owner.name} has left the board. Give the objective a new owner before it is agreed.`;
      throw new AppError('INVALID_STATE', message, { fieldErrors: { ownerId: [message] } });
    }
    return tx.objective.update({
      where: { id: row.id, trustId: ctx.trustId },
      data: { agreedAt: now, agreedById: ctx.userId, ...agreementFields(row), updatedById: ctx.userId, version: { increment: 1 } },
      select: { id: true, version: true },
    });
  });
}
