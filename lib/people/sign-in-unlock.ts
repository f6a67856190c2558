import { withSystem, withTenant } from '../db/with-tenant';
import { clearAccount, delayedUntil } from '../auth/throttle';
import { AppError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';

async function memberAccount(ctx: TenantContext, membershipId: string): Promise<{ id: string; email: string }> {
  return withTenant(ctx, async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, trustId: ctx.trustId },
      include: { user: { select: { id: true, email: true } } },
    });
    if (!member) throw new AppError('NOT_FOUND', 'That member could not be found');
    return member.user;
  });
}

/** When the member's own sign-in is next allowed from a device it does not know, if it is delayed. */
export async function memberSignInDelayedUntil(ctx: TenantContext, membershipId: string, now = new Date()): Promise<Date | null> {
  assertCan(ctx, 'people.manage');
  const user = await memberAccount(ctx, membershipId);
  return withSystem('people:sign-in-status', (tx) => delayedUntil(tx, user, now), ctx.userId);
}

/**
 * An administrator lets a member of their own trust sign in again at once: every count held against
 * the account is cleared. The membership is found under the trust's own context first, so an
 * administrator cannot reach someone who is not a member of their trust.
 */
export async function unlockMemberSignIn(ctx: TenantContext, membershipId: string): Promise<void> {
  assertCan(ctx, 'people.manage');
  const user = await memberAccount(ctx, membershipId);
  await withSystem('people:unlock-sign-in', (tx) => clearAccount(tx, user), ctx.userId);
}
