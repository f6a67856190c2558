import type { APIRequestContext } from '@playwright/test';
import { APP_ORIGIN } from '../support/session';

/**
 * Signs in over raw HTTP exactly as the sign-in form's script does: fetch next-auth's CSRF token,
 * then post the credentials to /api/auth/callback/credentials with json=true. The session cookie
 * lands in the context's cookie jar. `forwardedFor` sets X-Forwarded-For, as a proxy in front of
 * the app would (one trusted hop by default: the rightmost entry is the client's address).
 */
export type SignInAnswer = { status: number; body: string; location: string; ms: number; signedIn: boolean };

export const SESSION_COOKIE = 'next-auth.session-token';

export async function postCredentials(
  context: APIRequestContext,
  email: string,
  password: string,
  options: Readonly<{ forwardedFor?: string; json?: boolean }> = {},
): Promise<SignInAnswer> {
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const form: Record<string, string> = { csrfToken, email, password, callbackUrl: `${APP_ORIGIN}/trusts` };
  if (options.json !== false) form.json = 'true';
  const started = performance.now();
  const response = await context.post('/api/auth/callback/credentials', {
    form,
    headers: { Origin: APP_ORIGIN, ...(options.forwardedFor ? { 'X-Forwarded-For': options.forwardedFor } : {}) },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await response.text();
  const ms = performance.now() - started;
  const setsSession = response
    .headersArray()
    .some(
      (header) =>
        header.name.toLowerCase() === 'set-cookie' && header.value.startsWith(`${SESSION_COOKIE}=`) && !header.value.startsWith(`${SESSION_COOKIE}=;`),
    );
  return { status: response.status(), body, location: response.headers().location ?? '', ms, signedIn: setsSession };
}

export async function sessionCookieOf(context: APIRequestContext): Promise<string> {
  const cookie = (await context.storageState()).cookies.find((entry) => entry.name === SESSION_COOKIE);
  if (!cookie) throw new Error('The context holds no session cookie: the sign-in did not work.');
  return cookie.value;
}
