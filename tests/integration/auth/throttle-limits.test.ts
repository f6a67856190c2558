import { beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../lib/auth/passwords';
import { signInWithPassword } from '../../../lib/auth/sign-in';
import { accountKey, addressKey, isThrottled, recordFailure } from '../../../lib/auth/throttle';
import { getPrisma } from '../../../lib/db/client';
import { withSystem } from '../../../lib/db/with-tenant';
import { resetDatabase } from '../setup/reset-db';
import { createTestUser } from '../../support/fixtures';

/**
 * The throttle's figures written out as numbers, never read from lib/auth/throttle.ts, so changing
 * a limit there (say, ten free guesses instead of five) fails a test and has to be made here, and
 * in docs/SECURITY.md, on purpose.
 */
const START = new Date('2026-12-01T09:00:00Z');
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const at = (ms: number) => new Date(START.getTime() + ms);
const lockedUntil = async (key: string) => (await getPrisma().signInThrottle.findUnique({ where: { key } }))?.lockedUntil ?? null;
const fail = (email: string, address: string, when: Date) => withSystem('test', (tx) => recordFailure(tx, email, address, when));
const throttled = (key: string, when: Date) => withSystem('test', (tx) => isThrottled(tx, [key], when));

beforeEach(resetDatabase);

describe('the account limit: 5 free guesses, then a lock of 30 s that doubles to at most 15 minutes', () => {
  it('4 wrong guesses leave the account open; the 5th locks it for exactly 30 seconds', async () => {
    const email = 'pinned@example.nhs.uk';
    for (let guess = 1; guess <= 4; guess += 1) await fail(email, `198.51.100.${guess}`, START);
    expect(await lockedUntil(accountKey(email))).toBeNull();
    await fail(email, '198.51.100.5', START);
    expect(await lockedUntil(accountKey(email))).toEqual(at(30 * SECOND));
    expect(await throttled(accountKey(email), at(30 * SECOND - 1))).toBe(true);
    expect(await throttled(accountKey(email), at(30 * SECOND))).toBe(false);
  });

  it('each further wrong guess doubles the lock: 60 s, 120 s, 240 s, 480 s, then 15 minutes at most', async () => {
    const email = 'doubling@example.nhs.uk';
    for (let guess = 1; guess <= 5; guess += 1) await fail(email, '198.51.100.20', START);
    const seen: number[] = [];
    for (let guess = 6; guess <= 12; guess += 1) {
      await fail(email, '198.51.100.20', START);
      seen.push(((await lockedUntil(accountKey(email)))!.getTime() - START.getTime()) / SECOND);
    }
    expect(seen).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });

  it('through sign-in itself: after 4 wrong guesses the right password works; after 5 it is refused', async () => {
    const password = 'a long enough password';
    const passwordHash = await hashPassword(password);
    await createTestUser({ email: 'four@example.nhs.uk', passwordHash });
    await createTestUser({ email: 'five@example.nhs.uk', passwordHash });
    for (let guess = 1; guess <= 4; guess += 1) await signInWithPassword({ email: 'four@example.nhs.uk', password: `wrong ${guess}` }, `192.0.2.${guess}`);
    for (let guess = 1; guess <= 5; guess += 1) await signInWithPassword({ email: 'five@example.nhs.uk', password: `wrong ${guess}` }, `192.0.2.${10 + guess}`);
    expect(await signInWithPassword({ email: 'four@example.nhs.uk', password }, '192.0.2.100')).not.toBeNull();
    expect(await signInWithPassword({ email: 'five@example.nhs.uk', password }, '192.0.2.100')).toBeNull();
  });
});

describe('the address limit: 50 failures an hour from one address, then that address waits an hour', () => {
  it('49 failures across many accounts leave the address open; the 50th locks it for exactly one hour', async () => {
    const address = '203.0.113.50';
    for (let n = 1; n <= 49; n += 1) await fail(`a${n}@example.nhs.uk`, address, at(n * SECOND));
    expect(await lockedUntil(addressKey(address))).toBeNull();
    await fail('a50@example.nhs.uk', address, at(50 * SECOND));
    expect(await lockedUntil(addressKey(address))).toEqual(at(50 * SECOND + 60 * MINUTE));
  });

  it('the count starts again once an hour has passed since the first failure of the window', async () => {
    const address = '203.0.113.51';
    for (let n = 1; n <= 49; n += 1) await fail(`b${n}@example.nhs.uk`, address, START);
    await fail('b50@example.nhs.uk', address, at(60 * MINUTE + 1));
    expect(await getPrisma().signInThrottle.findUnique({ where: { key: addressKey(address) } })).toMatchObject({ failures: 1, lockedUntil: null });
  });
});
