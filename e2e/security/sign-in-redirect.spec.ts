import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { APP_ORIGIN, demoEmail, DEMO_PASSWORD } from '../support/session';
import { postCredentials } from './http-sign-in';

/**
 * Open redirects after sign-in, against the production build. Browsers drop tabs and newlines
 * anywhere in a URL and read `\` as `/`, so a `callbackUrl` of `/<tab>/evil.example` is really
 * `//evil.example`. Signed out, the sign-in form sends the person to its callbackUrl once they have
 * signed in; signed in, the sign-in page redirects there at once; next-auth's own endpoints take
 * a callbackUrl too. Wherever it goes, it must stay on this site and never be a 500.
 */
const HOSTILE = [
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/./\t/evil.example',
  '/.//evil.example',
  '//evil.example',
  '/\\evil.example',
  '/\u3002/x',
  `${APP_ORIGIN}.evil.example/`,
  `${APP_ORIGIN}@evil.example/`,
  'https://evil.example/',
  'javascript:alert(document.domain)',
];
// The form's journey is slower (a real sign-in each), so it takes the values that got through before.
const THROUGH_THE_FORM = ['/\t/evil.example', '/\n/evil.example', '/./\t/evil.example', '/\u3002/x', `${APP_ORIGIN}.evil.example/`];

test.describe.configure({ mode: 'serial' });

let signedIn: APIRequestContext;
const figures: Record<string, unknown> = {};

const signInPage = (value: string) => `/sign-in?callbackUrl=${encodeURIComponent(value)}`;

/** Where a browser goes with this Location: Node's URL is the same WHATWG parser Chromium uses. */
const resolved = (location: string) => new URL(location, APP_ORIGIN);

test.beforeAll(async ({ playwright, baseURL }) => {
  signedIn = await playwright.request.newContext({ baseURL });
  expect((await postCredentials(signedIn, demoEmail('admin.northfield'), DEMO_PASSWORD)).signedIn).toBe(true);
});

test.afterAll(async () => {
  await signedIn?.dispose();
  mkdirSync('test-reports/security', { recursive: true });
  writeFileSync('test-reports/security/sign-in-redirect.json', `${JSON.stringify(figures, null, 2)}\n`);
});

test('signed in, the sign-in page redirects a hostile callbackUrl only to a page on this site, never with a 500', async () => {
  const problems: string[] = [];
  for (const value of HOSTILE) {
    const answer = await signedIn.get(signInPage(value), { maxRedirects: 0, failOnStatusCode: false });
    const location = answer.headers().location ?? '';
    if (answer.status() >= 500) problems.push(`${JSON.stringify(value)}: ${answer.status()}`);
    else if (!location || resolved(location).origin !== APP_ORIGIN)
      problems.push(`${JSON.stringify(value)}: ${answer.status()} to ${JSON.stringify(location)}`);
    else {
      // And the page it leads to is an answer too (a 404 for a page that does not exist), not a 500.
      const landed = await signedIn.get(location, { maxRedirects: 5, failOnStatusCode: false });
      if (landed.status() >= 500 || new URL(landed.url()).origin !== APP_ORIGIN)
        problems.push(`${JSON.stringify(value)}: landed ${landed.status()} at ${landed.url()}`);
    }
  }
  figures.signedInRedirects = { values: HOSTILE.length, problems };
  expect(problems).toEqual([]);
  // Positive control: a real page asked for is where the redirect goes.
  const kept = await signedIn.get(signInPage('/t/northfield-valley/people?x=1#top'), { maxRedirects: 0 });
  expect(kept.headers().location).toBe('/t/northfield-valley/people?x=1#top');
});

