import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { clientAddressFromHeaders } from '../../../lib/auth/client-address';
import { hashPassword } from '../../../lib/auth/passwords';
import { signInWithPassword } from '../../../lib/auth/sign-in';
import { accountKey, ACCOUNT_FREE_FAILURES, addressKey, ADDRESS_FAILURES_PER_HOUR } from '../../../lib/auth/throttle';
import { resetDatabase } from '../setup/reset-db';
import { createTestUser } from '../../support/fixtures';

/**
 * 1,000 wrong-password guesses at one account, through signInWithPassword (what next-auth's
 * authorize() calls) with the client address worked out from X-Forwarded-For exactly as the route
 * does (lib/auth/client-address.ts, one trusted proxy hop by default). Run here rather than over
 * HTTP because each guess costs an Argon2id verification; e2e/security/sign-in-abuse.spec.ts sends
 * a smaller sample through the real HTTP sign-in.
 *
 * What the design guarantees: the per-account lock holds whatever address a guess comes from.
 * Forged entries left of the proxy's are ignored, so rotating them cannot dodge the per-address
 * limit; guesses that really come from many addresses (a botnet behind the proxy) do get past the
 * per-address limit, and the account lock is what stops them.
 */
const PASSWORD = 'the owner’s real password';
const GUESSES = 1_000;
const FROM_MANY_ADDRESSES = 700;
const SHARED_ADDRESS = '203.0.113.200';
const CONCURRENCY = 8;

/** The header a proxy passes on: what the client wrote, then the address the proxy saw, on the right. */
function forwardedFor(guess: number): string {
  const forged = Array.from({ length: guess % 4 }, (_, k) => `6.6.${guess % 250}.${k}`).join(', ');
  const seen = guess < FROM_MANY_ADDRESSES ? `10.${Math.floor(guess / 250)}.${guess % 250}.7` : SHARED_ADDRESS;
  return forged ? `${forged}, ${seen}` : seen;
}

/** Every hundredth guess is the right password, as if the attacker finally found it. */
const isRightPassword = (guess: number) => guess >= ACCOUNT_FREE_FAILURES * 4 && guess % 100 === 99;

describe(`${GUESSES.toLocaleString('en-GB')} password guesses at one account`, () => {
  let passwordHash: string;
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });
  beforeEach(resetDatabase);

  it('are all refused, the right password among them, whatever addresses and forged headers they come with; the owner gets in once the lock has passed', async () => {
    const owner = await createTestUser({ email: 'targeted.chair@example.nhs.uk', passwordHash });
    const started = performance.now();
    const outcomes: boolean[] = [];
    const attempt = (guess: number) =>
      signInWithPassword({ email: owner.email, password: isRightPassword(guess) ? PASSWORD : `guess ${guess}` }, clientAddressFromHeaders({ 'x-forwarded-for': forwardedFor(guess) }));

    // The first guesses one by one, so the lock is in place before the bursts start.
    for (let guess = 0; guess < ACCOUNT_FREE_FAILURES * 4; guess += 1) outcomes.push((await attempt(guess)) !== null);
    for (let guess = ACCOUNT_FREE_FAILURES * 4; guess < GUESSES; guess += CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, GUESSES - guess) }, (_, k) => attempt(guess + k));
      outcomes.push(...(await Promise.all(batch)).map((result) => result !== null));
    }
    const elapsedMs = performance.now() - started;

    expect(outcomes).toHaveLength(GUESSES);
    expect(outcomes.filter(Boolean)).toHaveLength(0);
    const rightPasswordTries = Array.from({ length: GUESSES }, (_, guess) => guess).filter(isRightPassword).length;
    expect(rightPasswordTries).toBeGreaterThanOrEqual(9);
    expect(await getPrisma().authSession.count({ where: { userId: owner.id } })).toBe(0);

    const prisma = getPrisma();
    const account = await prisma.signInThrottle.findUnique({ where: { key: accountKey(owner.email) } });
    expect(account?.failures, 'every guess counted against the account, none lost in the bursts').toBe(GUESSES);
    expect(account?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(account?.lockedUntil?.getTime(), 'the lock is a back-off, never longer than 15 minutes').toBeLessThanOrEqual(Date.now() + 15 * 60_000);

    const addresses = await prisma.signInThrottle.findMany({ where: { key: { startsWith: 'address:' } } });
    expect(addresses.filter((row) => row.key.startsWith('address:6.6.')), 'forged entries never become the counted address').toEqual([]);
    expect(addresses.filter((row) => row.key.startsWith('address:10.')).every((row) => row.failures === 1 && row.lockedUntil === null), 'each botnet address failed once and is not locked: the account lock is what held').toBe(true);
    expect(addresses.filter((row) => row.key.startsWith('address:10.'))).toHaveLength(FROM_MANY_ADDRESSES);
    const shared = addresses.find((row) => row.key === addressKey(SHARED_ADDRESS));
    expect(shared?.failures, 'rotating forged entries in front of one real address all count against it').toBe(GUESSES - FROM_MANY_ADDRESSES);
    expect(shared!.failures).toBeGreaterThanOrEqual(ADDRESS_FAILURES_PER_HOUR);
    expect(shared?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());

    // The owner's way back in (lib/auth/throttle.ts): the lock is a back-off that ends on its own,
    // at most 15 minutes after the last failure. Let it pass, then sign in from the owner's address.
    expect(await signInWithPassword({ email: owner.email, password: PASSWORD }, clientAddressFromHeaders({ 'x-forwarded-for': '192.0.2.44' })), 'still locked').toBeNull();
    await prisma.signInThrottle.update({ where: { key: accountKey(owner.email) }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await signInWithPassword({ email: owner.email, password: PASSWORD }, clientAddressFromHeaders({ 'x-forwarded-for': '192.0.2.44' }))).toMatchObject({ id: owner.id });
    expect(await prisma.signInThrottle.findUnique({ where: { key: accountKey(owner.email) } }), 'a successful sign-in clears the account’s count').toBeNull();

    const figures = { guesses: GUESSES, fromDistinctAddresses: FROM_MANY_ADDRESSES, fromOneAddressWithForgedEntries: GUESSES - FROM_MANY_ADDRESSES, rightPasswordTries, succeeded: 0, accountFailuresCounted: account?.failures, elapsedMs: Math.round(elapsedMs), msPerGuess: Math.round(elapsedMs / GUESSES) };
    mkdirSync('test-reports/security', { recursive: true });
    writeFileSync('test-reports/security/sign-in-at-scale.json', `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`sign-in at scale: ${GUESSES} guesses (${FROM_MANY_ADDRESSES} from distinct addresses, ${GUESSES - FROM_MANY_ADDRESSES} from one with forged entries, ${rightPasswordTries} with the right password), 0 succeeded, ${Math.round(elapsedMs / 1000)} s`);
  }, 600_000);
});
