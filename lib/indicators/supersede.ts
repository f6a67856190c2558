import { Prisma } from '../db/generated/client';
import type { Tx } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import type { ValidFigure } from './validate-rows';

/**
 * What a batch replaces: every current figure of each indicator and period it holds ('period', a
 * file), or of each group it names ('group', hand entry). Done set-based, as one join against the
 * batch's distinct keys, so a 10,000-row file replaces 10,000 figures in one statement instead of
 * an OR of hundreds of conditions.
 */
export type ReplaceScope = 'period' | 'group';

type Keys = { indicatorIds: string[]; periods: string[]; breakdowns: string[]; groups: string[] };

function distinctKeys(figures: readonly ValidFigure[], scope: ReplaceScope): Keys {
  const seen = new Set<string>();
  const keys: Keys = { indicatorIds: [], periods: [], breakdowns: [], groups: [] };
  for (const figure of figures) {
    const breakdown = scope === 'group' ? figure.breakdown : '';
    const group = scope === 'group' ? figure.group : '';
    const key = [figure.indicatorId, figure.period, breakdown, group].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    keys.indicatorIds.push(figure.indicatorId);
    keys.periods.push(figure.period);
    keys.breakdowns.push(breakdown);
    keys.groups.push(group);
  }
  return keys;
}

/** The batch's keys as a relation "k" and the condition joining IndicatorValue "v" to it. */
function keysAndCondition(ctx: TenantContext, scope: ReplaceScope, keys: Keys): Prisma.Sql {
  const byGroup = scope === 'group' ? Prisma.sql`AND v."breakdown"::text = k."breakdown" AND v."group" = k."group"` : Prisma.empty;
  return Prisma.sql`
    unnest(${keys.indicatorIds}::uuid[], ${keys.periods}::text[], ${keys.breakdowns}::text[], ${keys.groups}::text[])
      AS k("indicatorId", "period", "breakdown", "group")
    WHERE v."trustId" = ${ctx.trustId}::uuid AND v."supersededByUploadId" IS NULL
      AND v."indicatorId" = k."indicatorId" AND v."period" = k."period" ${byGroup}`;
}

/** How many current figures the batch would replace. */
export async function countReplaced(tx: Tx, ctx: TenantContext, figures: readonly ValidFigure[], scope: ReplaceScope): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ replaced: number }>>`
    SELECT count(*)::int AS "replaced" FROM "IndicatorValue" AS v, ${keysAndCondition(ctx, scope, distinctKeys(figures, scope))}`;
  return rows[0]?.replaced ?? 0;
}

/** Marks the figures the batch replaces as superseded by its upload (kept as history). */
export function supersede(tx: Tx, ctx: TenantContext, figures: readonly ValidFigure[], scope: ReplaceScope, uploadId: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE "IndicatorValue" AS v SET "supersededByUploadId" = ${uploadId}::uuid FROM ${keysAndCondition(ctx, scope, distinctKeys(figures, scope))}`;
}
