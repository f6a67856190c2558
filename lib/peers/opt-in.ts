import { withTenant } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { assertCan, can } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import type { PeerOptInInput } from './schemas';
import type { PeerOptInDto } from './peer-dto';

/** Whether this trust takes part in peer comparison, read from its own row. */
export async function getPeerOptIn(ctx: TenantContext): Promise<PeerOptInDto> {
  assertCan(ctx, 'review.view');
  const trust = await withTenant(ctx, (tx) => tx.trust.findFirst({ where: { id: ctx.trustId }, select: { peerComparisonOptIn: true, peerOptInAt: true } }));
  if (!trust) throw new AppError('NOT_FOUND', 'That trust could not be found');
  return { optedIn: trust.peerComparisonOptIn, optedInAt: trust.peerOptInAt, canChange: can(ctx, 'peers.opt-in') };
}

/**
 * Opts the trust in or out. Opting out takes effect at once: from the next read the trust neither
 * sees nor contributes anything. Opting in again records a new date; saying the same thing twice
 * changes nothing.
 */
export async function setPeerOptIn(ctx: TenantContext, input: PeerOptInInput, now = new Date()): Promise<PeerOptInDto> {
  if (!can(ctx, 'peers.opt-in')) throw new AppError('FORBIDDEN', 'Only a trust administrator can change whether the trust takes part in peer comparison.');
  return withTenant(ctx, async (tx) => {
    const trust = await tx.trust.findFirst({ where: { id: ctx.trustId }, select: { peerComparisonOptIn: true, peerOptInAt: true } });
    if (!trust) throw new AppError('NOT_FOUND', 'That trust could not be found');
    if (trust.peerComparisonOptIn === input.optIn) return { optedIn: trust.peerComparisonOptIn, optedInAt: trust.peerOptInAt, canChange: true };
    const updated = await tx.trust.update({
      where: { id: ctx.trustId },
      data: { peerComparisonOptIn: input.optIn, peerOptInAt: input.optIn ? now : null },
      select: { peerComparisonOptIn: true, peerOptInAt: true },
    });
    return { optedIn: updated.peerComparisonOptIn, optedInAt: updated.peerOptInAt, canChange: true };
  });
}
