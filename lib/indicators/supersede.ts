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

/** How many current figures the batch would replace. */
export async function countReplaced(tx: Tx, ctx: TenantContext, figures: readonly ValidFigure[], scope: ReplaceScope): Promise<number> {
  const k = distinctKeys(figures, scope);
  const rows = await tx.$queryRaw<Array<{ replaced: number }>>`
    SELECT count(*)::int AS "replaced"
    FROM "IndicatorValue" AS v, unnest(${k.indicatorIds}::uuid[], ${k.periods}::text[], ${k.breakdowns}::text[], ${k.groups}::text[])
      AS k("indicatorId", "period", "breakdown", "group")
    WHERE v."trustId" = ${ctx.trustId}::uuid AND v."supersededByUploadId" IS NULL AND v."indicatorId" = k."indicatorId" AND v."period" = k."period"
      AND (${scope === 'period'} OR (v."breakdown"::text = k."breakdown" AND v."group" = k."group"))`;
  return rows[0]?.replaced ?? 0;
}

/** Marks the figures the batch replaces as superseded by its upload (kept as history). */
export function supersede(tx: Tx, ctx: TenantContext, figures: readonly ValidFigure[], scope: ReplaceScope, uploadId: string): Promise<number> {
  const k = distinctKeys(figures, scope);
  // The same keys and condition as countReplaced; kept as two whole statements, since only lib/db
  // may build SQL from fragments (Prisma.sql comes with the generated client).
  return tx.$executeRaw`
    UPDATE "IndicatorValue" AS v SET "supersededByUploadId" = ${uploadId}::uuid
    FROM unnest(${k.indicatorIds}::uuid[], ${k.periods}::text[], ${k.breakdowns}::text[], ${k.groups}::text[])
      AS k("indicatorId", "period", "breakdown", "group")
    WHERE v."trustId" = ${ctx.trustId}::uuid AND v."supersededByUploadId" IS NULL AND v."indicatorId" = k."indicatorId" AND v."period" = k."period"
      AND (${scope === 'period'} OR (v."breakdown"::text = k."breakdown" AND v."group" = k."group"))`;
}
