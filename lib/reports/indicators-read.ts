import type { Tx } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import { readCurrentIndicators } from '../indicators/board-view';
import type { IndicatorForReport } from './indicators-builder';

/**
 * The trust's indicators that are switched on, each with its current figures (not the superseded
 * history), for the report's section. Inside the snapshot's transaction, so the figures are read
 * at the same moment as everything else the export prints.
 */
export function readIndicatorsForReport(tx: Tx, ctx: Pick<TenantContext, 'trustId'>): Promise<IndicatorForReport[]> {
  return readCurrentIndicators(tx, ctx);
}
