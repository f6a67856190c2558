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

  const key = addressKey(address);
  const existing = await tx.signInThrottle.findUnique({ where: { key } });
  const windowExpired = !existing || now.getTime() - existing.windowStart.getTime() > ADDRESS_WINDOW_MS;
  const failures = windowExpired ? 1 : existing.failures + 1;
  await tx.signInThrottle.upsert({
    where: { key },
    create: { key, failures, windowStart: now },
    update: {
      failures,
      windowStart: windowExpired ? now : existing.windowStart,
      lockedUntil: failures >= ADDRESS_FAILURES_PER_HOUR ? new Date(now.getTime() + ADDRESS_WINDOW_MS) : undefined,
    },
  });
}

export async function clearAccountFailures(tx: Tx, email: string): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { key: accountKey(email) } });
}
