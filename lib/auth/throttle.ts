import type { Tx } from '../db/with-tenant';

/**
 * Failed sign-ins are counted per account and per client address in PostgreSQL, so every app
 * instance shares them. An account backs off exponentially rather than locking for good, so an
 * attacker cannot keep the real owner out for long.
 */
export const ACCOUNT_FREE_FAILURES = 5;
export const ADDRESS_FAILURES_PER_HOUR = 50;
const MAX_ACCOUNT_LOCK_MS = 15 * 60_000;
const ADDRESS_WINDOW_MS = 60 * 60_000;

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

export async function isThrottled(tx: Tx, keys: string[], now = new Date()): Promise<boolean> {
  const rows = await tx.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  return rows.length > 0;
}

export async function recordFailure(tx: Tx, email: string, address: string, now = new Date()): Promise<void> {
  const account = await tx.signInThrottle.upsert({
    where: { key: accountKey(email) },
    create: { key: accountKey(email), failures: 1, windowStart: now },
    update: { failures: { increment: 1 } },
  });
  if (account.failures >= ACCOUNT_FREE_FAILURES) {
    const lockMs = Math.min(MAX_ACCOUNT_LOCK_MS, 30_000 * 2 ** (account.failures - ACCOUNT_FREE_FAILURES));
    await tx.signInThrottle.update({ where: { key: account.key }, data: { lockedUntil: new Date(now.getTime() + lockMs) } });
  }

  // One statement, so parallel failures from one address are all counted: reading the row and
  // writing back failures + 1 let concurrent requests overwrite each other and slip under the limit.
  const key = addressKey(address);
  const windowCutoff = new Date(now.getTime() - ADDRESS_WINDOW_MS);
  const addressLockedUntil = new Date(now.getTime() + ADDRESS_WINDOW_MS);
  await tx.$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart")
    VALUES (${key}, 1, ${now}::timestamptz)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${windowCutoff}::timestamptz THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowCutoff}::timestamptz THEN ${now}::timestamptz ELSE "SignInThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "SignInThrottle"."windowStart" < ${windowCutoff}::timestamptz THEN 1 ELSE "SignInThrottle"."failures" + 1 END) >= ${ADDRESS_FAILURES_PER_HOUR}::int
        THEN ${addressLockedUntil}::timestamptz
        ELSE "SignInThrottle"."lockedUntil" END`;
}

export async function clearAccountFailures(tx: Tx, email: string): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { key: accountKey(email) } });
}
