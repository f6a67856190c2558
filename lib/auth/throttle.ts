import type { Tx } from '../db/with-tenant';

/**
 * Sign-in attempts are counted in PostgreSQL (SignInThrottle), so every app instance shares them.
 * Growing delays, never a lock that others can hold on someone (NCSC: throttle rather than lock
 * out). Four counters, each with its own key:
 *
 * - address: every account from one client address; 50 in an hour, then that address waits an hour.
 * - pair: one account from one address; 5 free, then 30 s doubling to at most 15 minutes.
 * - account: one account from devices it does not know, whatever the address; 20 free, then the
 *   same delays. Each address adds at most its pair's 5 free attempts, so one stranger cannot reach
 *   this on their own: it takes at least 4 addresses.
 * - device: one known device (a signed cookie set at sign-in, lib/auth/known-device.ts); 5 free,
 *   then the same delays. A known device is not held by the account or pair counters, so a
 *   stranger cannot keep its owner out; it is still held by its address's.
 *
 * An attempt is counted when it is let through to the password check, in one transaction that
 * locks the rows, so a parallel burst cannot get more checks than the limits allow. An attempt
 * refused by a delay is not counted and changes nothing: it cannot make the delay longer.
 */
export const ADDRESS_FAILURES_PER_HOUR = 50;
export const PAIR_FREE_FAILURES = 5;
export const ACCOUNT_FREE_FAILURES = 20;
const DEVICE_FREE_FAILURES = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
/** Seeds the advisory-lock hash, so these locks do not share numbers with anyone else's. */
const THROTTLE_LOCK_SEED = 0x5349474e; // 'SIGN'

type Kind = 'address' | 'pair' | 'account' | 'device';
type Policy = Readonly<{ free: number; windowMs: number; delayMs: (failures: number) => number }>;

const growing = (free: number) => (failures: number) => Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - free));
const POLICIES: Record<Kind, Policy> = {
  address: { free: ADDRESS_FAILURES_PER_HOUR, windowMs: HOUR_MS, delayMs: () => HOUR_MS },
  pair: { free: PAIR_FREE_FAILURES, windowMs: DAY_MS, delayMs: growing(PAIR_FREE_FAILURES) },
  account: { free: ACCOUNT_FREE_FAILURES, windowMs: DAY_MS, delayMs: growing(ACCOUNT_FREE_FAILURES) },
  device: { free: DEVICE_FREE_FAILURES, windowMs: DAY_MS, delayMs: growing(DEVICE_FREE_FAILURES) },
};

const normalEmail = (email: string) => email.trim().toLowerCase();
export const accountKey = (email: string) => `account:${normalEmail(email)}`;
export const addressKey = (address: string) => `address:${address}`;
export const pairKey = (email: string, address: string) => `pair:${normalEmail(email)}|${address}`;
export const deviceKey = (device: KnownDeviceRef) => `device:${device.userId}:${device.deviceId}`;

export type KnownDeviceRef = Readonly<{ userId: string; deviceId: string }>;
export type Attempt = Readonly<{ email: string; address: string; device?: KnownDeviceRef | null }>;
type Row = { key: string; failures: number; windowStart: Date; lockedUntil: Date | null };

/** The counters an attempt is held by: a known device replaces the account and pair counters. */
function keysOf(attempt: Attempt): Array<[Kind, string]> {
  const address: [Kind, string] = ['address', addressKey(attempt.address)];
  if (attempt.device) return [address, ['device', deviceKey(attempt.device)]];
  return [address, ['pair', pairKey(attempt.email, attempt.address)], ['account', accountKey(attempt.email)]];
}

/**
 * Lets an attempt through to the password check and counts it (returning the keys it was counted
 * on), or refuses it and changes nothing (null). The caller runs it in a transaction of its own
 * (withSystem): the rows stay locked until that ends.
 */
export type Counted = Readonly<{ key: string; lockedUntil: Date | null }>;

