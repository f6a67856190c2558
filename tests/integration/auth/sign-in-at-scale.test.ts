import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { clientAddressFromHeaders, markSocketAddressRecorded, SOCKET_ADDRESS_HEADER } from '../../../lib/auth/client-address';
import { hashPassword } from '../../../lib/auth/passwords';
import { signInWithPassword } from '../../../lib/auth/sign-in';
import { accountKey, ACCOUNT_FREE_FAILURES, addressKey } from '../../../lib/auth/throttle';
import { resetDatabase } from '../setup/reset-db';
import { createTestUser } from '../../support/fixtures';

/**
 * 1,000 wrong-password guesses at one account, through signInWithPassword (what next-auth's
 * authorize() calls) with the client address worked out exactly as the route does
 * (lib/auth/client-address.ts), here behind one trusted proxy hop. Run here rather than over
 * HTTP because each guess costs an Argon2id verification; e2e/security/sign-in-abuse.spec.ts sends
 * a smaller sample through the real HTTP sign-in.
 *
 * What the design guarantees: the account's limit for devices it does not know holds whatever
 * address a guess comes from. Forged entries left of the proxy's are ignored; guesses that really
 * come from many addresses (a botnet behind the proxy) get past the per-address limit, and the
 * account's limit is what stops them. All 1,000 arrive within one second of the throttle's clock,
 * so the figures are exact: the first 20 are let through, the rest refused without being counted.
 * Reaching the address limit while rotating forged entries: tests/integration/auth/client-address-http.test.ts.
 */
const PASSWORD = 'the owner’s real password';
const GUESSES = 1_000;
const FROM_MANY_ADDRESSES = 700;
const SHARED_ADDRESS = '203.0.113.200';
const CONCURRENCY = 8;
const START = new Date('2026-12-01T09:00:00Z');
const ONE_HOP = { hops: 1 } as const;
/** What our server hands on from behind the proxy: the proxy's socket address and X-Forwarded-For. */
const headersFor = (forwardedFor: string) => ({ [SOCKET_ADDRESS_HEADER]: '10.255.0.1', 'x-forwarded-for': forwardedFor });

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
    markSocketAddressRecorded();
    passwordHash = await hashPassword(PASSWORD);
  });
  beforeEach(resetDatabase);

  it('are all refused, the right password among them, whatever addresses and forged headers they come with; the owner gets in once the lock has passed', async () => {
    const owner = await createTestUser({ email: 'targeted.chair@example.nhs.uk', passwordHash });
    const started = performance.now();
    const outcomes: boolean[] = [];
    const attempt = (guess: number) =>
      signInWithPassword(
        { email: owner.email, password: isRightPassword(guess) ? PASSWORD : `guess ${guess}` },
        { clientAddress: clientAddressFromHeaders(headersFor(forwardedFor(guess)), ONE_HOP), now: new Date(START.getTime() + guess) },
      );

    // The first guesses one by one, so the delay is in place before the bursts start.
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
    expect(account?.failures, 'the 20 free guesses; the 980 refused ones were not counted').toBe(20);
    expect(account?.lockedUntil, 'the delay set by the 20th guess (at +19 ms), not pushed on by the 980 after it').toEqual(
      new Date(START.getTime() + 19 + 30_000),
    );

    const addresses = await prisma.signInThrottle.findMany({ where: { key: { startsWith: 'address:' } } });
    expect(
      addresses.filter((row) => row.key.startsWith('address:6.6.')),
      'forged entries never become the counted address',
    ).toEqual([]);
    expect(
      addresses.filter((row) => row.key.startsWith('address:10.')).every((row) => row.failures === 1 && row.lockedUntil === null),
      'each botnet address let through failed once and is not locked: the account limit is what held',
    ).toBe(true);
    expect(
      addresses.filter((row) => row.key.startsWith('address:10.')),
      'only the 20 let through were counted anywhere',
    ).toHaveLength(ACCOUNT_FREE_FAILURES);
    expect(
      addresses.find((row) => row.key === addressKey(SHARED_ADDRESS)),
      'the shared address’s 300 came after the delay began: refused, counted nowhere',
    ).toBeUndefined();

    // The owner's way back in on a new device (lib/auth/throttle.ts): the delay ends on its own,
    // 30 seconds after the 20th guess, whatever came after it.
    const owners = clientAddressFromHeaders(headersFor('192.0.2.44'), ONE_HOP);
    expect(
      await signInWithPassword({ email: owner.email, password: PASSWORD }, { clientAddress: owners, now: new Date(START.getTime() + 19 + 30_000 - 1) }),
      'still delayed',
    ).toBeNull();
    expect(
      await signInWithPassword({ email: owner.email, password: PASSWORD }, { clientAddress: owners, now: new Date(START.getTime() + 19 + 30_000) }),
    ).toMatchObject({ id: owner.id });
    expect(
      await prisma.signInThrottle.findUnique({ where: { key: accountKey(owner.email) } }),
      'the right password takes only itself off the count',
    ).toMatchObject({ failures: 20, lockedUntil: null });

    const figures = {
      guesses: GUESSES,
      fromDistinctAddresses: FROM_MANY_ADDRESSES,
      fromOneAddressWithForgedEntries: GUESSES - FROM_MANY_ADDRESSES,
      rightPasswordTries,
      succeeded: 0,
      letThroughToThePasswordCheck: account?.failures,
      elapsedMs: Math.round(elapsedMs),
      msPerGuess: Math.round(elapsedMs / GUESSES),
    };
    mkdirSync('test-reports/security', { recursive: true });
    writeFileSync('test-reports/security/sign-in-at-scale.json', `${JSON.stringify(figures, null, 2)}\n`);
    console.log(
      `sign-in at scale: ${GUESSES} guesses (${FROM_MANY_ADDRESSES} from distinct addresses, ${GUESSES - FROM_MANY_ADDRESSES} from one with forged entries, ${rightPasswordTries} with the right password), 0 succeeded, ${Math.round(elapsedMs / 1000)} s`,
    );
  }, 600_000);
});
