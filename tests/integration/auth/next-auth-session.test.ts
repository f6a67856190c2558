import { createRequire } from 'node:module';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NextAuthOptions } from 'next-auth';
import { authOptionsFor } from '../../../lib/auth/options';
import { hashPassword } from '../../../lib/auth/passwords';
import { revokeAllSessions } from '../../../lib/auth/sessions';
import { sessionIdFromCookies } from '../../../lib/auth/session-token';
import { resetDatabase } from '../setup/reset-db';
import { createTestUser } from '../../support/fixtures';

/**
 * next-auth's own endpoints, driven through its real request handler (the one app/api/auth
 * mounts) with the app's options and a real database: what /api/auth/session tells browser script
 * about a live, a signed-out and a "signed out everywhere" session, and which cookie an https site
 * sets and reads.
 */
const PASSWORD = 'a long enough password';
const SECRET = 'an integration-test secret of 32 bytes or more';
const HTTP_SITE = 'http://localhost:3000';
const HTTPS_SITE = 'https://fairboard.example';

type Jar = Map<string, string>;
type Cookie = { name: string; value: string; options: Record<string, unknown> };
type Answer = { status?: number; body?: unknown; redirect?: string; cookies?: Cookie[] };

// The request handler app/api/auth/[...nextauth] mounts (next-auth/next calls it with the request's
// cookies). Its package does not export the path, so it is loaded by file; it needs no Next.js
// request scope, unlike the route wrapper.
const { AuthHandler } = createRequire(import.meta.url)('../../../node_modules/next-auth/core/index.js') as {
  AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<Answer>;
};

function jarHeader(jar: Jar): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

async function call(site: string, jar: Jar, method: 'GET' | 'POST', action: string, body?: Record<string, string>) {
  vi.stubEnv('NEXTAUTH_URL', site);
  const request = new Request(`${site}/api/auth/${action}`, {
    method,
    headers: { cookie: jarHeader(jar), 'content-type': 'application/json', origin: site },
    body: body ? JSON.stringify(body) : undefined,
  });
  const response = await AuthHandler({ req: request, options: { ...authOptionsFor(site), secret: SECRET } });
  const cookies = (response.cookies ?? []) as Cookie[];
  for (const cookie of cookies) {
    if (cookie.value) jar.set(cookie.name, cookie.value);
    else jar.delete(cookie.name);
  }
  return { ...response, cookies };
}

async function signIn(site: string, email: string): Promise<Jar> {
  const jar: Jar = new Map();
  const { body } = await call(site, jar, 'GET', 'csrf');
  const signedIn = await call(site, jar, 'POST', 'callback/credentials', {
    csrfToken: (body as { csrfToken: string }).csrfToken,
    email,
    password: PASSWORD,
    json: 'true',
  });
  expect(signedIn.redirect, 'the sign-in worked').not.toMatch(/error|csrf/);
  return jar;
}

const sessionCookieName = (site: string) => (site.startsWith('https') ? '__Secure-next-auth.session-token' : 'next-auth.session-token');

/** A Set-Cookie that hands the browser a session token again (an expiring, empty one does not). */
const refreshes = (cookies: Cookie[], name: string) => cookies.some((cookie) => cookie.name.startsWith(name) && cookie.value !== '');

