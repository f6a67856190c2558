import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type pg from 'pg';
import { postCredentials, type SignInAnswer } from './http-sign-in';
import { createThrowawayUser, removeThrowawayUsers, type ThrowawayUser } from './throwaway-users';
import { openE2eDatabase, sqlOf } from './victim-values';
import { DIRECT_CLIENT_ADDRESS, postCredentialsDirectly } from './direct-client';

/**
 * Password guessing and account enumeration through the real HTTP sign-in (next-auth's credentials
 * callback, as the sign-in form posts it), against the production build served as production
 * serves it (scripts/serve.ts). The spec plays the proxy: scripts/e2e-server.ts trusts loopback
 * 127.0.0.1 and ::1, and every request carries an X-Forwarded-For whose rightmost entry is a test
 * address, so nothing here counts against the address the other specs sign in from. One test
 * connects from 127.0.0.9 instead, a client no proxy vouches for. The 1,000-guess run is an
 * integration test (tests/integration/auth/sign-in-at-scale.test.ts); this is its HTTP sample.
 */
const SAMPLE_GUESSES = 60;
const RIGHT_PASSWORD_AT = new Set([20, 40, 59]);
const ENUMERATION_ATTEMPTS = 200;
// Each block of 8 rounds comes from one address per account, and the two accounts' counts are
// reset before it: rounds 1–5 of each 8 take the full password check, rounds 6–8 the delayed path
// (5 free guesses per account and address), so both are compared.
const RESET_EVERY = 8;
const ACCOUNT_FREE = 20;
const ADDRESS_LIMIT = 50;

test.describe.configure({ mode: 'serial' });

let db: pg.Client;
let context: APIRequestContext;
const users: ThrowawayUser[] = [];
const figures: Record<string, unknown> = {};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};
const shape = (answer: SignInAnswer) => `${answer.status} ${answer.location} ${answer.body}`;

test.beforeAll(async ({ playwright, baseURL }) => {
  db = await openE2eDatabase();
  context = await playwright.request.newContext({ baseURL });
});

test.afterAll(async () => {
  await context?.dispose();
  if (db) {
    await removeThrowawayUsers(sqlOf(db), users);
    await sqlOf(db)(
      `DELETE FROM "SignInThrottle" WHERE key LIKE 'address:198.1_.%' OR key LIKE 'address:127.0.0.9' OR key LIKE '%nobody.%@throwaway.fairboard.test%' OR key LIKE 'pair:%@throwaway.fairboard.test|%' OR key LIKE 'account:spray.%'`,
    );
    await db.end();
  }
  mkdirSync('test-reports/security', { recursive: true });
  writeFileSync('test-reports/security/sign-in-abuse.json', `${JSON.stringify(figures, null, 2)}\n`);
});

test(`${SAMPLE_GUESSES} guesses over HTTP from as many addresses, forged entries included: all refused, the right password too once delayed; the delay is not pushed on; the owner gets in once it has passed`, async () => {
  test.setTimeout(300_000);
  const owner = await createThrowawayUser(sqlOf(db), 'guessed');
  users.push(owner);
  const answers: SignInAnswer[] = [];
  const delayAfter = async () =>
    (await sqlOf(db)<{ until: string | null }>(`SELECT "lockedUntil"::text AS until FROM "SignInThrottle" WHERE key = $1`, [`account:${owner.email}`]))[0]
      ?.until ?? null;
  let delaySetByTheLastCounted: string | null = null;
  for (let guess = 0; guess < SAMPLE_GUESSES; guess += 1) {
    const password = RIGHT_PASSWORD_AT.has(guess) ? owner.password : `guess number ${guess}`;
    answers.push(await postCredentials(context, owner.email, password, { forwardedFor: `6.6.6.${guess}, 10.0.0.1, 198.19.${guess}.9` }));
    if (guess === ACCOUNT_FREE - 1) delaySetByTheLastCounted = await delayAfter();
  }
  expect(delaySetByTheLastCounted).not.toBeNull();
  expect(await delayAfter(), 'the 40 guesses refused during the delay did not push it on').toBe(delaySetByTheLastCounted);
  expect(answers.filter((answer) => answer.signedIn)).toEqual([]);
  expect(new Set(answers.map(shape)).size, 'one answer for every refused guess, the right password included').toBe(1);

  const [account] = await sqlOf(db)<{ failures: number; locked: boolean }>(
    `SELECT failures, "lockedUntil" > now() AS locked FROM "SignInThrottle" WHERE key = $1`,
    [`account:${owner.email}`],
  );
  expect(account, 'the account’s 20 free guesses were counted; the 40 refused after them were not').toEqual({ failures: ACCOUNT_FREE, locked: true });
  const forged = await sqlOf(db)(`SELECT key FROM "SignInThrottle" WHERE key LIKE 'address:6.6.6.%' OR key = 'address:10.0.0.1'`);
  expect(forged, 'the forged entries left of the proxy’s never become the counted address').toEqual([]);

  expect(
    (await postCredentials(context, owner.email, owner.password, { forwardedFor: '198.19.250.1' })).signedIn,
    'the right password from a fresh address, while locked',
  ).toBe(false);
  // The owner's way back in: the back-off ends on its own (at most 15 minutes after the last failure).
  await sqlOf(db)(`UPDATE "SignInThrottle" SET "lockedUntil" = now() - interval '1 second' WHERE key = $1`, [`account:${owner.email}`]);
  expect((await postCredentials(context, owner.email, owner.password, { forwardedFor: '198.19.250.2' })).signedIn, 'once the lock has passed').toBe(true);
  figures.httpSample = {
    guesses: SAMPLE_GUESSES,
    rightPasswordTries: RIGHT_PASSWORD_AT.size,
    succeeded: 0,
    distinctAnswers: 1,
    letThroughToThePasswordCheck: ACCOUNT_FREE,
  };
});

