import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../lib/auth/passwords';
import { signInWithPassword, type SignInContext } from '../../../lib/auth/sign-in';
import { accountKey, addressKey, claimAttempt, pairKey } from '../../../lib/auth/throttle';
import { issueKnownDevice } from '../../../lib/auth/known-device';
import { unlockMemberSignIn, memberSignInDelayedUntil } from '../../../lib/people/sign-in-unlock';
import { getPrisma } from '../../../lib/db/client';
import { withSystem } from '../../../lib/db/with-tenant';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, createTestUser } from '../../support/fixtures';
import { cli } from '../../support/cli';

/**
 * Issue 14, finding 6: a stranger keeping someone locked out. Before the fix every attempt during a
 * lock was counted and pushed the lock on, so one wrong guess every 14 minutes (inside the 15-minute
 * cap) kept an account locked for ever, and nobody could lift it. The clock is the throttle's own
 * (signInWithPassword's `now`), so a day of attacks runs in seconds.
 */
const PASSWORD = 'the owner’s own password';
const SECRET = 'a test secret for known-device cookies';
const START = new Date('2026-12-01T09:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (ms: number) => new Date(START.getTime() + ms);
let passwordHash: string;

const signIn = (email: string, password: string, context: Omit<SignInContext, 'secret'>) =>
  signInWithPassword({ email, password }, { secret: SECRET, ...context });
/** Whether a device the account does not know, at this address, would be let through now. */
async function openForNewDevice(email: string, address: string, now: Date): Promise<boolean> {
  const rows = await getPrisma().signInThrottle.findMany({ where: { key: { in: [accountKey(email), pairKey(email, address), addressKey(address)] } } });
  return rows.every((row) => !row.lockedUntil || row.lockedUntil <= now);
}

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
beforeEach(resetDatabase);

describe('a stranger sending one wrong guess every 14 minutes for a day', () => {
  it('from one address: the owner, even on a new device, is never kept out from anywhere else', async () => {
    const owner = await createTestUser({ email: 'chair@example.nhs.uk', passwordHash });
    let ownerRefused = 0;
    for (let minute = 0; minute < 24 * 60; minute += 14) {
      await signIn(owner.email, `guess ${minute}`, { clientAddress: '203.0.113.66', now: at(minute * MINUTE) });
      if (!(await openForNewDevice(owner.email, '192.0.2.10', at(minute * MINUTE + 1)))) ownerRefused += 1;
    }
    expect(ownerRefused).toBe(0);
    expect(await getPrisma().signInThrottle.findUnique({ where: { key: accountKey(owner.email) } })).toMatchObject({ failures: 5, lockedUntil: null });
    expect(await signIn(owner.email, PASSWORD, { clientAddress: '192.0.2.10', now: at(24 * HOUR - MINUTE) })).toMatchObject({ id: owner.id });
  }, 120_000);

  it('from a new address every time: the account is never held more than 15 minutes past a guess it let through, and is open again between them', async () => {
    const owner = await createTestUser({ email: 'director@example.nhs.uk', passwordHash });
    let counted = 0;
    let lastCounted = -Infinity;
    let openMinutes = 0;
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const now = at(minute * MINUTE);
      if (minute % 14 === 0) {
        const before = (await getPrisma().signInThrottle.findUnique({ where: { key: accountKey(owner.email) } }))?.failures ?? 0;
        await signIn(owner.email, `guess ${minute}`, { clientAddress: `198.51.${Math.floor(minute / 250)}.${minute % 250}`, now });
        const after = (await getPrisma().signInThrottle.findUnique({ where: { key: accountKey(owner.email) } }))?.failures ?? 0;
        if (after > before) {
          counted += 1;
          lastCounted = now.getTime();
        }
      }
      const account = await getPrisma().signInThrottle.findUnique({ where: { key: accountKey(owner.email) } });
      if (account?.lockedUntil) expect(account.lockedUntil.getTime() - lastCounted, `at minute ${minute}`).toBeLessThanOrEqual(15 * MINUTE);
      if (await openForNewDevice(owner.email, '192.0.2.11', new Date(now.getTime() + 1))) openMinutes += 1;
    }
    // 103 guesses: the first 20 free, then a delay after each guess let through (30 s doubling to
    // 15 minutes), which refused guesses do not move: the first 25 are let through, then every
    // other one. Locked 1 + 1 + 2 + 4 + 8 + 15 minutes, then 15 of every 28, so open 827 of the
    // day's 1,440 minutes. Before the fix every guess counted and pushed the lock on: from the
    // 10th guess to the end of the day the account was never open.
    expect(counted).toBe(64);
    expect(openMinutes).toBe(827);
    // The day's last guess let through (minute 1428) holds it until minute 1443, and no longer.
    expect(await signIn(owner.email, PASSWORD, { clientAddress: '192.0.2.11', now: at(1443 * MINUTE - 1) })).toBeNull();
    expect(await signIn(owner.email, PASSWORD, { clientAddress: '192.0.2.11', now: at(1443 * MINUTE) })).toMatchObject({ id: owner.id });
  }, 300_000);
});