describe('next-auth’s session endpoint and cookies', () => {
  let user: { id: string; email: string };
  let passwordHash: string;

  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });
  beforeEach(async () => {
    await resetDatabase();
    user = await createTestUser({ email: 'session.reader@example.nhs.uk', displayName: 'Session Reader', passwordHash });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('tells browser script about a live session without the server-side session id', async () => {
    const jar = await signIn(HTTP_SITE, user.email);
    const cookie = jar.get(sessionCookieName(HTTP_SITE))!;
    const sessionId = await sessionIdFromCookies(
      { get: (name) => (jar.has(name) ? { value: jar.get(name)! } : undefined) },
      SECRET,
      sessionCookieName(HTTP_SITE),
    );
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);

    const live = await call(HTTP_SITE, new Map([[sessionCookieName(HTTP_SITE), cookie]]), 'GET', 'session');
    expect(live.body).toEqual({ user: { name: 'Session Reader', email: user.email }, expires: expect.any(String) });
    expect(JSON.stringify(live.body)).not.toContain(sessionId);
    expect(JSON.stringify(live.body)).not.toMatch(/sessionId|sid/i);
  });

  it('answers as signed out, and hands back no cookie, for a cookie replayed after signing out', async () => {
    const jar = await signIn(HTTP_SITE, user.email);
    const name = sessionCookieName(HTTP_SITE);
    const oldCookie = jar.get(name)!;
    const { body } = await call(HTTP_SITE, jar, 'GET', 'csrf');
    await call(HTTP_SITE, jar, 'POST', 'signout', { csrfToken: (body as { csrfToken: string }).csrfToken, json: 'true' });
    expect(jar.has(name), 'sign-out expires the cookie in the browser').toBe(false);

    const replayed = await call(HTTP_SITE, new Map([[name, oldCookie]]), 'GET', 'session');
    expect(replayed.body).toEqual({});
    expect(refreshes(replayed.cookies, name), 'no refreshed session cookie').toBe(false);
  });

  it('answers as signed out for every device’s cookie after "sign out everywhere"', async () => {
    const name = sessionCookieName(HTTP_SITE);
    const cookies = [];
    for (let device = 0; device < 3; device += 1) cookies.push((await signIn(HTTP_SITE, user.email)).get(name)!);
    for (const cookie of cookies) expect((await call(HTTP_SITE, new Map([[name, cookie]]), 'GET', 'session')).body).toHaveProperty('user');

    expect(await revokeAllSessions(user.id)).toBe(3);
    for (const cookie of cookies) {
      const replayed = await call(HTTP_SITE, new Map([[name, cookie]]), 'GET', 'session');
      expect(replayed.body).toEqual({});
      expect(refreshes(replayed.cookies, name)).toBe(false);
    }
  });

  it('on an https site sets a Secure, __Secure- session cookie, and the app reads that cookie and no other', async () => {
    const jar = await signIn(HTTPS_SITE, user.email);
    const set = [...jar.keys()];
    expect(set).toContain('__Secure-next-auth.session-token');
    expect(set).not.toContain('next-auth.session-token');
    const options = authOptionsFor(HTTPS_SITE).cookies?.sessionToken?.options;
    expect(options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax', path: '/' });
    expect(authOptionsFor(HTTPS_SITE).useSecureCookies).toBe(true);

    const token = jar.get('__Secure-next-auth.session-token')!;
    vi.stubEnv('NEXTAUTH_URL', HTTPS_SITE);
    const read = (cookies: Record<string, string>) =>
      sessionIdFromCookies({ get: (name) => (name in cookies ? { value: cookies[name]! } : undefined) }, SECRET);
    expect(await read({ '__Secure-next-auth.session-token': token })).toMatch(/^[0-9a-f-]{36}$/);
    // The same token under the plain name (a cookie an http page or a man in the middle could set) is not read.
    expect(await read({ 'next-auth.session-token': token })).toBeNull();
    // And next-auth's own session endpoint on the https site ignores it too.
    expect((await call(HTTPS_SITE, new Map([['next-auth.session-token', token]]), 'GET', 'session')).body).toEqual({});
    expect((await call(HTTPS_SITE, new Map([['__Secure-next-auth.session-token', token]]), 'GET', 'session')).body).toHaveProperty('user');
  });

  it('on a plain http site (local use) keeps the unprefixed cookie, which browsers refuse to prefix without https', () => {
    expect(authOptionsFor(HTTP_SITE).cookies?.sessionToken).toMatchObject({ name: 'next-auth.session-token', options: { secure: false } });
    expect(authOptionsFor(HTTP_SITE).useSecureCookies).toBe(false);
  });
});

