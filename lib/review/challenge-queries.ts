import { formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import type { Prisma } from '../db/generated/client';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { isUuid } from '../forms/ids';
import { can, assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { roleLabel } from '../tenancy/roles';
import { isChallengeOverdue } from './challenge-due';
import { describeTarget } from './challenge-targets';
import { CHALLENGE_STATUS_LABELS } from './labels';
import type { ChallengeMessageKind, ParticipantDto, ChallengeSummaryDto, ChallengeDto, ChallengeListDto } from './challenge-dto';

export const CHALLENGE_NOT_FOUND = 'That challenge could not be found';

const MESSAGE_KIND_LABELS: Readonly<Record<ChallengeMessageKind, string>> = { raise: 'Challenge', response: 'Response', close: 'Closed' };

function challengeInclude(ctx: Pick<TenantContext, 'trustId'>) {
  return {
    objective: { select: { title: true, ownerId: true } },
    messages: { where: { trustId: ctx.trustId }, orderBy: { entryNumber: 'asc' } },
  } satisfies Prisma.ChallengeInclude;
}

type ChallengeRow = Prisma.ChallengeGetPayload<{ include: ReturnType<typeof challengeInclude> }>;

/** Names and roles of the trust's members; anyone else (a former member) has no name. */
export async function participants(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, userIds: readonly string[]): Promise<(id: string) => ParticipantDto> {
  const ids = [...new Set(userIds)];
  const memberships =
    ids.length === 0
      ? []
      : await tx.membership.findMany({
          where: { trustId: ctx.trustId, userId: { in: ids } },
          select: { userId: true, role: true, isChair: true, user: { select: { displayName: true } } },
        });
  const byId = new Map(memberships.map((membership) => [membership.userId, membership]));
  return (id) => {
    const membership = byId.get(id);
    return { id, name: membership?.user.displayName ?? null, roleLabel: membership ? roleLabel(membership.role, membership.isChair) : null };
  };
}

function toSummary(row: ChallengeRow, person: (id: string) => ParticipantDto, today: string): ChallengeSummaryDto {
  const last = row.messages[row.messages.length - 1];
  return {
    id: row.id,
    financialYear: row.financialYear,
    financialYearLabel: formatFinancialYear(row.financialYear),
    target: describeTarget(row, row.objective?.title ?? null),
    text: row.text,
    status: row.status,
    statusLabel: CHALLENGE_STATUS_LABELS[row.status],
    raisedBy: person(row.raisedById),
    raisedAt: row.createdAt,
    lastActivityAt: last?.createdAt ?? row.createdAt,
    messageCount: row.messages.length,
    responseDueDate: row.responseDueDate,
    isOverdue: isChallengeOverdue(row, today),
  };
}

/** Challenge summaries inside the caller's transaction: not closed first, then newest activity first. */
export type ChallengeFilter = Readonly<{
  financialYear?: number;
  /** Not closed. */
  openOnly?: boolean;
  /** Waiting for the executive's response (status "open"). */
  awaitingResponseOnly?: boolean;
  /** Only challenges on these objectives. */
  objectiveIds?: readonly string[];
}>;

export async function readChallengeSummaries(
  tx: Tx,
  ctx: Pick<TenantContext, 'trustId'>,
  filter: ChallengeFilter,
  today = ukDateOf(new Date()),
): Promise<ChallengeSummaryDto[]> {
  const rows = await tx.challenge.findMany({
    where: {
      trustId: ctx.trustId,
      ...(filter.financialYear === undefined ? {} : { financialYear: filter.financialYear }),
      ...(filter.openOnly ? { status: { not: 'closed' } } : {}),
      ...(filter.awaitingResponseOnly ? { status: 'open' } : {}),
      ...(filter.objectiveIds ? { objectiveId: { in: [...filter.objectiveIds] } } : {}),
    },
    include: challengeInclude(ctx),
  });
  const person = await participants(
    tx,
    ctx,
    rows.map((row) => row.raisedById),
  );
  return rows
    .map((row) => toSummary(row, person, today))
    .sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed') || b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
}

/** The trust's challenges, for one financial year or all of them, optionally only those not closed. */
export async function listChallenges(ctx: TenantContext, filter: Readonly<{ financialYear?: number; openOnly?: boolean }> = {}): Promise<ChallengeListDto> {
  assertCan(ctx, 'review.view');
  return withTenant(ctx, async (tx) => {
    const challenges = await readChallengeSummaries(tx, ctx, filter);
    const years = await tx.challenge.findMany({
      where: { trustId: ctx.trustId },
      distinct: ['financialYear'],
      select: { financialYear: true },
      orderBy: { financialYear: 'desc' },
    });
    return { years: years.map(({ financialYear }) => ({ financialYear, financialYearLabel: formatFinancialYear(financialYear) })), challenges };
  });
}

/** True when the signed-in user is the board member who owns the challenged objective. */
async function ownsChallengedObjective(
  tx: Tx,
  ctx: TenantContext,
  row: Readonly<{ targetKind: string; objective: { ownerId: string | null } | null }>,
): Promise<boolean> {
  if (row.targetKind !== 'objective' || !row.objective?.ownerId) return false;
  const owner = await tx.boardMember.findFirst({ where: { id: row.objective.ownerId, trustId: ctx.trustId, userId: ctx.userId }, select: { id: true } });
  return owner !== null;
}

/** The executive lead and administrators respond to any challenge; an objective's owner to those on it. */
export async function mayRespond(
  tx: Tx,
  ctx: TenantContext,
  row: Readonly<{ targetKind: string; objective: { ownerId: string | null } | null }>,
): Promise<boolean> {
  return can(ctx, 'challenge.respond') || (await ownsChallengedObjective(tx, ctx, row));
}

/** The NED who raised it, or the chair. */
export function mayClose(ctx: TenantContext, row: Readonly<{ raisedById: string }>): boolean {
  return can(ctx, 'challenge.close') && (row.raisedById === ctx.userId || ctx.isChair);
}

export async function findChallengeRow(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, challengeId: string): Promise<ChallengeRow> {
  const row = isUuid(challengeId) ? await tx.challenge.findFirst({ where: { id: challengeId, trustId: ctx.trustId }, include: challengeInclude(ctx) }) : null;
  if (!row) throw new AppError('NOT_FOUND', CHALLENGE_NOT_FOUND);
  return row;
}

/** One challenge with its whole thread. */
export async function getChallenge(ctx: TenantContext, challengeId: string): Promise<ChallengeDto> {
  assertCan(ctx, 'review.view');
  return withTenant(ctx, async (tx) => {
    const row = await findChallengeRow(tx, ctx, challengeId);
    const person = await participants(tx, ctx, [
      row.raisedById,
      ...(row.closedById ? [row.closedById] : []),
      ...row.messages.map((message) => message.authorId),
    ]);
    const open = row.status !== 'closed';
    return {
      ...toSummary(row, person, ukDateOf(new Date())),
      messages: row.messages.map((message) => ({
        id: message.id,
        kind: message.kind,
        kindLabel: MESSAGE_KIND_LABELS[message.kind],
        author: person(message.authorId),
        body: message.body,
        createdAt: message.createdAt,
      })),
      closedAt: row.closedAt,
      closedBy: row.closedById ? person(row.closedById) : null,
      version: row.version,
      viewer: {
        canRespond: open && (await mayRespond(tx, ctx, row)),
        canFollowUp: open && can(ctx, 'challenge.raise'),
        canClose: open && mayClose(ctx, row),
      },
    };
  });
}
