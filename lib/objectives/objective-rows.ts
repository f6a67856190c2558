import type { Prisma } from '../db/generated/client';
import type { Tx } from '../db/with-tenant';
import { AppError, fieldError } from '../errors/app-error';
import { formatDate } from '../format/dates';
import { isUuid } from '../forms/ids';
import type { TenantContext } from '../tenancy/context';
import { hasLeft, type BoardMemberRow, type ObjectiveRow } from './objective-dto';

// Helpers shared by the objective queries and mutations. Each takes the transaction its caller
// opened with withTenant, so a use-case stays one transaction.

const OBJECTIVE_NOT_FOUND = 'That objective could not be found';

function objectiveNotFound(): AppError {
  return new AppError('NOT_FOUND', OBJECTIVE_NOT_FOUND);
}

const BOARD_MEMBER_SELECT = { id: true, name: true, jobTitle: true, isExecutive: true, endDate: true } as const;

/** What toSummaryDto needs, but the latest update; relation lists are filtered by trust as well as by the foreign key. */
function objectiveInclude(ctx: Pick<TenantContext, 'trustId'>) {
  return {
    owner: { select: BOARD_MEMBER_SELECT },
    supportingLead: { select: BOARD_MEMBER_SELECT },
    carriedForward: { where: { trustId: ctx.trustId }, select: { id: true } },
    indicator: { select: { code: true, name: true } },
  } satisfies Prisma.ObjectiveInclude;
}

type LatestUpdate = ObjectiveRow['progressUpdates'][number];

/**
 * Each objective's latest progress update (by date, then latest entered): one index probe per
 * objective on (trustId, objectiveId, date DESC, entryNumber DESC), migration
 * 20261205180000_progress_latest_index. Prisma's `include` with `take: 1` read every update of
 * every objective and kept the first in memory (870 rows for a scale trust's 107 objectives;
 * docs/PERFORMANCE.md).
 */
async function latestUpdates(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, objectiveIds: readonly string[]): Promise<Map<string, LatestUpdate>> {
  if (objectiveIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<(LatestUpdate & { objectiveId: string })[]>`
    SELECT o.id::text AS "objectiveId", p.date, p.status, p."measureValue"
    FROM unnest(${[...objectiveIds]}::uuid[]) AS o(id)
    CROSS JOIN LATERAL (
      SELECT u.date, u.status, u."measureValue" FROM "ProgressUpdate" u
      WHERE u."trustId" = ${ctx.trustId}::uuid AND u."objectiveId" = o.id
      ORDER BY u.date DESC, u."entryNumber" DESC
      LIMIT 1
    ) p`;
  return new Map(rows.map(({ objectiveId, ...update }) => [objectiveId, update]));
}

/** The trust's objectives matching `where`, each with its latest progress update. */
export async function findObjectiveRows(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, where: Prisma.ObjectiveWhereInput): Promise<ObjectiveRow[]> {
  const rows = await tx.objective.findMany({ where: { ...where, trustId: ctx.trustId }, include: objectiveInclude(ctx) });
  const latest = await latestUpdates(
    tx,
    ctx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const update = latest.get(row.id);
    return { ...row, progressUpdates: update ? [update] : [] };
  });
}

export async function findObjectiveRow(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, objectiveId: string): Promise<ObjectiveRow> {
  if (!isUuid(objectiveId)) throw objectiveNotFound();
  const [row] = await findObjectiveRows(tx, ctx, { id: objectiveId });
  if (!row) throw objectiveNotFound();
  return row;
}

/**
 * Reads the objective and locks its row until the transaction ends, so agreement, owner changes
 * and progress updates on one objective happen one at a time and each sees the last one's result.
 */
export async function lockObjective(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, objectiveId: string): Promise<ObjectiveRow> {
  if (!isUuid(objectiveId)) throw objectiveNotFound();
  await tx.$queryRaw`SELECT 1 FROM "Objective" WHERE id = ${objectiveId}::uuid AND "trustId" = ${ctx.trustId}::uuid FOR UPDATE`;
  return findObjectiveRow(tx, ctx, objectiveId);
}

export function assertExpectedVersion(row: Pick<ObjectiveRow, 'version'>, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    throw new AppError(
      'CONFLICT',
      'Someone else changed this objective while you were looking at it. Reload the page to see the latest version, then try again.',
    );
  }
}

type AssignableRole = Readonly<{ field: string; role: 'owner' | 'supporting lead'; requireExecutive: boolean }>;

/**
 * The board member an objective is being given to: one of this trust's current board members (an
 * id from another trust reads exactly like one that does not exist), and an executive when the
 * objective comes from the guide's executive sections.
 */
export async function findAssignableBoardMember(
  tx: Tx,
  ctx: Pick<TenantContext, 'trustId'>,
  boardMemberId: string,
  today: string,
  rule: AssignableRole,
): Promise<BoardMemberRow> {
  const member = isUuid(boardMemberId)
    ? await tx.boardMember.findFirst({ where: { id: boardMemberId, trustId: ctx.trustId }, select: BOARD_MEMBER_SELECT })
    : null;
  if (!member) throw fieldError(rule.field, `Choose the ${rule.role} from this trust’s current board members`);
  if (hasLeft(member, today)) {
    throw fieldError(
      rule.field,
      `${member.name} left the board on ${formatDate(member.endDate ?? new Date(0))}, so cannot be the ${rule.role}. Choose a current board member.`,
    );
  }
  if (rule.requireExecutive && !member.isExecutive) {
    throw fieldError(
      rule.field,
      `${member.name} is not an executive director. Objectives from the guide’s executive sections need an executive ${rule.role === 'owner' ? 'owner' : 'supporting lead'}.`,
    );
  }
  return member;
}
