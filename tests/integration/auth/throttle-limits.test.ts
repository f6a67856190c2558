import { beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../lib/auth/passwords';
import { signInWithPassword } from '../../../lib/auth/sign-in';
import { accountKey, addressKey, claimAttempt, deviceKey, pairKey, type KnownDeviceRef } from '../../../lib/auth/throttle';
import { getPrisma } from '../../../lib/db/client';
import { withSystem } from '../../../lib/db/with-tenant';
import { resetDatabase } from '../setup/reset-db';
import { createTestUser } from '../../support/fixtures';

/**
 * The throttle's figures written out as numbers, never read from lib/auth/throttle.ts, so changing
 * a limit there (say, ten free guesses instead of five) fails a test and has to be made here, and
 * in docs/SECURITY.md, on purpose. Every attempt here is a wrong one: claimAttempt counts it when
 * it lets it through to the password check.
 */
const START = new Date('2026-12-01T09:00:00Z');
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const at = (ms: number) => new Date(START.getTime() + ms);
const row = (key: string) => getPrisma().signInThrottle.findUnique({ where: { key } });
const lockedUntil = async (key: string) => (await row(key))?.lockedUntil ?? null;
const fail = (email: string, address: string, when: Date, device?: KnownDeviceRef) =>
  withSystem('test', (tx) => claimAttempt(tx, { email, address, device }, when));
const DEVICE: KnownDeviceRef = { userId: '00000000-0000-4000-8000-000000000001', deviceId: '00000000-0000-4000-8000-000000000002' };

beforeEach(resetDatabase);

describe('one account from one address: 5 free guesses, then a delay of 30 s that doubles to at most 15 minutes', () => {
  it('4 wrong guesses leave the pair open; the 5th delays it for exactly 30 seconds, and only that address', async () => {
    const email = 'pinned@example.nhs.uk';
    for (let guess = 1; guess <= 4; guess += 1) expect(await fail(email, '198.51.100.1', START)).not.toBeNull();
    expect(await lockedUntil(pairKey(email, '198.51.100.1'))).toBeNull();
    await fail(email, '198.51.100.1', START);
    expect(await lockedUntil(pairKey(email, '198.51.100.1'))).toEqual(at(30 * SECOND));
    expect(await fail(email, '198.51.100.1', at(30 * SECOND - 1))).toBeNull();
    expect(await fail(email, '198.51.100.2', at(30 * SECOND - 1)), 'another address').not.toBeNull();
    expect(await lockedUntil(accountKey(email))).toBeNull();
  });

  it('each guess let through after a delay doubles it: 60 s, 120 s, 240 s, 480 s, then 15 minutes at most', async () => {
    const email = 'doubling@example.nhs.uk';
    for (let guess = 1; guess <= 5; guess += 1) await fail(email, '198.51.100.20', START);
    const seen: number[] = [];
    let now = START.getTime() + 30 * SECOND;
    for (let guess = 6; guess <= 12; guess += 1) {
      expect(await fail(email, '198.51.100.20', new Date(now))).not.toBeNull();
      const until = (await lockedUntil(pairKey(email, '198.51.100.20')))!.getTime();
      seen.push((until - now) / SECOND);
      now = until;
    }
    expect(seen).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });

  it('a guess refused during a delay is not counted and does not extend it', async () => {
    const email = 'refused@example.nhs.uk';
    for (let guess = 1; guess <= 5; guess += 1) await fail(email, '198.51.100.30', START);
    const before = await row(pairKey(email, '198.51.100.30'));
    for (let second = 1; second < 30; second += 1) expect(await fail(email, '198.51.100.30', at(second * SECOND))).toBeNull();
    expect(await row(pairKey(email, '198.51.100.30'))).toEqual(before);
    expect(before).toMatchObject({ failures: 5, lockedUntil: at(30 * SECOND) });
  });

  it('the count starts again 24 hours after the first guess of its window', async () => {
    const email = 'tomorrow@example.nhs.uk';
    for (let guess = 1; guess <= 5; guess += 1) await fail(email, '198.51.100.40', START);
    await fail(email, '198.51.100.40', at(24 * HOUR));
    expect(await row(pairKey(email, '198.51.100.40'))).toMatchObject({ failures: 1, windowStart: at(24 * HOUR), lockedUntil: null });
  });

  it('through sign-in itself: after 4 wrong guesses the right password works; after 5 it is refused from that address, not from another', async () => {
    const password = 'a long enough password';
    const passwordHash = await hashPassword(password);
    await createTestUser({ email: 'four@example.nhs.uk', passwordHash });
    await createTestUser({ email: 'five@example.nhs.uk', passwordHash });
    for (let guess = 1; guess <= 4; guess += 1) await signInWithPassword({ email: 'four@example.nhs.uk', password: `wrong ${guess}` }, '192.0.2.1');
    for (let guess = 1; guess <= 5; guess += 1) await signInWithPassword({ email: 'five@example.nhs.uk', password: `wrong ${guess}` }, '192.0.2.2');
    expect(await signInWithPassword({ email: 'four@example.nhs.uk', password }, '192.0.2.1')).not.toBeNull();
    expect(await signInWithPassword({ email: 'five@example.nhs.uk', password }, '192.0.2.2')).toBeNull();
    expect(await signInWithPassword({ email: 'five@example.nhs.uk', password }, '192.0.2.100')).not.toBeNull();
  });
});

describe('one account from devices it does not know: 20 free guesses, at most 5 from any one address, then the same delays', () => {
  it('19 guesses from 4 addresses leave the account open; the 20th delays it for exactly 30 seconds, from every address', async () => {
    const email = 'spread@example.nhs.uk';
    for (let n = 0; n < 19; n += 1) await fail(email, `203.0.113.${Math.floor(n / 5) + 1}`, at(n * SECOND));
    expect(await row(accountKey(email))).toMatchObject({ failures: 19, lockedUntil: null });
    await fail(email, '203.0.113.4', at(19 * SECOND));
    expect(await lockedUntil(accountKey(email))).toEqual(at(49 * SECOND));
    expect(await fail(email, '203.0.113.99', at(49 * SECOND - 1)), 'a fresh address, still an unknown device').toBeNull();
    expect(await fail(email, '203.0.113.99', at(49 * SECOND - 1), DEVICE), 'a known device').not.toBeNull();
  });

  it('one address, however long it keeps going, adds only its 5 free guesses to the account', async () => {
    const email = 'patient@example.nhs.uk';
    let now = START.getTime();
    for (let guess = 1; guess <= 40; guess += 1) {
      expect(await fail(email, '203.0.113.50', new Date(now))).not.toBeNull();
      now = Math.max(now, (await lockedUntil(pairKey(email, '203.0.113.50')))?.getTime() ?? now);
    }
    expect(await row(accountKey(email))).toMatchObject({ failures: 5, lockedUntil: null });
    expect(await row(pairKey(email, '203.0.113.50'))).toMatchObject({ failures: 40 });
  });
});

describe('a known device: 5 free guesses of its own, then the same delays', () => {
  it('4 leave it open; the 5th delays that device for exactly 30 seconds, and counts nothing against the account', async () => {
    const email = 'device.owner@example.nhs.uk';
    for (let guess = 1; guess <= 4; guess += 1) await fail(email, '192.0.2.60', START, DEVICE);
    expect(await lockedUntil(deviceKey(DEVICE))).toBeNull();
    await fail(email, '192.0.2.60', START, DEVICE);
    expect(await lockedUntil(deviceKey(DEVICE))).toEqual(at(30 * SECOND));
    expect(await row(accountKey(email))).toBeNull();
    expect(await row(pairKey(email, '192.0.2.60'))).toBeNull();
  });
});

describe('the address limit: 50 failures an hour from one address, then that address waits an hour', () => {
  it('49 failures across many accounts leave the address open; the 50th locks it for exactly one hour', async () => {
    const address = '203.0.113.50';
    for (let n = 1; n <= 49; n += 1) await fail(`a${n}@example.nhs.uk`, address, at(n * SECOND));
    expect(await lockedUntil(addressKey(address))).toBeNull();
    await fail('a50@example.nhs.uk', address, at(50 * SECOND));
    expect(await lockedUntil(addressKey(address))).toEqual(at(50 * SECOND + 60 * MINUTE));
    expect(await fail('a51@example.nhs.uk', address, at(50 * SECOND + 59 * MINUTE))).toBeNull();
    expect(await lockedUntil(addressKey(address)), 'a refused attempt does not extend it').toEqual(at(50 * SECOND + 60 * MINUTE));
    expect(await fail('a51@example.nhs.uk', address, at(50 * SECOND + 60 * MINUTE)), 'a known device is held by its address too').not.toBeNull();
  });

  it('the count starts again once an hour has passed since the first failure of the window', async () => {
    const address = '203.0.113.51';
    for (let n = 1; n <= 49; n += 1) await fail(`b${n}@example.nhs.uk`, address, START);
    await fail('b50@example.nhs.uk', address, at(60 * MINUTE + 1));
    expect(await row(addressKey(address))).toMatchObject({ failures: 1, lockedUntil: null });
  });
});
