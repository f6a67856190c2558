import { withTenant, type Tx } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import { assertCan } from '../tenancy/permissions';
import { latestPeriod, widenedGapOf, type ViewIndicator, type WidenedGap } from './indicator-view';

// What the board reads about its indicators: each indicator with its current figures (never the
// superseded history), and the indicators whose deprivation gap widened beyond its interval.

export type CurrentIndicator = ViewIndicator & Readonly<{ id: string; enabled: boolean }>;

export type WidenedGaps = Readonly<{
  /** Indicators whose gap can be followed over two periods or more. */
  compared: number;
  widened: readonly WidenedGap[];
}>;

/** The trust's indicators (switched on, or the one asked for by code) with their current figures. */
export async function readCurrentIndicators(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, only: { code?: string } = {}): Promise<CurrentIndicator[]> {
  const indicators = await tx.indicator.findMany({
    where: { trustId: ctx.trustId, ...(only.code === undefined ? { enabled: true } : { code: only.code }) },
    orderBy: [{ origin: 'asc' }, { code: 'asc' }],
    select: {
      id: true,
      code: true,
      name: true,
      definition: true,
      source: true,
      unit: true,
      method: true,
      higherIsBetter: true,
      enabled: true,
      values: {
        where: { trustId: ctx.trustId, supersededByUploadId: null },
        orderBy: [{ periodStart: 'asc' }, { period: 'asc' }, { breakdown: 'asc' }, { group: 'asc' }],
        select: { period: true, breakdown: true, group: true, numerator: true, denominator: true, value: true },
      },
    },
  });
  return indicators.map(({ values, ...indicator }) => ({ ...indicator, figures: values }));
}

/** Every indicator switched on, with its current figures, for the indicators page. */
export async function currentIndicators(ctx: TenantContext): Promise<CurrentIndicator[]> {
  assertCan(ctx, 'indicator.view');
  return withTenant(ctx, (tx) => readCurrentIndicators(tx, ctx));
}

/** One indicator of the trust's catalogue by its code (switched on or not), or null when there is none. */
export async function indicatorByCode(ctx: TenantContext, code: string): Promise<CurrentIndicator | null> {
  assertCan(ctx, 'indicator.view');
  return withTenant(ctx, async (tx) => (await readCurrentIndicators(tx, ctx, { code }))[0] ?? null);
}

/** Just the name, for the indicator page's title: one small read, not the figures. */
export async function indicatorName(ctx: TenantContext, code: string): Promise<string | null> {
  assertCan(ctx, 'indicator.view');
  const found = await withTenant(ctx, (tx) => tx.indicator.findFirst({ where: { trustId: ctx.trustId, code }, select: { name: true } }));
  return found?.name ?? null;
}

/** Inside a caller's transaction (the board summary's): the widened gaps at each indicator's latest period. */
export async function readWidenedGaps(tx: Tx, ctx: Pick<TenantContext, 'trustId'>): Promise<WidenedGaps> {
  const gaps = (await readCurrentIndicators(tx, ctx)).flatMap((indicator) => {
    const period = latestPeriod(indicator.figures);
    const gap = period ? widenedGapOf(indicator, period) : null;
    return gap ? [gap] : [];
  });
  return { compared: gaps.length, widened: gaps.filter((gap) => gap.widened) };
}

export async function widenedGaps(ctx: TenantContext): Promise<WidenedGaps> {
  assertCan(ctx, 'indicator.view');
  return withTenant(ctx, (tx) => readWidenedGaps(tx, ctx));
}
