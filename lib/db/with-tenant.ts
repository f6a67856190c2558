import { AsyncLocalStorage } from 'node:async_hooks';
import type { Prisma } from './generated/client';
import { getPrisma } from './client';
import { poolWaitMillis } from './database-url';
import type { TenantContext } from '../tenancy/context';
import { AppError } from '../errors/app-error';
import { SERVICE_BUSY_MESSAGE } from '../errors/http-status';
import { markRequestOverloaded } from '../errors/request-scope';

/** The client handed to feature code: one interactive transaction, already scoped. */
export type Tx = Prisma.TransactionClient;

/** pg-pool's own words when connectionTimeoutMillis passes without a free client. */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';
const open = new AsyncLocalStorage<{ open: boolean; path: string }>();

/**
 * Runs one interactive transaction. Two rules make a pool of one (the embedded database's) safe:
 * a transaction may not start another while it is open (its connection is the only one, so the
 * inner one would wait for ever), so that is refused at once with the name of both; and waiting
 * longer than DATABASE_POOL_WAIT_MS for a connection is an UNAVAILABLE AppError (a 503 with
 * Retry-After), not a 500 after seconds of queueing.
 */
async function transaction<T>(path: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = open.getStore();
  if (outer?.open)
    throw new Error(`${path} was started inside an open ${outer.path} transaction: pass its tx instead, or the two can deadlock on a small pool.`);
  const marker = { open: true, path };
  try {
    // Prisma's own wait is longer than the pool's, so the pool's timeout is the one that fires.
    return await open.run(marker, () => getPrisma().$transaction(fn, { maxWait: poolWaitMillis() + 1_000, timeout: 15_000 }));
  } catch (error) {
    if (isPoolTimeout(error)) {
      markRequestOverloaded();
      throw new AppError('UNAVAILABLE', SERVICE_BUSY_MESSAGE, { cause: error });
    }
    throw error;
  } finally {
    marker.open = false;
  }
}

function isPoolTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.message === POOL_TIMEOUT || ('code' in error && error.code === 'P2028' && error.message.includes('Unable to start a transaction'));
}

/**
 * The only way feature code reaches tenant data. Inside one transaction it records the trust and
 * acting user in transaction-local settings (read by the row-level-security policies and the
 * audit triggers) and drops to `fairboard_app`, a role that owns nothing and cannot bypass RLS.
 * The connecting role runs migrations and the system path, so it must be a superuser or have
 * BYPASSRLS: the tables force row-level security even on their owner.
 */
export function withTenant<T>(ctx: Pick<TenantContext, 'trustId' | 'userId' | 'systemReason'>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const actor = ctx.systemReason ? `system:${ctx.systemReason}` : 'user';
  return transaction('withTenant', async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.trust_id', ${ctx.trustId}, true),
                              set_config('app.user_id', ${ctx.userId}, true),
                              set_config('app.actor', ${actor}, true)`;
    await tx.$executeRawUnsafe('SET LOCAL ROLE fairboard_app');
    return fn(tx);
  });
}

/**
 * For a signed-in user before a trust is chosen: the policies then show only the user's own
 * memberships and the trusts they belong to.
 */
export function withUser<T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction('withUser', async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.user_id', ${userId}, true), set_config('app.actor', 'user', true)`;
    await tx.$executeRawUnsafe('SET LOCAL ROLE fairboard_app');
    return fn(tx);
  });
}

/**
 * The named path around row-level security, for work that is not one trust's: seeding, operator
 * commands, sign-in and session checks, invitation acceptance. The reason is written to the audit
 * trail of every row the job changes, so each use can be traced.
 */
export function withSystem<T>(reason: string, fn: (tx: Tx) => Promise<T>, actorUserId?: string): Promise<T> {
  return transaction(`withSystem('${reason}')`, async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.actor', ${`system:${reason}`}, true),
                              set_config('app.user_id', ${actorUserId ?? ''}, true)`;
    return fn(tx);
  });
}

/**
 * A system check that names a user, then that user's own view, in one transaction: the request's
 * session check (system: it reads and touches the session row) and the look-up of the user's
 * membership (as the user: the policies show only their own memberships). One transaction where
 * there were two, with the same two roles in the same order; the second part runs only when the
 * first names someone.
 */
export function withSystemThenUser<S extends { id: string }, T>(
  reason: string,
  check: (tx: Tx) => Promise<S | null>,
  asUser: (tx: Tx, checked: S) => Promise<T>,
): Promise<{ checked: S; result: T } | null> {
  return transaction(`withSystemThenUser('${reason}')`, async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.actor', ${`system:${reason}`}, true), set_config('app.user_id', '', true)`;
    const checked = await check(tx);
    if (!checked) return null;
    await tx.$queryRaw`SELECT set_config('app.user_id', ${checked.id}, true), set_config('app.actor', 'user', true)`;
    await tx.$executeRawUnsafe('SET LOCAL ROLE fairboard_app');
    return { checked, result: await asUser(tx, checked) };
  });
}
