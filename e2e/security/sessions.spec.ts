import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type pg from 'pg';
import { APP_ORIGIN, demoEmail, DEMO_PASSWORD } from '../support/session';
import { discoverBuiltActions, type BuiltAction } from './action-discovery';
import { postCredentials, SESSION_COOKIE, sessionCookieOf } from './http-sign-in';
import { callAction, tenantActionArgs } from './server-action-call';
import { flippedCopies, forgeCookie, serverSecret, unsignedToken } from './session-cookies';
import { createThrowawayUser, removeThrowawayUsers, type ThrowawayUser } from './throwaway-users';
import { openE2eDatabase, sqlOf } from './victim-values';

/**
 * Sessions over HTTP, against the production build: a role change, a removal and a disabled
 * account take effect on the very next request made with the old cookie; a tampered, re-signed or
 * re-pointed cookie is refused; a cookie replayed after sign-out or "sign out everywhere" is refused.
 */
const TRUST = 'northfield-valley';
const ADMIN_ONLY = `/t/${TRUST}/people/invite`;
const MEMBERS = `/t/${TRUST}`;

test.describe.configure({ mode: 'serial' });

let db: pg.Client;
let actions: BuiltAction[];
let admin: APIRequestContext;
let anonymous: APIRequestContext;
const users: ThrowawayUser[] = [];
const contexts: APIRequestContext[] = [];
const figures: Record<string, unknown> = {};

async function signedIn(newContext: () => Promise<APIRequestContext>, user: ThrowawayUser): Promise<APIRequestContext> {
  const context = await newContext();
  contexts.push(context);
  expect((await postCredentials(context, user.email, user.password)).signedIn, `${user.email} signs in`).toBe(true);
  return context;
}

/** The status a cookie gets on a page; a refused cookie is sent to the sign-in page like a visitor. */
async function statusWith(cookie: string, url: string): Promise<number> {
  const response = await anonymous.get(url, { headers: { Cookie: `${SESSION_COOKIE}=${cookie}` }, maxRedirects: 0, failOnStatusCode: false });
  return response.status();
}

async function refused(cookie: string): Promise<boolean> {
  const response = await anonymous.get('/account', { headers: { Cookie: `${SESSION_COOKIE}=${cookie}` }, maxRedirects: 0, failOnStatusCode: false });
  return response.status() === 307 && new URL(response.headers().location ?? '/', APP_ORIGIN).pathname === '/sign-in';
}

function asAdmin(name: string, fields: Record<string, string>) {
  const action = actions.find((entry) => entry.name === name)!;
  return callAction(admin, action, { args: tenantActionArgs(TRUST), fields, headers: { Origin: APP_ORIGIN } });
}

test.beforeAll(async ({ playwright, baseURL }) => {
  db = await openE2eDatabase();
  actions = discoverBuiltActions(TRUST);
  admin = await playwright.request.newContext({ baseURL });
  expect((await postCredentials(admin, demoEmail('admin.northfield'), DEMO_PASSWORD)).signedIn).toBe(true);
  anonymous = await playwright.request.newContext({ baseURL });
});

test.afterAll(async () => {
  for (const context of [admin, anonymous, ...contexts]) await context?.dispose();
  if (db) {
    await removeThrowawayUsers(sqlOf(db), users);
    await db.end();
  }
  mkdirSync('test-reports/security', { recursive: true });
  writeFileSync('test-reports/security/sessions.json', `${JSON.stringify(figures, null, 2)}\n`);
});

test('a role change, a removal and a disabled account apply on the very next request with the old cookie', async ({ playwright, baseURL }) => {
  const user = await createThrowawayUser(sqlOf(db), 'role-change', { trustSlug: TRUST, role: 'trust_admin' });
  users.push(user);
  const context = await signedIn(() => playwright.request.newContext({ baseURL }), user);
  const cookie = await sessionCookieOf(context);
  expect(await statusWith(cookie, ADMIN_ONLY), 'as trust administrator').toBe(200);

  // The trust's administrator makes them a viewer through the people page's own action.
  await asAdmin('changeMemberRoleAction', { membershipId: user.membershipId!, role: 'viewer' });
  const [row] = await sqlOf(db)<{ role: string }>(`SELECT role::text FROM "Membership" WHERE id = $1::uuid`, [user.membershipId]);
  expect(row?.role).toBe('viewer');
  // Still a member, so the permission page (403) rather than the 404 a non-member gets.
  expect(await statusWith(cookie, ADMIN_ONLY), 'the same cookie, as viewer').toBe(403);
  expect(await statusWith(cookie, MEMBERS), 'a viewer still reads the trust').toBe(200);

  await asAdmin('removeMemberAction', { membershipId: user.membershipId! });
  expect(await statusWith(cookie, MEMBERS), 'the same cookie, no longer a member').toBe(404);
  expect(await statusWith(cookie, '/account'), 'still signed in, just not a member').toBe(200);

  await sqlOf(db)(`UPDATE "User" SET disabled = true, "updatedAt" = now() WHERE id = $1::uuid`, [user.userId]);
  expect(await refused(cookie), 'the same cookie, account disabled').toBe(true);
  figures.staleCookieChecks = { requests: 7, staleAccepted: 0 };
});

