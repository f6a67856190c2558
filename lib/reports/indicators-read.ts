import type { Tx } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import type { IndicatorForReport } from './indicators-builder';

/**
 * The trust's indicators that are switched on, each with its current figures (not the superseded
 * history), for the report's section. Inside the snapshot's transaction, so the figures are read
 * at the same moment as everything else the export prints.
 */
export async function readIndicatorsForReport(tx: Tx, ctx: Pick<TenantContext, 'trustId'>): Promise<IndicatorForReport[]> {
  const indicators = await tx.indicator.findMany({
    where: { trustId: ctx.trustId, enabled: true },
    orderBy: [{ origin: 'asc' }, { code: 'asc' }],
    select: {
      code: true, name: true, definition: true, source: true, unit: true, higherIsBetter: true,
      values: {
        where: { trustId: ctx.trustId, supersededByUploadId: null },
        orderBy: [{ periodStart: 'asc' }, { period: 'asc' }, { breakdown: 'asc' }, { group: 'asc' }],
        select: { period: true, breakdown: true, group: true, numerator: true, denominator: true, value: true },
      },
    },
  });
  return indicators.map(({ values, ...indicator }) => ({ ...indicator, figures: values }));
}