// Issue 14, finding 1, at next-auth's own endpoints: a callbackUrl in the query, the form body or
// next-auth's callback-url cookie goes through the app's redirect callback, so whatever the value,
// every answer leads to a page of this site and none is an error. The values are the attack's
// (`/%09/evil.example` and the like, as decoded by the browser) and their near relations.
const HOSTILE_CALLBACKS = [
  '/\t/evil.example',
  '/\n/x',
  '/\r/x',
  '/%09/evil.example',
  '/\u3002/x',
  '/%E3%80%82/x',
  `${HTTP_SITE}.evil.example/`,
  `${HTTP_SITE}@evil.example/`,
  '//evil.example',
  '/\\evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
];

/** Where a browser would go: the URL and, for a sign-in page link, the callbackUrl inside it, must be on the site. */
function offSite(location: string | undefined): string | null {
  if (!location) return 'no redirect';
  const url = new URL(location, HTTP_SITE);
  if (url.origin !== HTTP_SITE || url.pathname.startsWith('//')) return location;
  const inner = url.searchParams.get('callbackUrl');
  return inner === null ? null : offSite(inner);
}

describe('next-auth’s endpoints with a hostile callbackUrl', () => {
  beforeEach(async () => {
    await resetDatabase();
    await createTestUser({ email: 'redirect.target@example.nhs.uk', displayName: 'Redirect Target', passwordHash: await hashPassword(PASSWORD) });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('sign-in, the credentials callback, sign-out and the callback-url cookie all lead to this site, and none fails', async () => {
    const problems: string[] = [];
    for (const value of HOSTILE_CALLBACKS) {
      const label = JSON.stringify(value);
      const query = await call(HTTP_SITE, new Map(), 'GET', `signin?callbackUrl=${encodeURIComponent(value)}`);
      if (offSite(query.redirect)) problems.push(`signin ${label}: ${query.redirect}`);
      for (const cookie of query.cookies.filter((set) => set.name === 'next-auth.callback-url'))
        if (offSite(cookie.value)) problems.push(`signin cookie ${label}: ${cookie.value}`);

      const fromCookie = await call(HTTP_SITE, new Map([['next-auth.callback-url', encodeURIComponent(value)]]), 'GET', 'signin');
      if (offSite(fromCookie.redirect)) problems.push(`signin with the cookie ${label}: ${fromCookie.redirect}`);

      const jar: Jar = new Map();
      const { body } = await call(HTTP_SITE, jar, 'GET', 'csrf');
      const csrfToken = (body as { csrfToken: string }).csrfToken;
      const signedIn = await call(HTTP_SITE, jar, 'POST', 'callback/credentials', {
        csrfToken,
        email: 'redirect.target@example.nhs.uk',
        password: PASSWORD,
        callbackUrl: value,
        json: 'true',
      });
      if (!jar.has('next-auth.session-token')) problems.push(`credentials ${label}: not signed in (${signedIn.redirect})`);
      if (offSite(signedIn.redirect)) problems.push(`credentials ${label}: ${signedIn.redirect}`);

      const signedOut = await call(HTTP_SITE, jar, 'POST', 'signout', { csrfToken, callbackUrl: value, json: 'true' });
      if (offSite(signedOut.redirect)) problems.push(`signout ${label}: ${signedOut.redirect}`);
    }
    expect(problems).toEqual([]);
  });

  it('positive control: a page of this site asked for is where the credentials callback leads', async () => {
    const jar: Jar = new Map();
    const { body } = await call(HTTP_SITE, jar, 'GET', 'csrf');
    const csrfToken = (body as { csrfToken: string }).csrfToken;
    const signedIn = await call(HTTP_SITE, jar, 'POST', 'callback/credentials', {
      csrfToken,
      email: 'redirect.target@example.nhs.uk',
      password: PASSWORD,
      callbackUrl: '/account?from=sign-in',
      json: 'true',
    });
    expect(signedIn.redirect).toBe(`${HTTP_SITE}/account?from=sign-in`);
  });
});