test('a tampered, re-signed or re-pointed session cookie is refused', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const user = await createThrowawayUser(sqlOf(db), 'tamper', { trustSlug: TRUST, role: 'viewer' });
  const other = await createThrowawayUser(sqlOf(db), 'tamper-other', { trustSlug: TRUST, role: 'viewer' });
  users.push(user, other);
  const cookie = await sessionCookieOf(await signedIn(() => playwright.request.newContext({ baseURL }), user));
  const [session] = await sqlOf(db)<{ id: string }>(`SELECT id::text FROM "AuthSession" WHERE "userId" = $1::uuid AND "revokedAt" IS NULL`, [user.userId]);
  const [adminRow] = await sqlOf(db)<{ id: string }>(`SELECT id::text FROM "User" WHERE email = $1`, [demoEmail('admin.northfield')]);
  const secret = serverSecret();

  // Positive controls: the real cookie works, and so does one forged with the server's secret
  // around a live session id, so the refusals below are caused by what was changed.
  expect(await statusWith(cookie, '/account')).toBe(200);
  expect(await statusWith(await forgeCookie(secret, { uid: user.userId, sid: session!.id }), '/account')).toBe(200);

  const flipped = flippedCopies(cookie, 120);
  const otherSession = await createRevokedSession(other.userId);
  const attempts: { label: string; value: string }[] = [
    ...flipped.map(({ position, value }) => ({ label: `one character changed at ${position}`, value })),
    { label: 'cut short', value: cookie.slice(0, -10) },
    { label: 'empty', value: '' },
    { label: 'garbage', value: 'not-a-token' },
    { label: 'unsigned JWT naming the session', value: unsignedToken({ uid: user.userId, sid: session!.id }) },
    { label: 'encrypted with another secret', value: await forgeCookie('not-the-server-secret-but-32-bytes-long!', { uid: user.userId, sid: session!.id }) },
    { label: 'server secret, random session id', value: await forgeCookie(secret, { uid: user.userId, sid: randomUUID() }) },
    { label: 'server secret, revoked session of another user', value: await forgeCookie(secret, { uid: other.userId, sid: otherSession }) },
    { label: 'server secret, session id that is not a uuid', value: await forgeCookie(secret, { uid: user.userId, sid: "' OR 1=1 --" }) },
    { label: 'server secret, no session id', value: await forgeCookie(secret, { uid: adminRow!.id }) },
  ];
  const accepted: string[] = [];
  for (const attempt of attempts) if (!(await refused(attempt.value))) accepted.push(attempt.label);
  expect(accepted).toEqual([]);

  // The user id in the token means nothing: the admin's id with this viewer's session is the viewer,
  // who gets the permission page (403) for an administrator's page, not the page itself.
  const relabelled = await forgeCookie(secret, { uid: adminRow!.id, sid: session!.id });
  expect(await statusWith(relabelled, ADMIN_ONLY), 'admin id, viewer session: still only a viewer').toBe(403);
  expect(await statusWith(cookie, '/account'), 'the real cookie still works afterwards').toBe(200);
  figures.tamperedCookies = { attempts: attempts.length, flippedPositions: flipped.length, cookieLength: cookie.length, accepted: accepted.length };
  console.log(`sessions: ${attempts.length} tampered cookies (${flipped.length} with one character changed), ${accepted.length} accepted`);
});

async function createRevokedSession(userId: string): Promise<string> {
  const [row] = await sqlOf(db)<{ id: string }>(
    `INSERT INTO "AuthSession" (id, "userId", "expiresAt", "revokedAt") VALUES (gen_random_uuid(), $1::uuid, now() + interval '1 hour', now()) RETURNING id::text`,
    [userId],
  );
  return row!.id;
}

