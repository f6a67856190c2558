import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type pg from 'pg';
import { FOREIGN_ORIGIN_MESSAGE } from '../../lib/auth/same-origin';
import { APP_ORIGIN, demoEmail, DEMO_PASSWORD } from '../support/session';
import { discoverBuiltActions, type BuiltAction } from './action-discovery';
import { postCredentials } from './http-sign-in';
import { callAction, tenantActionArgs, type ActionCall } from './server-action-call';
import { createThrowawayUser, removeThrowawayUsers, sessionDigest, type ThrowawayUser } from './throwaway-users';
import { openE2eDatabase, sqlOf } from './victim-values';

/**
 * Cross-site request forgery: every server action of the build, called with its real id and a
 * valid session cookie but another site's Origin, a "null" Origin or none, is refused by proxy.ts
 * and changes nothing. Next.js itself lets a server action with no Origin through (it only logs a
 * warning), and checks nothing for route handlers. Positive controls show the same calls with our
 * own Origin do take effect.
 */
const TRUST = 'northfield-valley';
const BAD_ORIGINS: Record<string, Record<string, string>> = {
  'another site': { Origin: 'https://evil.example' },
  'a look-alike host': { Origin: `${APP_ORIGIN}.evil.example` },
  // Next.js's own check compares the Origin with X-Forwarded-Host, which the request itself names.
  'another site, with a forged X-Forwarded-Host naming it': {
    Origin: 'https://evil.example',
    'X-Forwarded-Host': 'evil.example',
    'X-Forwarded-Proto': 'https',
  },
  '"null"': { Origin: 'null' },
  'no Origin': {},
};

test.describe.configure({ mode: 'serial' });

let db: pg.Client;
let actions: BuiltAction[];
let admin: APIRequestContext;
let target: ThrowawayUser;
let leaver: ThrowawayUser;
let leaverContext: APIRequestContext;
const figures: Record<string, unknown> = {};

/** What a refused call must leave alone: every audit row (every write to a tenant table adds one), memberships and sessions. */
async function stateDigest(): Promise<string> {
  const [row] = await sqlOf(db)<{ digest: string }>(
    `SELECT (SELECT count(*) FROM "AuditEvent")::text || '/' || (SELECT md5(string_agg(m::text, '|' ORDER BY m.id)) FROM "Membership" m) AS digest`,
  );
  return `${row!.digest}/${await sessionDigest(sqlOf(db), [target.userId, leaver.userId])}`;
}

/** Each action with a form it would act on: the real fields for the two positive controls, an empty form for the rest. */
function callFor(action: BuiltAction, headers: Record<string, string>): ActionCall {
  if (action.name === 'changeMemberRoleAction')
    return { args: tenantActionArgs(TRUST), fields: { membershipId: target.membershipId!, role: 'executive_director' }, headers };
  if (!action.tenantBound) return { args: action.name === 'signOutEverywhereAction' ? [] : ['not-a-real-token', { status: 'idle' }, '$K1'], headers };
  return { args: tenantActionArgs(TRUST), fields: {}, headers };
}

test.beforeAll(async ({ playwright, baseURL }) => {
  db = await openE2eDatabase();
  actions = discoverBuiltActions(TRUST);
  target = await createThrowawayUser(sqlOf(db), 'origin-target', { trustSlug: TRUST, role: 'viewer' });
  leaver = await createThrowawayUser(sqlOf(db), 'origin-leaver', { trustSlug: TRUST, role: 'viewer' });
  admin = await playwright.request.newContext({ baseURL });
  expect((await postCredentials(admin, demoEmail('admin.northfield'), DEMO_PASSWORD)).signedIn).toBe(true);
  leaverContext = await playwright.request.newContext({ baseURL });
  expect((await postCredentials(leaverContext, leaver.email, leaver.password)).signedIn).toBe(true);
});

test.afterAll(async () => {
  await admin?.dispose();
  await leaverContext?.dispose();
  if (db) {
    await removeThrowawayUsers(sqlOf(db), [target, leaver].filter(Boolean));
    await db.end();
  }
  mkdirSync('test-reports/security', { recursive: true });
  writeFileSync(
    'test-reports/security/origin-check.json',
    `${JSON.stringify({ actions: actions?.map((action) => `${action.file}#${action.name}`), ...figures }, null, 2)}\n`,
  );
});