test('next-auth’s own endpoints keep a hostile callbackUrl on this site too, never with a 500', async ({ playwright, baseURL }) => {
  const problems: string[] = [];
  for (const value of HOSTILE) {
    const visitor = await playwright.request.newContext({ baseURL });
    const signin = await visitor.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0, failOnStatusCode: false });
    if (signin.status() >= 500) problems.push(`signin ${JSON.stringify(value)}: ${signin.status()}`);
    const { csrfToken } = (await (await visitor.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const signout = await visitor.post('/api/auth/signout', {
      form: { csrfToken, callbackUrl: value, json: 'true' },
      headers: { Origin: APP_ORIGIN },
      failOnStatusCode: false,
    });
    const url = signout.status() < 500 ? (((await signout.json()) as { url?: string }).url ?? '') : '';
    if (signout.status() >= 500 || resolved(url).origin !== APP_ORIGIN)
      problems.push(`signout ${JSON.stringify(value)}: ${signout.status()} ${JSON.stringify(url)}`);
    await visitor.dispose();
  }
  figures.nextAuthEndpoints = { values: HOSTILE.length, problems };
  expect(problems).toEqual([]);
});

test('next-auth’s JSON endpoints answer a callbackUrl that is not a web address in the query without a 500', async ({ playwright, baseURL }) => {
  const problems: string[] = [];
  const visitor = await playwright.request.newContext({ baseURL });
  for (const value of ['javascript:alert(document.domain)', 'data:text/html,x', 'mailto:someone@evil.example', ...HOSTILE]) {
    const query = `callbackUrl=${encodeURIComponent(value)}`;
    for (const path of ['session', 'csrf', 'providers']) {
      const answer = await visitor.get(`/api/auth/${path}?${query}`, { failOnStatusCode: false });
      if (answer.status() >= 500) problems.push(`${path} ${JSON.stringify(value)}: ${answer.status()}`);
    }
    const { csrfToken } = (await (await visitor.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const signedIn = await visitor.post(`/api/auth/callback/credentials?${query}`, {
      form: { csrfToken, email: demoEmail('viewer.northfield'), password: DEMO_PASSWORD, json: 'true' },
      headers: { Origin: APP_ORIGIN },
      failOnStatusCode: false,
    });
    const url = signedIn.status() < 500 ? (((await signedIn.json()) as { url?: string }).url ?? '') : '';
    if (signedIn.status() >= 500 || resolved(url).origin !== APP_ORIGIN)
      problems.push(`credentials ${JSON.stringify(value)}: ${signedIn.status()} ${JSON.stringify(url)}`);
  }
  await visitor.dispose();
  figures.nextAuthJsonEndpoints = { problems };
  expect(problems).toEqual([]);
});

async function signInThroughTheForm(page: Page, value: string): Promise<{ status: number; landed: string }> {
  const opened = await page.goto(signInPage(value));
  await page.getByLabel('Email address').fill(demoEmail('viewer.northfield'));
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  await page.waitForLoadState();
  return { status: opened?.status() ?? 0, landed: page.url() };
}

test('signed out, signing in through the form with a hostile callbackUrl ends on this site', async ({ browser }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const value of THROUGH_THE_FORM) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Any other site answers here instead of the network, so a redirect off the site is seen, not a DNS error.
    await context.route(
      (url) => url.origin !== APP_ORIGIN,
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Another site</h1>' }),
    );
    const { status, landed } = await signInThroughTheForm(page, value);
    if (status >= 500 || new URL(landed).origin !== APP_ORIGIN) problems.push(`${JSON.stringify(value)}: sign-in page ${status}, landed at ${landed}`);
    await context.close();
  }
  figures.formSignIns = { values: THROUGH_THE_FORM.length, problems };
  expect(problems).toEqual([]);
});

test('positive control: signing in through the form with a page of this site goes to that page', async ({ browser }) => {
  const context = await browser.newContext();
  const { landed } = await signInThroughTheForm(await context.newPage(), '/account?from=sign-in');
  expect(new URL(landed).pathname + new URL(landed).search).toBe('/account?from=sign-in');
  await context.close();
});