export async function claimAttempt(tx: Tx, attempt: Attempt, now = new Date()): Promise<Counted[] | null> {
  const keys = keysOf(attempt);
  const keyList = keys.map(([, key]) => key);
  await lockCounters(tx, keyList);
  const rows = await tx.signInThrottle.findMany({ where: { key: { in: keyList } } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  // Refused: nothing is written, so a refused attempt cannot make the delay longer.
  if (rows.some((row) => row.lockedUntil && row.lockedUntil > now)) return null;

  const pairFailures = countAfter(byKey.get(pairKey(attempt.email, attempt.address)), POLICIES.pair, now);
  const counted: Counted[] = [];
  for (const [kind, key] of keys) {
    // One address adds at most its pair's free attempts to the account's count.
    if (kind === 'account' && pairFailures > PAIR_FREE_FAILURES) continue;
    const row = byKey.get(key);
    const policy = POLICIES[kind];
    const fresh = !row || now.getTime() - row.windowStart.getTime() >= policy.windowMs;
    const failures = countAfter(row, policy, now);
    const lockedUntil = failures >= policy.free ? new Date(now.getTime() + policy.delayMs(failures)) : null;
    const data = { failures, windowStart: fresh ? now : row.windowStart, lockedUntil };
    await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    counted.push({ key, lockedUntil });
  }
  return counted;
}

/**
 * Takes a transaction-scoped advisory lock for each counter, in one global order (by the key's
 * 64-bit hash), before any counter row is read or written. Every sign-in transaction goes through
 * here, so two of them sharing counters queue instead of deadlocking, and a row another attempt is
 * creating or deleting cannot appear or vanish between reading it and writing it. (Row locks did
 * not do this: a right password's clean-up took the pair's row before the account's, the reverse
 * of counting, and two sign-ins of one person aborted each other with 40P01.)
 */
async function lockCounters(tx: Tx, keys: readonly string[]): Promise<void> {
  await tx.$queryRaw`
    SELECT count(pg_advisory_xact_lock("lock")) FROM (
      SELECT DISTINCT hashtextextended("key", ${THROTTLE_LOCK_SEED}) AS "lock" FROM unnest(${[...keys]}::text[]) AS "key" ORDER BY 1
    ) AS "ordered"`;
}

/** What this attempt makes the counter: one if it has no row yet or its window has passed. */
function countAfter(row: Row | undefined, policy: Policy, now: Date): number {
  if (!row) return 1;
  return now.getTime() - row.windowStart.getTime() >= policy.windowMs ? 1 : row.failures + 1;
}

/**
 * The password was right: the owner's own slips on this pair or device are forgotten, and this
 * attempt is taken off the address's and account's counts. The account's other failures stay
 * until their day is over, so a sign-in does not hand a distributed attacker fresh free guesses.
 */
export async function recordSuccess(tx: Tx, attempt: Attempt, counted: readonly Counted[]): Promise<void> {
  const own = [pairKey(attempt.email, attempt.address), ...(attempt.device ? [deviceKey(attempt.device)] : [])];
  await lockCounters(tx, [...own, ...counted.map(({ key }) => key)]);
  await tx.signInThrottle.deleteMany({ where: { key: { in: own } } });
  // A right password must not be what delays anyone: a delay this attempt set is lifted, unless
  // another attempt has set a newer one since.
  for (const { key, lockedUntil } of counted) {
    if (own.includes(key)) continue;
    await tx.$executeRaw`
      UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0),
        "lockedUntil" = CASE WHEN "lockedUntil" IS NOT DISTINCT FROM ${lockedUntil}::timestamptz THEN NULL ELSE "lockedUntil" END
      WHERE "key" = ${key}`;
  }
}

/**
 * An administrator's or operator's unlock: every count held against the account, from any address
 * or known device. Addresses' own counts stay: they are about the address, not the person.
 */
export async function clearAccount(tx: Tx, user: Readonly<{ id: string; email: string }>): Promise<number> {
  return (await tx.signInThrottle.deleteMany({ where: accountRows(user) })).count;
}

function accountRows(user: Readonly<{ id: string; email: string }>) {
  return { OR: [{ key: accountKey(user.email) }, { key: { startsWith: `pair:${normalEmail(user.email)}|` } }, { key: { startsWith: `device:${user.id}:` } }] };
}

/** The latest time any of the account's own counters holds it until, or null if none does now. */
export async function delayedUntil(tx: Tx, user: Readonly<{ id: string; email: string }>, now = new Date()): Promise<Date | null> {
  const rows = await tx.signInThrottle.findMany({
    where: { AND: [accountRows(user), { lockedUntil: { gt: now } }] },
    orderBy: { lockedUntil: 'desc' },
    take: 1,
  });
  return rows[0]?.lockedUntil ?? null;
}
