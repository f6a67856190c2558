import { ukDateOf } from '../calendar/financial-year';
import { findDomain, DOMAIN_NUMBERS } from '../catalogue/domains';
import { withTenant, type Tx } from '../db/with-tenant';
import { isoDateOf } from '../calendar/calendar-dates';
import { statusLabel } from '../objectives/status';
import { REMINDER_REASON_LABELS, reminderReasons, type ReminderReason } from '../reminders/reminder-rules';
import { readChallengeSummaries } from '../review/challenge-queries';
import { assertCan, can } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { readSetupTasks } from './setup-tasks';
import type { MyObjectiveDto, HomeDto } from './home-dto';

// What each role needs first when it opens the trust: one short transaction of a few queries, each
// filtered by the trust and served by an index (the trust's home is opened most of all).

const REASON_URGENCY: readonly ReminderReason[] = ['overdue', 'due-soon', 'update-due'];

async function readMyObjectives(tx: Tx, ctx: TenantContext, today: string): Promise<{ objectives: MyObjectiveDto[]; ids: Set<string> }> {
  const seats = await tx.boardMember.findMany({ where: { trustId: ctx.trustId, userId: ctx.userId }, select: { id: true } });
  if (seats.length === 0) return { objectives: [], ids: new Set() };
  const rows = await tx.objective.findMany({
    where: { trustId: ctx.trustId, ownerId: { in: seats.map((seat) => seat.id) }, currentStatus: { notIn: ['complete', 'deferred'] } },
    select: {
      id: true,
      title: true,
      currentStatus: true,
      startDate: true,
      dueDate: true,
      agreedAt: true,
      progressUpdates: { orderBy: [{ date: 'desc' }, { entryNumber: 'desc' }], take: 1, select: { date: true } },
    },
    orderBy: [{ dueDate: 'asc' }, { title: 'asc' }],
  });
  const objectives = rows.map((row): MyObjectiveDto => {
    // Only an agreed objective is chased for updates, as the reminders job does.
    const reasons = row.agreedAt
      ? reminderReasons(
          {
            id: row.id,
            title: row.title,
            currentStatus: row.currentStatus,
            startDate: row.startDate ? isoDateOf(row.startDate) : null,
            dueDate: row.dueDate ? isoDateOf(row.dueDate) : null,
            agreedOn: ukDateOf(row.agreedAt),
            lastUpdateOn: row.progressUpdates[0] ? isoDateOf(row.progressUpdates[0].date) : null,
            owner: { id: '', name: '', email: null },
          },
          today,
        )
      : [];
    return {
      id: row.id,
      title: row.title,
      status: row.currentStatus,
      statusLabel: statusLabel(row.currentStatus),
      dueDate: row.dueDate,
      updateReasons: REASON_URGENCY.filter((reason) => reasons.includes(reason)).map((reason) => REMINDER_REASON_LABELS[reason]),
    };
  });
  return { objectives, ids: new Set(rows.map((row) => row.id)) };
}

async function readJudgementsToMake(tx: Tx, ctx: TenantContext): Promise<HomeDto['judgementsToMake']> {
  const latest = await tx.assessment.findFirst({
    where: { trustId: ctx.trustId, OR: [{ status: 'approved' }, { isImported: true }] },
    orderBy: { financialYear: 'desc' },
    select: { financialYear: true },
  });
  if (!latest) return null;
  const made = await tx.assuranceJudgement.findMany({
    where: { trustId: ctx.trustId, financialYear: latest.financialYear, nedUserId: ctx.userId },
    select: { domain: true },
  });
  const judged = new Set(made.map((row) => row.domain));
  return {
    financialYear: latest.financialYear,
    domains: DOMAIN_NUMBERS.filter((domain) => !judged.has(domain)).map((domain) => ({ domain, label: findDomain(domain).label })),
  };
}

/** The signed-in member's home: only the parts their role uses are read. */
export async function getHome(ctx: TenantContext, now = new Date()): Promise<HomeDto> {
  assertCan(ctx, 'trust.view');
  const today = ukDateOf(now);
  const isNed = ctx.role === 'non_executive_director';
  return withTenant(ctx, async (tx) => {
    const mine = isNed || ctx.role === 'viewer' ? { objectives: [], ids: new Set<string>() } : await readMyObjectives(tx, ctx, today);
    const answersAny = can(ctx, 'challenge.respond');
    const awaiting =
      answersAny || mine.ids.size > 0
        ? await readChallengeSummaries(tx, ctx, { awaitingResponseOnly: true, ...(answersAny ? {} : { objectiveIds: [...mine.ids] }) }, today)
        : [];
    return {
      myObjectives: mine.objectives,
      challengesToAnswer: awaiting,
      openChallenges: isNed ? await readChallengeSummaries(tx, ctx, { openOnly: true }, today) : null,
      judgementsToMake: isNed ? await readJudgementsToMake(tx, ctx) : null,
      setupTasks: can(ctx, 'people.manage') ? await readSetupTasks(tx, ctx) : null,
    };
  });
}
