import type { Tx } from '../db/with-tenant';
import { fieldError } from '../errors/app-error';
import type { Figure } from '../indicators/analysis';
import type { TenantContext } from '../tenancy/context';
import { baselineAndLatest, decideBaseline, figureChoices, figureKey, linkedSeries, type IndicatorLink } from './indicator-link';

// The database side of linking a measure to an indicator, inside the caller's withTenant
// transaction so a save stays one transaction. The pure rules are in indicator-link.ts.

export const CURRENT_FIGURES = { period: true, breakdown: true, group: true, numerator: true, denominator: true, value: true } as const;

/** The indicator's current figures (not the superseded history), in this trust only. */
export async function currentFigures(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, indicatorId: string): Promise<Figure[]> {
  return tx.indicatorValue.findMany({
    where: { trustId: ctx.trustId, indicatorId, supersededByUploadId: null },
    orderBy: [{ periodStart: 'asc' }, { period: 'asc' }, { breakdown: 'asc' }, { group: 'asc' }],
    select: CURRENT_FIGURES,
  });
}

export type LinkInput = Readonly<{
  indicatorId: string | null;
  indicatorFigure: IndicatorLink | null;
  baseline: number | null;
  target: number | null;
  baselineReason: string;
}>;

/** The columns a save writes for the link and the baseline. */
export type StoredLink = Readonly<{
  indicatorId: string | null;
  indicatorFigure: IndicatorLink['figure'] | null;
  indicatorBreakdown: IndicatorLink['breakdown'] | null;
  indicatorGroup: string | null;
  baseline: number | null;
  baselineFromData: boolean;
  baselineReason: string;
}>;

/**
 * Checks the link (one of this trust's switched-on indicators, or the one already linked if it has
 * since been switched off; a figure its data holds) and decides the baseline: the data's figure
 * for the period before the objective's year unless a different one is given with a reason.
 */
export async function resolveIndicatorLink(
  tx: Tx,
  ctx: Pick<TenantContext, 'trustId'>,
  input: LinkInput,
  financialYear: number,
  linkedNow: string | null = null,
): Promise<StoredLink> {
  if (!input.indicatorId || !input.indicatorFigure) {
    return {
      indicatorId: null,
      indicatorFigure: null,
      indicatorBreakdown: null,
      indicatorGroup: null,
      baseline: input.baseline,
      baselineFromData: false,
      baselineReason: '',
    };
  }
  const indicator = await tx.indicator.findFirst({ where: { id: input.indicatorId, trustId: ctx.trustId }, select: { id: true, unit: true, enabled: true } });
  if (!indicator || (!indicator.enabled && indicator.id !== linkedNow))
    throw fieldError('indicatorId', 'Choose an indicator from the list: one of the trust’s indicators that is switched on');
  const figures = await currentFigures(tx, ctx, indicator.id);
  const link = input.indicatorFigure;
  if (!figureChoices(indicator.unit, figures).some((choice) => choice.key === figureKey(link))) {
    throw fieldError('indicatorFigure', 'The indicator’s figures do not include that one. Choose a figure from the list');
  }
  const { baseline } = baselineAndLatest(linkedSeries(indicator.unit, figures, link), financialYear);
  const decision = decideBaseline(input.baseline, baseline, input.baselineReason);
  if (!decision.ok) throw fieldError('baselineReason', decision.message);
  if (input.target !== null && decision.baseline === null) {
    throw fieldError('baseline', 'Enter the baseline: the indicator has no figure for it yet, and a target needs a starting point');
  }
  return {
    indicatorId: indicator.id,
    indicatorFigure: link.figure,
    indicatorBreakdown: link.breakdown,
    indicatorGroup: link.group,
    baseline: decision.baseline,
    baselineFromData: decision.fromData,
    baselineReason: decision.reason,
  };
}
