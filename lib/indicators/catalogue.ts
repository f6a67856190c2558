import type { TrustType } from '../db/generated/enums';
import { isUniqueViolation } from '../db/prisma-errors';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import type { TenantContext } from '../tenancy/context';
import { assertCan } from '../tenancy/permissions';
import { appliesTo, NATIONAL_INDICATORS, NATIONAL_SET_VERSION } from './national-set';
import type { AddLocalIndicatorInput, SetIndicatorEnabledInput } from './schemas';
import type { IndicatorDto } from './indicator-dto';

// The trust's own indicator catalogue: the national set copied in as rows, plus local indicators.

const INDICATOR_SELECT = {
  id: true,
  code: true,
  name: true,
  definition: true,
  unit: true,
  method: true,
  higherIsBetter: true,
  trustTypes: true,
  source: true,
  origin: true,
  nationalSetVersion: true,
  enabled: true,
  version: true,
} as const;

/**
 * Copies the national set into a trust's catalogue: indicators it does not have yet are added,
 * switched on when they apply to the trust's type. Ones it has are left as the trust set them.
 * Takes the transaction of its caller (trust creation, the seed, or bringInNationalSet).
 */
export async function installNationalSet(tx: Tx, trustId: string, trustType: TrustType): Promise<number> {
  const existing = new Set((await tx.indicator.findMany({ where: { trustId }, select: { code: true } })).map((row) => row.code));
  const missing = NATIONAL_INDICATORS.filter((indicator) => !existing.has(indicator.code));
  if (missing.length === 0) return 0;
  const { count } = await tx.indicator.createMany({
    data: missing.map((indicator) => ({
      trustId,
      code: indicator.code,
      name: indicator.name,
      definition: indicator.definition,
      unit: indicator.unit,
      method: indicator.method,
      higherIsBetter: indicator.higherIsBetter,
      trustTypes: [...indicator.trustTypes],
      source: indicator.source,
      origin: 'national' as const,
      nationalSetVersion: NATIONAL_SET_VERSION,
      enabled: appliesTo(indicator, trustType),
    })),
  });
  return count;
}

export async function listIndicators(ctx: TenantContext, options: { enabledOnly?: boolean } = {}): Promise<IndicatorDto[]> {
  assertCan(ctx, 'indicator.view');
  return withTenant(ctx, (tx) => readIndicators(tx, ctx, options));
}

function readIndicators(tx: Tx, ctx: TenantContext, options: { enabledOnly?: boolean } = {}): Promise<IndicatorDto[]> {
  return tx.indicator.findMany({
    where: { trustId: ctx.trustId, ...(options.enabledOnly ? { enabled: true } : {}) },
    select: INDICATOR_SELECT,
    orderBy: [{ origin: 'asc' }, { code: 'asc' }],
  });
}

/** For a trust administrator: adds national indicators the catalogue lacks (a new national set version). */
export async function bringInNationalSet(ctx: TenantContext): Promise<{ added: number }> {
  assertCan(ctx, 'indicator.catalogue');
  return withTenant(ctx, async (tx) => {
    const trust = await tx.trust.findFirstOrThrow({ where: { id: ctx.trustId }, select: { type: true } });
    return { added: await installNationalSet(tx, ctx.trustId, trust.type) };
  });
}

/** Switches an indicator on or off; answers with its name, for the confirmation. */
export async function setIndicatorEnabled(ctx: TenantContext, input: SetIndicatorEnabledInput): Promise<{ name: string }> {
  assertCan(ctx, 'indicator.catalogue');
  return withTenant(ctx, async (tx) => {
    const { count } = await tx.indicator.updateMany({
      where: { id: input.indicatorId, trustId: ctx.trustId, version: input.expectedVersion },
      data: { enabled: input.enabled, version: { increment: 1 } },
    });
    if (count === 1) return tx.indicator.findFirstOrThrow({ where: { id: input.indicatorId, trustId: ctx.trustId }, select: { name: true } });
    const exists = await tx.indicator.count({ where: { id: input.indicatorId, trustId: ctx.trustId } });
    if (exists === 0) throw new AppError('NOT_FOUND', 'That indicator could not be found.');
    throw new AppError('CONFLICT', 'Someone else changed this indicator since you opened the page: reload it and try again.');
  });
}

export async function addLocalIndicator(ctx: TenantContext, input: AddLocalIndicatorInput): Promise<{ id: string }> {
  assertCan(ctx, 'indicator.catalogue');
  try {
    return await withTenant(ctx, (tx) =>
      tx.indicator.create({
        data: { trustId: ctx.trustId, ...input, origin: 'local', trustTypes: [], nationalSetVersion: null },
        select: { id: true },
      }),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message = `Your catalogue already has an indicator with the code “${input.code}”: choose another code`;
    throw new AppError('CONFLICT', message, { fieldErrors: { code: [message] } });
  }
}
