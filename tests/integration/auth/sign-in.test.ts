import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { hashPassword } from '../../../lib/auth/passwords';
import { validateSession } from '../../../lib/auth/sessions';
import { signInWithPassword } from '../../../lib/auth/sign-in';
import { accountKey, ACCOUNT_FREE_FAILURES, addressKey, ADDRESS_FAILURES_PER_HOUR, claimAttempt, PAIR_FREE_FAILURES } from '../../../lib/auth/throttle';
import { withSystem } from '../../../lib/db/with-tenant';
import { resetDatabase } from '../setup/reset-db';
import { createTestUser } from '../../support/fixtures';

const PASSWORD = 'a long enough password';
let passwordHash: string;

function throttleRow(key: string) {
  return getPrisma().signInThrottle.findUnique({ where: { key } });
}
/** A wrong guess at the throttle's clock: counted when it is let through to the password check. */
const recordFailure = (email: string, address: string, now: Date) => withSystem('test', (tx) => claimAttempt(tx, { email, address }, now));
/** Each address adds at most its pair's free guesses to the account, so spread them over addresses. */
const spreadAddress = (guess: number) => `198.51.100.${Math.floor(guess / PAIR_FREE_FAILURES) + 1}`;

describe('signing in with a password', () => {
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });
  beforeEach(resetDatabase);

  it('the right password signs in and opens a server-side session', async () => {
    const user = await createTestUser({ email: 'board.member@example.nhs.uk', displayName: 'Board Member', passwordHash });

    const signedIn = await signInWithPassword(
      { email: '  Board.Member@Example.NHS.uk ', password: PASSWORD },
      { clientAddress: '203.0.113.7', secret: 'a test secret' },
    );

    expect(signedIn).toEqual({
      id: user.id,
      email: 'board.member@example.nhs.uk',
      name: 'Board Member',
      sessionId: expect.any(String),
      knownDeviceCookie: expect.any(String),
    });
    expect(await getPrisma().authSession.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([{ id: signedIn?.sessionId }]);
    expect(await validateSession(signedIn?.sessionId ?? '')).toMatchObject({ id: user.id });
  });

  it('a wrong password, an unknown account, a disabled account and malformed input all return null and open no session', async () => {
    await createTestUser({ email: 'known@example.nhs.uk', passwordHash });
    await createTestUser({ email: 'disabled@example.nhs.uk', passwordHash, disabled: true });
    await createTestUser({ email: 'no.password@example.nhs.uk' });

    expect(await signInWithPassword({ email: 'known@example.nhs.uk', password: 'not the password' }, '203.0.113.8')).toBeNull();
    expect(await signInWithPassword({ email: 'nobody@example.nhs.uk', password: PASSWORD }, '203.0.113.8')).toBeNull();
    expect(await signInWithPassword({ email: 'disabled@example.nhs.uk', password: PASSWORD }, '203.0.113.8')).toBeNull();
    expect(await signInWithPassword({ email: 'no.password@example.nhs.uk', password: PASSWORD }, '203.0.113.8')).toBeNull();
    expect(await signInWithPassword({ email: 'not an email', password: PASSWORD }, '203.0.113.8')).toBeNull();
    expect(await signInWithPassword(undefined, '203.0.113.8')).toBeNull();

    expect(await getPrisma().authSession.count()).toBe(0);
    expect((await throttleRow(accountKey('known@example.nhs.uk')))?.failures).toBe(1);
    expect((await throttleRow(accountKey('nobody@example.nhs.uk')))?.failures).toBe(1);
    expect((await throttleRow(addressKey('203.0.113.8')))?.failures).toBe(4);
  });

  it(`after ${ACCOUNT_FREE_FAILURES} wrong guesses from several addresses the right password is refused too, from any address`, async () => {
    const user = await createTestUser({ email: 'targeted@example.nhs.uk', passwordHash });

    for (let guess = 0; guess < ACCOUNT_FREE_FAILURES - 1; guess += 1) {
      expect(await signInWithPassword({ email: user.email, password: `guess ${guess}` }, spreadAddress(guess))).toBeNull();
    }
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, '192.0.2.1')).not.toBeNull();
    expect(await throttleRow(accountKey(user.email)), 'the right password takes only itself off the count').toMatchObject({
      failures: ACCOUNT_FREE_FAILURES - 1,
      lockedUntil: null,
    });

    expect(await signInWithPassword({ email: user.email, password: 'guess 19' }, spreadAddress(19))).toBeNull();
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, '192.0.2.1')).toBeNull();
    expect(await signInWithPassword({ email: 'TARGETED@example.nhs.uk', password: PASSWORD }, '192.0.2.2')).toBeNull();
    expect(await getPrisma().authSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it('an account lock is temporary: once it has passed, the right password works again', async () => {
    const user = await createTestUser({ email: 'locked.briefly@example.nhs.uk', passwordHash });
    for (let guess = 0; guess < ACCOUNT_FREE_FAILURES; guess += 1) {
      await signInWithPassword({ email: user.email, password: `guess ${guess}` }, spreadAddress(guess));
    }
    const lock = await throttleRow(accountKey(user.email));
    expect(lock?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(lock?.lockedUntil?.getTime()).toBeLessThanOrEqual(Date.now() + 15 * 60_000);

    await getPrisma().signInThrottle.update({ where: { key: accountKey(user.email) }, data: { lockedUntil: new Date(Date.now() - 1000) } });

    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, '198.51.100.21')).not.toBeNull();
  });

  it(`after ${ADDRESS_FAILURES_PER_HOUR} failures from one address across many accounts, that address is refused even with a right password`, async () => {
    const user = await createTestUser({ email: 'innocent@example.nhs.uk', passwordHash });
    const address = '203.0.113.99';

    for (let attempt = 1; attempt < ADDRESS_FAILURES_PER_HOUR; attempt += 1) {
      expect(await signInWithPassword({ email: `spray${attempt}@example.nhs.uk`, password: 'Winter2026!' }, address)).toBeNull();
    }
    expect(
      await signInWithPassword({ email: user.email, password: PASSWORD }, address),
      'the 50th attempt is right: it does not lock the address',
    ).not.toBeNull();
    expect(await throttleRow(addressKey(address))).toMatchObject({ failures: ADDRESS_FAILURES_PER_HOUR - 1, lockedUntil: null });
    expect(await signInWithPassword({ email: 'spray-last@example.nhs.uk', password: 'Winter2026!' }, address)).toBeNull();

    expect((await throttleRow(addressKey(address)))?.failures).toBe(ADDRESS_FAILURES_PER_HOUR);
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, address)).toBeNull();
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, '203.0.113.100')).not.toBeNull();
    expect((await throttleRow(accountKey('spray1@example.nhs.uk')))?.lockedUntil).toBeNull();
  });

  it('attempts sent in parallel from one address are counted one by one, so a burst gets no more password checks than the limit', async () => {
    // Meaningful on a real PostgreSQL, where the attempts overlap: reading the counter and writing
    // back failures + 1 used to record about 7 of 60 parallel failures; checking the limit before
    // the password and counting after it let a whole burst through to the password check.
    const address = '203.0.113.150';
    const burst = ADDRESS_FAILURES_PER_HOUR + 10;
    const checked: string[] = [];

    await Promise.all(
      Array.from({ length: burst }, async (_, i) => {
        if (await withSystem('test', (tx) => claimAttempt(tx, { email: `burst${i}@example.nhs.uk`, address }))) checked.push(`burst${i}`);
      }),
    );

    const row = await throttleRow(addressKey(address));
    expect(checked).toHaveLength(ADDRESS_FAILURES_PER_HOUR);
    expect(row?.failures).toBe(ADDRESS_FAILURES_PER_HOUR);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it('the per-address count starts again once its hour has passed', async () => {
    const address = '198.51.100.77';
    const start = new Date('2026-03-01T10:00:00Z');
    for (let i = 1; i < ADDRESS_FAILURES_PER_HOUR; i += 1) await recordFailure(`w${i}@example.nhs.uk`, address, start);
    expect(await throttleRow(addressKey(address))).toMatchObject({ failures: ADDRESS_FAILURES_PER_HOUR - 1, lockedUntil: null });

    const later = new Date(start.getTime() + 61 * 60_000);
    await recordFailure('late@example.nhs.uk', address, later);

    expect(await throttleRow(addressKey(address))).toMatchObject({ failures: 1, windowStart: later, lockedUntil: null });
    expect(await recordFailure('later@example.nhs.uk', address, later), 'let through').not.toBeNull();
  });

  it('the failure that reaches the per-address limit locks the address for an hour from then', async () => {
    const address = '198.51.100.78';
    const start = new Date('2026-03-01T10:00:00Z');
    const last = new Date(start.getTime() + 30 * 60_000);
    for (let i = 1; i < ADDRESS_FAILURES_PER_HOUR; i += 1) await recordFailure(`l${i}@example.nhs.uk`, address, start);
    await recordFailure('limit@example.nhs.uk', address, last);

    expect(await throttleRow(addressKey(address))).toMatchObject({
      failures: ADDRESS_FAILURES_PER_HOUR,
      windowStart: start,
      lockedUntil: new Date(last.getTime() + 60 * 60_000),
    });
    expect(await recordFailure('in-the-hour@example.nhs.uk', address, new Date(last.getTime() + 59 * 60_000)), 'refused').toBeNull();
    expect(await recordFailure('after-the-hour@example.nhs.uk', address, new Date(last.getTime() + 61 * 60_000)), 'let through').not.toBeNull();
  });
});
