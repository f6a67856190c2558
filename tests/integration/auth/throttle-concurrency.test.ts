import { beforeEach, describe, expect, inject, it } from 'vitest';
import { databasePoolSize } from '../../../lib/db/database-url';
import { getPrisma } from '../../../lib/db/client';
import { addressKey, claimAttempt, recordSuccess, type Attempt } from '../../../lib/auth/throttle';
import { withSystem } from '../../../lib/db/with-tenant';
import { resetDatabase } from '../setup/reset-db';

/** One sign-in's two throttle transactions, as lib/auth/sign-in.ts runs them around the password check. */
async function signInThrottled(attempt: Attempt): Promise<boolean> {
  const counted = await withSystem('test', (tx) => claimAttempt(tx, attempt));
  if (!counted) return false;
  await withSystem('test', (tx) => recordSuccess(tx, attempt, counted));
  return true;
}

/** Waits until this many of the test database's sessions are waiting for a row lock. */
async function untilWaitingForLocks(count: number): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    const [row] = await getPrisma().$queryRaw<Array<{ waiting: number }>>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never saw ${count} sessions waiting for a lock`);
}

describe('the sign-in throttle under simultaneous sign-ins', () => {
  beforeEach(resetDatabase);

  it('a sign-in being counted and another being forgotten take the same rows in one order, so neither is aborted as a deadlock', async () => {
    // Meaningful on a real PostgreSQL. Counting locked account, address, pair; forgetting a right
    // password's attempt deleted the pair's row first and then updated the account's: with another
    // session briefly holding the address's row, the two waited on each other (40P01).
    if (inject('embeddedDatabase')) {
      // The embedded database gets one connection (lib/db/database-url.ts), so its transactions run
      // one at a time and cannot wait on each other at all. The staging below needs three sessions
      // at once: it runs whenever DATABASE_URL names a PostgreSQL (npm test with it set).
      expect(databasePoolSize()).toBe(1);
      return;
    }
    const attempt: Attempt = { email: 'busy.person@example.nhs.uk', address: '203.0.113.41' };
    const counted = await withSystem('test', (tx) => claimAttempt(tx, attempt));
    expect(counted).not.toBeNull();

    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding!: () => void;
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const holder = withSystem('test', async (tx) => {
      await tx.$queryRaw`SELECT "key" FROM "SignInThrottle" WHERE "key" = ${addressKey(attempt.address)} FOR UPDATE`;
      holding();
      await released;
    });
    await held;

    const counting = withSystem('test', (tx) => claimAttempt(tx, attempt));
    await untilWaitingForLocks(1);
    const forgetting = withSystem('test', (tx) => recordSuccess(tx, attempt, counted!));
    await untilWaitingForLocks(2);
    release();

    const outcomes = await Promise.allSettled([holder, counting, forgetting]);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => String((outcome as PromiseRejectedResult).reason))).toEqual([]);
  });

  it('one person signing in from several tabs at once gets no errors', async () => {
    const attempt: Attempt = { email: 'busy.person@example.nhs.uk', address: '203.0.113.40' };
    const outcomes: Array<PromiseSettledResult<boolean>> = [];
    for (let round = 0; round < 25; round += 1) {
      outcomes.push(...(await Promise.allSettled(Array.from({ length: 8 }, () => signInThrottled(attempt)))));
    }

    const failed = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => String((outcome as PromiseRejectedResult).reason));
    // Eight at once may pass the pair's five free attempts and be briefly held (false): that is the
    // throttle working. An error is not.
    expect(failed).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value).length).toBeGreaterThanOrEqual(25);
  });
});
