import { ukDateOf } from '../calendar/financial-year';
import { withTenant } from '../db/with-tenant';
import { isUuid } from '../forms/ids';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { baselineAndLatest, figureChoices, figureLabel, linkedSeries } from './indicator-link';
import { CURRENT_FIGURES, currentFigures } from './indicator-link-rows';
import { toSummaryDto, type ObjectiveSummaryDto } from './objective-dto';
import { findObjectiveRows } from './objective-rows';
import type { IndicatorLinkChoice, LinkedFiguresDto } from './indicator-link-dto';

// Reads for objectives linked to indicators: the form's choices, the objective page's figures and
// the indicator page's list of objectives acting on it. Each is one withTenant transaction.

/** The trust's switched-on indicators (and `keepId`, the one already linked, even if switched off since). */
export async function listIndicatorLinkChoices(ctx: TenantContext, keepId: string | null = null): Promise<IndicatorLinkChoice[]> {
  assertCan(ctx, 'objective.view');
  return withTenant(ctx, async (tx) => {
    const indicators = await tx.indicator.findMany({
      where: { trustId: ctx.trustId, OR: [{ enabled: true }, ...(keepId && isUuid(keepId) ? [{ id: keepId }] : [])] },
      orderBy: [{ origin: 'asc' }, { name: 'asc' }],
      select: {
        id: true,
        code: true,
        name: true,
        unit: true,
        values: { where: { trustId: ctx.trustId, supersededByUploadId: null }, select: CURRENT_FIGURES },
      },
    });
    return indicators.map(({ values, ...indicator }) => ({ ...indicator, figures: figureChoices(indicator.unit, values) }));
  });
}

/** The linked indicator's baseline (for the objective's year) and latest figure, suppression applied. */
export async function linkedIndicatorFigures(
  ctx: TenantContext,
  objective: Pick<ObjectiveSummaryDto, 'indicatorLink' | 'financialYear'>,
): Promise<LinkedFiguresDto | null> {
  assertCan(ctx, 'objective.view');
  const link = objective.indicatorLink;
  if (!link) return null;
  return withTenant(ctx, async (tx) => {
    const indicator = await tx.indicator.findFirst({ where: { id: link.indicatorId, trustId: ctx.trustId }, select: { code: true, name: true, unit: true } });
    if (!indicator) return null;
    const series = linkedSeries(indicator.unit, await currentFigures(tx, ctx, link.indicatorId), link);
    return { ...indicator, figureLabel: figureLabel(link), ...baselineAndLatest(series, objective.financialYear) };
  });
}

/** Every objective, in any year, whose measure follows the indicator: newest year first, then by title. */
export async function listObjectivesActingOn(ctx: TenantContext, indicatorId: string, now = new Date()): Promise<ObjectiveSummaryDto[]> {
  assertCan(ctx, 'objective.view');
  if (!isUuid(indicatorId)) return [];
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const rows = await findObjectiveRows(tx, ctx, { indicatorId });
    rows.sort((a, b) => b.financialYear - a.financialYear || a.title.localeCompare(b.title, 'en-GB'));
    return rows.map((row) => toSummaryDto(row, today));
  });
}