test(`a known and an unknown account get the same answer, ${ENUMERATION_ATTEMPTS} attempts each`, async () => {
  test.setTimeout(600_000);
  const known = await createThrowawayUser(sqlOf(db), 'enumerated');
  users.push(known);
  const unknown = `nobody.${Date.now()}@throwaway.fairboard.test`;
  const answers: Record<'known' | 'unknown', SignInAnswer[]> = { known: [], unknown: [] };
  for (let round = 0; round < ENUMERATION_ATTEMPTS; round += 1) {
    if (round % RESET_EVERY === 0) {
      await sqlOf(db)(`DELETE FROM "SignInThrottle" WHERE key = ANY($1::text[]) OR key LIKE $2 OR key LIKE $3`, [
        [`account:${known.email}`, `account:${unknown}`],
        `pair:${known.email}|%`,
        `pair:${unknown}|%`,
      ]);
    }
    // A tenth of the rounds post the form the way a browser without JavaScript would, to compare redirects.
    const json = round % 10 !== 9;
    const block = Math.floor(round / RESET_EVERY);
    answers.known.push(await postCredentials(context, known.email, 'Wrong-password-2026', { forwardedFor: `198.18.${block}.1`, json }));
    answers.unknown.push(await postCredentials(context, unknown, 'Wrong-password-2026', { forwardedFor: `198.18.${block}.2`, json }));
  }
  for (const kind of ['known', 'unknown'] as const) expect(answers[kind].filter((answer) => answer.signedIn)).toEqual([]);
  const shapes = { known: new Set(answers.known.map(shape)), unknown: new Set(answers.unknown.map(shape)) };
  expect([...shapes.known].sort(), 'status, redirect and body: identical for both accounts').toEqual([...shapes.unknown].sort());
  expect(shapes.known.size, 'one answer for the script, one redirect for the plain form').toBe(2);

  figures.enumeration = {
    attemptsEach: ENUMERATION_ATTEMPTS,
    distinctAnswers: [...shapes.known],
    medianMs: { known: median(answers.known.map((answer) => answer.ms)), unknown: median(answers.unknown.map((answer) => answer.ms)) },
    medianMsFullPasswordCheck: {
      known: median(answers.known.filter((_, round) => round % RESET_EVERY < 5).map((answer) => answer.ms)),
      unknown: median(answers.unknown.filter((_, round) => round % RESET_EVERY < 5).map((answer) => answer.ms)),
    },
  };
  console.log(
    `enumeration: ${ENUMERATION_ATTEMPTS} attempts each, ${shapes.known.size} distinct answers, same for both; median ms ${JSON.stringify(figures.enumeration)}`,
  );
});

test('a client no proxy vouches for is counted at its own address, whatever X-Forwarded-For it forges, and reaches the address limit', async () => {
  test.setTimeout(180_000);
  const owner = await createThrowawayUser(sqlOf(db), 'direct');
  users.push(owner);
  for (let n = 0; n < ADDRESS_LIMIT; n += 1) {
    expect((await postCredentialsDirectly(`spray.${n}.${Date.now()}@throwaway.fairboard.test`, 'Winter2026!', `198.19.${n}.77`)).signedIn).toBe(false);
  }
  const rows = await sqlOf(db)<{ key: string; failures: number; locked: boolean }>(
    `SELECT key, failures, "lockedUntil" > now() AS locked FROM "SignInThrottle" WHERE key LIKE 'address:127.0.0.9' OR key LIKE 'address:198.19.%.77'`,
  );
  expect(rows, 'every forged entry ignored: one address, the socket’s, at its limit').toEqual([
    { key: `address:${DIRECT_CLIENT_ADDRESS}`, failures: ADDRESS_LIMIT, locked: true },
  ]);
  expect((await postCredentialsDirectly(owner.email, owner.password, '198.19.251.77')).signedIn, 'the right password, from the address at its limit').toBe(
    false,
  );
  expect(
    (await postCredentials(context, owner.email, owner.password, { forwardedFor: '198.19.251.78' })).signedIn,
    'the same account through the proxy, from another address',
  ).toBe(true);
  figures.directClient = { forgedAddresses: ADDRESS_LIMIT, countedAt: DIRECT_CLIENT_ADDRESS, failuresCounted: ADDRESS_LIMIT };
});

test('the owner’s known device gets in while strangers’ guesses hold the account for every other device', async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await createThrowawayUser(sqlOf(db), 'known-device');
  users.push(owner);
  const ownersBrowser = await playwright.request.newContext({ baseURL });
  try {
    expect((await postCredentials(ownersBrowser, owner.email, owner.password, { forwardedFor: '198.19.252.1' })).signedIn).toBe(true);
    const cookie = (await ownersBrowser.storageState()).cookies.find((entry) => entry.name === 'fairboard-known-device');
    expect(cookie, 'set at sign-in: HttpOnly, SameSite=Lax, for the sign-in endpoints only').toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      path: '/api/auth',
    });
    for (let n = 0; n < ACCOUNT_FREE; n += 1) await postCredentials(context, owner.email, `stranger ${n}`, { forwardedFor: `198.19.253.${n}` });
    expect(
      (await postCredentials(context, owner.email, owner.password, { forwardedFor: '198.19.252.1' })).signedIn,
      'the right password from a device the account does not know',
    ).toBe(false);
    expect((await postCredentials(ownersBrowser, owner.email, owner.password, { forwardedFor: '198.19.252.1' })).signedIn, 'the owner’s known device').toBe(
      true,
    );
  } finally {
    await ownersBrowser.dispose();
  }
});
