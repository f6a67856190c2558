import type { APIRequestContext } from '@playwright/test';
import type { FilledUrl, Victim } from './victim-values';
import { APP_ORIGIN } from '../support/session';

/**
 * One request of the route matrix and what is wrong with its answer. A URL of the victim trust
 * answers a member of another trust with 404 (405 for a method the route does not take), and a
 * signed-out visitor with a redirect to sign-in, 401, 404 or 405. No answer to anyone, on any URL,
 * may carry the victim's name, people or ids (other than ids the URL itself holds). The 403 page that
 * tells a member their role may not use a page is for the member's own trust only: on another
 * trust's URL it would say the page exists there, so it counts as a problem whatever the status.
 */
/** The heading of app/t/[trustSlug]/forbidden.tsx (components/layout/no-permission.tsx). */
export const PERMISSION_PAGE_HEADING = 'You do not have permission to use this page';

/**
 * True when the answer is the permission page. Next.js sends forbidden.tsx's UI in the data of
 * every page under the trust, so the heading's words alone prove nothing: the rendered h1 does, and
 * so does the page's own title in the head, which Next.js writes into the HTML even where the body
 * is rendered in the browser.
 */
export function isPermissionPage(body: string): boolean {
  return new RegExp(`<h1[^>]*>${PERMISSION_PAGE_HEADING}</h1>`).test(body) || /<title>You do not have permission – Fairboard<\/title>/.test(body);
}

export type Verdict = { status: number; problems: string[] };

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function victimContentIn(body: string, victim: Victim, url: string): string[] {
  const inUrl = new Set(url.match(UUIDS) ?? []);
  const ids = [...new Set(body.match(UUIDS) ?? [])].filter((id) => victim.ids.has(id.toLowerCase()) && !inUrl.has(id));
  return [...victim.secrets.filter((secret) => body.includes(secret)).map((secret) => `"${secret}"`), ...ids.map((id) => `id ${id}`)];
}

/** Writes carry our own Origin, as a browser's would, so the app's checks are tested, not proxy.ts's origin check. */
export async function request(context: APIRequestContext, url: string, method: string): Promise<{ status: number; location: string; body: string }> {
  const response = await context.fetch(url, {
    method,
    maxRedirects: 0,
    failOnStatusCode: false,
    ...(method === 'GET' ? {} : { headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN }, data: 'matrix=1' }),
  });
  return { status: response.status(), location: response.headers().location ?? '', body: await response.text() };
}

export async function judge(context: APIRequestContext, target: FilledUrl, method: string, signedIn: boolean, victim: Victim): Promise<Verdict> {
  const { status, location, body } = await request(context, target.url, method);
  const problems: string[] = [];
  const trustScoped = target.route.segments.includes('trustSlug');
  const unsupported = target.route.kind === 'route' && !target.route.methods.includes(method);
  if (trustScoped) {
    const toSignIn = [302, 303, 307, 308].includes(status) && /^(https?:\/\/[^/]+)?\/sign-in(\?|$)/.test(location);
    const allowed = unsupported ? [405] : signedIn ? [404, 405] : [401, 404, 405];
    if (!allowed.includes(status) && !(!signedIn && toSignIn))
      problems.push(`answered ${status}${location ? ` → ${location}` : ''}, expected ${allowed.join('/')}${signedIn ? '' : ' or a redirect to sign-in'}`);
  } else if (status >= 500) problems.push(`answered ${status}`);
  if (trustScoped && isPermissionPage(body)) problems.push('answered with the permission page, which is for members of the trust only');
  const leaked = victimContentIn(body, victim, target.url);
  if (leaked.length > 0) problems.push(`the answer carries southmoor's ${leaked.slice(0, 5).join(', ')}`);
  return { status, problems };
}