describe('what a stranger can do at most: guesses let through per hour on one account', () => {
  it('an attacker with a fresh address for every guess, guessing the moment the account opens: 27 in the first hour, then 4 an hour, 119 a day', async () => {
    const email = 'most-guessed@example.nhs.uk';
    const perHour = new Map<number, number>();
    let now = START.getTime();
    let guesses = 0;
    while (now < START.getTime() + 24 * HOUR) {
      const counted = await withSystem('test', (tx) =>
        claimAttempt(tx, { email, address: `10.${guesses >> 16}.${(guesses >> 8) & 255}.${guesses & 255}` }, new Date(now)),
      );
      expect(counted, `the guess at ${new Date(now).toISOString()} is let through`).not.toBeNull();
      guesses += 1;
      const hour = Math.floor((now - START.getTime()) / HOUR);
      perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
      const account = await getPrisma().signInThrottle.findUnique({ where: { key: accountKey(email) } });
      now = Math.max(now, account?.lockedUntil?.getTime() ?? now);
    }
    expect(perHour.get(0)).toBe(27);
    expect([...perHour].filter(([hour]) => hour >= 2).every(([, count]) => count === 4)).toBe(true);
    expect(guesses).toBe(119);
    mkdirSync('test-reports/security', { recursive: true });
    writeFileSync(
      'test-reports/security/lockout-abuse.json',
      `${JSON.stringify({ firstHour: perHour.get(0), laterHours: 4, firstDay: guesses, perHour: Object.fromEntries(perHour) }, null, 2)}\n`,
    );
  }, 120_000);
});

describe('the owner’s known device', () => {
  it('signs in while a stranger’s guesses from many addresses are held, from the owner’s address or any other', async () => {
    const owner = await createTestUser({ email: 'owner@example.nhs.uk', passwordHash });
    const first = await signIn(owner.email, PASSWORD, { clientAddress: '192.0.2.20', now: START });
    expect(first?.knownDeviceCookie).toEqual(expect.any(String));
    for (let n = 0; n < 60; n += 1) await signIn(owner.email, `guess ${n}`, { clientAddress: `203.0.113.${n}`, now: at(MINUTE + n) });
    const account = await getPrisma().signInThrottle.findUnique({ where: { key: accountKey(owner.email) } });
    expect(account).toMatchObject({ failures: 20, lockedUntil: at(MINUTE + 19 + 30_000) });

    const later = at(MINUTE + 100);
    expect(await signIn(owner.email, PASSWORD, { clientAddress: '192.0.2.20', now: later }), 'no cookie: held with every other unknown device').toBeNull();
    expect(await signIn(owner.email, PASSWORD, { clientAddress: '192.0.2.20', knownDeviceCookie: first!.knownDeviceCookie!, now: later })).toMatchObject({
      id: owner.id,
    });
    expect(await signIn(owner.email, PASSWORD, { clientAddress: '198.18.0.1', knownDeviceCookie: first!.knownDeviceCookie!, now: later })).toMatchObject({
      id: owner.id,
    });

    const stranger = await createTestUser({ email: 'stranger@example.nhs.uk', passwordHash });
    const strangersOwn = (await signIn(stranger.email, PASSWORD, { clientAddress: '203.0.113.200', now: START }))!.knownDeviceCookie!;
    const forged = issueKnownDevice({ userId: owner.id, deviceId: '00000000-0000-4000-8000-000000000009' }, 'not the server’s secret', START);
    expect(
      await signIn(owner.email, PASSWORD, { clientAddress: '203.0.113.200', knownDeviceCookie: strangersOwn, now: later }),
      'a device known to another account',
    ).toBeNull();
    expect(
      await signIn(owner.email, PASSWORD, { clientAddress: '203.0.113.201', knownDeviceCookie: forged, now: later }),
      'a cookie not signed by the server',
    ).toBeNull();
  });
});

describe('letting someone sign in again at once', () => {
  async function lockedOutMember() {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const member = await createMemberContext(trust, 'viewer');
    await getPrisma().user.update({ where: { id: member.userId }, data: { passwordHash } });
    const { email } = await getPrisma().user.findUniqueOrThrow({ where: { id: member.userId } });
    for (let n = 0; n < 25; n += 1) await signIn(email, `guess ${n}`, { clientAddress: `203.0.113.${n}` });
    expect(await signIn(email, PASSWORD, { clientAddress: '192.0.2.30' })).toBeNull();
    return { trust, admin, member, email };
  }

  it('by an administrator of the member’s trust, from the people page’s action; not by one of another trust, nor by a non-administrator', async () => {
    const { admin, member, email } = await lockedOutMember();
    expect(await memberSignInDelayedUntil(admin, member.membershipId)).toBeInstanceOf(Date);

    const otherAdmin = await createMemberContext(await createTestTrust(), 'trust_admin');
    await expect(unlockMemberSignIn(otherAdmin, member.membershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(unlockMemberSignIn({ ...member, role: 'viewer' }, member.membershipId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await signIn(email, PASSWORD, { clientAddress: '192.0.2.30' })).toBeNull();

    await unlockMemberSignIn(admin, member.membershipId);
    expect(await memberSignInDelayedUntil(admin, member.membershipId)).toBeNull();
    expect(await getPrisma().signInThrottle.count({ where: { key: { in: [accountKey(email), pairKey(email, '203.0.113.0')] } } })).toBe(0);
    expect(await signIn(email, PASSWORD, { clientAddress: '192.0.2.30' })).toMatchObject({ id: member.userId });
  });

  it('by an operator: npm run cli -- user:unlock --email', async () => {
    const { email, member } = await lockedOutMember();
    const result = cli('user:unlock', '--email', email.toUpperCase());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Cleared \\d+ sign-in counter\\(s\\) for ${email.replace(/\./g, '\\.')}`));
    expect(await signIn(email, PASSWORD, { clientAddress: '192.0.2.30' })).toMatchObject({ id: member.userId });
    expect(cli('user:unlock', '--email', 'nobody@example.nhs.uk')).toMatchObject({
      status: 1,
      stderr: 'Error: No user has the email address nobody@example.nhs.uk\n',
    });
  });
});