test('a cookie replayed after signing out, or after "sign out everywhere", is refused', async ({ playwright, baseURL }) => {
  const user = await createThrowawayUser(sqlOf(db), 'replay', { trustSlug: TRUST, role: 'viewer' });
  users.push(user);

  const single = await signedIn(() => playwright.request.newContext({ baseURL }), user);
  const signedOutCookie = await sessionCookieOf(single);
  const { csrfToken } = (await (await single.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signOut = await single.post('/api/auth/signout', {
    form: { csrfToken, json: 'true' },
    headers: { Origin: APP_ORIGIN },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(signOut.status()).toBeLessThan(400);
  expect(await refused(signedOutCookie), 'replayed after sign-out').toBe(true);

  const devices = await Promise.all([1, 2, 3].map(() => signedIn(() => playwright.request.newContext({ baseURL }), user)));
  const cookies = await Promise.all(devices.map(sessionCookieOf));
  for (const cookie of cookies) expect(await statusWith(cookie, '/account')).toBe(200);
  const everywhere = actions.find((entry) => entry.name === 'signOutEverywhereAction')!;
  expect((await callAction(devices[0]!, everywhere, { args: [], headers: { Origin: APP_ORIGIN } })).status).toBe(200);
  const stillAccepted = [];
  for (const cookie of cookies) if (!(await refused(cookie))) stillAccepted.push(cookie);
  expect(stillAccepted, 'cookies of every device replayed after "sign out everywhere"').toEqual([]);
  expect((await admin.get(ADMIN_ONLY, { maxRedirects: 0 })).status(), 'someone else’s session is untouched').toBe(200);
  figures.replayedCookies = { afterSignOut: 1, afterSignOutEverywhere: cookies.length, accepted: stillAccepted.length };
});

/** What next-auth's session endpoint, which browser script may call, says to a cookie; read by a context of its own so no answer lands in a shared jar. */
async function sessionEndpointWith(newContext: () => Promise<APIRequestContext>, cookie: string) {
  const context = await newContext();
  const response = await context.get('/api/auth/session', { headers: { Cookie: `${SESSION_COOKIE}=${cookie}` }, failOnStatusCode: false });
  const body = (await response.json()) as Record<string, unknown>;
  // A Set-Cookie that hands the token back (an empty, expiring one only deletes it).
  const refreshed = response
    .headersArray()
    .some(
      (header) =>
        header.name.toLowerCase() === 'set-cookie' && header.value.startsWith(`${SESSION_COOKIE}=`) && !header.value.startsWith(`${SESSION_COOKIE}=;`),
    );
  await context.dispose();
  return { status: response.status(), body, refreshed };
}

test('next-auth’s session endpoint answers as signed out for a cookie replayed after signing out or "sign out everywhere", and never shows the session id', async ({
  playwright,
  baseURL,
}) => {
  const user = await createThrowawayUser(sqlOf(db), 'session-endpoint', { trustSlug: TRUST, role: 'viewer' });
  users.push(user);
  const newContext = () => playwright.request.newContext({ baseURL });

  const single = await signedIn(newContext, user);
  const cookie = await sessionCookieOf(single);
  const [session] = await sqlOf(db)<{ id: string }>(`SELECT id::text FROM "AuthSession" WHERE "userId" = $1::uuid AND "revokedAt" IS NULL`, [user.userId]);
  const live = await sessionEndpointWith(newContext, cookie);
  expect(live.body, 'a live session: name, e-mail and expiry only').toEqual({
    user: { name: `Throwaway session-endpoint`, email: user.email },
    expires: expect.any(String),
  });
  expect(JSON.stringify(live.body), 'the server-side session id stays out of browser script').not.toContain(session!.id);

  const { csrfToken } = (await (await single.get('/api/auth/csrf')).json()) as { csrfToken: string };
  expect(
    (await single.post('/api/auth/signout', { form: { csrfToken, json: 'true' }, headers: { Origin: APP_ORIGIN }, failOnStatusCode: false })).status(),
  ).toBeLessThan(400);
  const afterSignOut = await sessionEndpointWith(newContext, cookie);
  expect(afterSignOut, 'replayed after sign-out').toEqual({ status: 200, body: {}, refreshed: false });

  const devices = await Promise.all([1, 2].map(() => signedIn(newContext, user)));
  const cookies = await Promise.all(devices.map(sessionCookieOf));
  for (const each of cookies) expect((await sessionEndpointWith(newContext, each)).body).toHaveProperty('user');
  const everywhere = actions.find((entry) => entry.name === 'signOutEverywhereAction')!;
  expect((await callAction(devices[0]!, everywhere, { args: [], headers: { Origin: APP_ORIGIN } })).status).toBe(200);
  const answers = [];
  for (const each of cookies) answers.push(await sessionEndpointWith(newContext, each));
  expect(answers, 'replayed after "sign out everywhere"').toEqual(cookies.map(() => ({ status: 200, body: {}, refreshed: false })));
  figures.sessionEndpoint = {
    replays: 1 + cookies.length,
    answeredWithUser: [afterSignOut, ...answers].filter((answer) => 'user' in answer.body).length,
    refreshedCookies: [afterSignOut, ...answers].filter((answer) => answer.refreshed).length,
  };
});