test('finds every server action in the production build, each with a page to post to', () => {
  expect(actions.length).toBeGreaterThanOrEqual(28);
  expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(['changeMemberRoleAction', 'signOutEverywhereAction', 'acceptInvitationAction']));
  expect(
    actions.filter((action) => !/^[0-9a-f]{40,}$/.test(action.id)),
    'action ids that do not look like Next.js ids',
  ).toEqual([]);
});

test('every server action called with a valid session but a foreign, "null" or missing Origin is refused and changes nothing', async () => {
  test.setTimeout(300_000);
  const before = await stateDigest();
  const problems: string[] = [];
  let calls = 0;
  for (const action of actions) {
    for (const [label, headers] of Object.entries(BAD_ORIGINS)) {
      const context = action.name === 'signOutEverywhereAction' ? leaverContext : admin;
      const answer = await callAction(context, action, callFor(action, headers));
      calls += 1;
      if (answer.status !== 403 || answer.body !== FOREIGN_ORIGIN_MESSAGE)
        problems.push(`${action.name} with ${label}: ${answer.status} ${answer.body.slice(0, 120)}`);
    }
  }
  figures.refusedActionCalls = { calls, actions: actions.length, origins: Object.keys(BAD_ORIGINS), problems };
  console.log(
    `origin check: ${calls} server-action calls (${actions.length} actions × ${Object.keys(BAD_ORIGINS).length} bad origins), ${problems.length} not refused`,
  );
  expect(problems).toEqual([]);
  expect(await stateDigest(), 'audit rows, memberships and sessions after the refused calls').toBe(before);
  expect((await admin.get(`/t/${TRUST}/people`, { maxRedirects: 0 })).status(), 'the admin is still signed in').toBe(200);
});

test('route handlers that take writes (next-auth’s sign-in and sign-out) refuse another site’s Origin too', async ({ playwright, baseURL }) => {
  const before = await stateDigest();
  const visitor = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await visitor.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signIn = await visitor.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: target.email, password: target.password, json: 'true' },
    headers: { Origin: 'https://evil.example' },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(signIn.status()).toBe(403);
  const signOut = await leaverContext.post('/api/auth/signout', {
    form: { csrfToken, json: 'true' },
    headers: { Origin: 'https://evil.example' },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(signOut.status()).toBe(403);
  const forged = { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };
  const forgedSignOut = await leaverContext.post('/api/auth/signout', {
    form: { csrfToken, json: 'true' },
    headers: forged,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(forgedSignOut.status(), 'an Origin matching a forged X-Forwarded-Host').toBe(403);
  await visitor.dispose();
  expect(await stateDigest()).toBe(before);
});

test('positive control: the same calls with our own Origin do take effect', async () => {
  const changeRole = actions.find((action) => action.name === 'changeMemberRoleAction')!;
  const changed = await callAction(admin, changeRole, callFor(changeRole, { Origin: APP_ORIGIN }));
  expect(changed.status).toBeLessThan(400);
  const [membership] = await sqlOf(db)<{ role: string }>(`SELECT role::text FROM "Membership" WHERE id = $1::uuid`, [target.membershipId]);
  expect(membership?.role).toBe('executive_director');

  const everywhere = actions.find((action) => action.name === 'signOutEverywhereAction')!;
  expect((await leaverContext.get('/account', { maxRedirects: 0 })).status()).toBe(200);
  const ended = await callAction(leaverContext, everywhere, callFor(everywhere, { Origin: APP_ORIGIN }));
  expect(ended.status).toBe(200);
  const [open] = await sqlOf(db)<{ n: number }>(`SELECT count(*)::int AS n FROM "AuthSession" WHERE "userId" = $1::uuid AND "revokedAt" IS NULL`, [
    leaver.userId,
  ]);
  expect(open?.n).toBe(0);
  expect((await leaverContext.get('/account', { maxRedirects: 0 })).headers().location).toMatch(/\/sign-in/);
});
