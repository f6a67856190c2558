import { withUser, type Tx } from '../db/with-tenant';
import type { TenantContext } from './context';

/**
 * The look-ups that run before a trust is known. They act as the user (withUser, or the user part
 * of withSystemThenUser), so the policies only ever show the signed-in user's own memberships and trusts.
 */

/** The user's membership of the trust with this slug, inside a transaction that already acts as the user (withSystemThenUser). */
export async function readTenantContext(tx: Tx, userId: string, trustSlug: string): Promise<TenantContext | null> {
  const membership = await tx.membership.findFirst({
    where: { userId, trust: { slug: trustSlug } },
    include: { trust: true },
  });
  if (!membership) return null;
  return {
    trustId: membership.trustId,
    trustSlug: membership.trust.slug,
    trustName: membership.trust.name,
    userId,
    role: membership.role,
    isChair: membership.isChair,
  };
}

export type UserTrust = Readonly<{ slug: string; name: string; role: TenantContext['role']; isChair: boolean }>;

/** The trusts the user belongs to, for the trust switcher. */
export function listUserTrusts(userId: string): Promise<UserTrust[]> {
  return withUser(userId, async (tx) => {
    const memberships = await tx.membership.findMany({
      where: { userId },
      include: { trust: { select: { slug: true, name: true } } },
      orderBy: { trust: { name: 'asc' } },
    });
    return memberships.map((m) => ({ slug: m.trust.slug, name: m.trust.name, role: m.role, isChair: m.isChair }));
  });
}
