import type { Prisma } from './generated/client';
import { getPrisma } from './client';
import type { TenantContext } from '../tenancy/context';

/** The client handed to feature code: one interactive transaction, already scoped. */
export type Tx = Prisma.TransactionClient;

const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 15_000 } as const;

/**
 * The only way feature code reaches tenant data. Inside one transaction it records the trust and
 * acting user in transaction-local settings (read by the row-level-security policies and the
 * audit triggers) and drops to `fairboard_app`, a role that owns nothing and cannot bypass RLS.
 * The connecting role runs migrations and the system path, so it must be a superuser or have
 * BYPASSRLS: the tables force row-level security even on their owner.
 */
export function withTenant<T>(ctx: Pick<TenantContext, 'trustId' | 'userId' | 'systemReason'>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const actor = ctx.systemReason ? `system:${ctx.systemReason}` : 'user';
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.trust_id', ${ctx.trustId}, true),
                              set_config('app.user_id', ${ctx.userId}, true),
                              set_config('app.actor', ${actor}, true)`;
    await tx.$executeRawUnsafe('SET LOCAL ROLE fairboard_app');
    return fn(tx);
  }, TRANSACTION_OPTIONS);
}

/**
 * For a signed-in user before a trust is chosen: the policies then show only the user's own
 * memberships and the trusts they belong to.
 */
export function withUser<T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.user_id', ${userId}, true), set_config('app.actor', 'user', true)`;
    await tx.$executeRawUnsafe('SET LOCAL ROLE fairboard_app');
    return fn(tx);
  }, TRANSACTION_OPTIONS);
}

/**
 * The named path around row-level security, for work that is not one trust's: seeding, operator
 * commands, sign-in and session checks, invitation acceptance. The reason is written to the audit
 * trail of every row the job changes, so each use can be traced.
 */
export function withSystem<T>(reason: string, fn: (tx: Tx) => Promise<T>, actorUserId?: string): Promise<T> {
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.actor', ${`system:${reason}`}, true),
                              set_config('app.user_id', ${actorUserId ?? ''}, true)`;
    return fn(tx);
  }, TRANSACTION_OPTIONS);
}
