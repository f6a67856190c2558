import type { CookieOption } from 'next-auth';
import { siteUsesHttps } from './site-url';

const BASE_NAME = 'next-auth.session-token';

/**
 * The session cookie, derived from the configured site address. Over https it is `Secure` and its
 * name carries the `__Secure-` prefix, which browsers only accept on a Secure cookie set over
 * https, so a page on plain http (or a man in the middle) cannot plant or overwrite it. next-auth
 * and getCurrentUser both take the name from here, so they always read the same cookie.
 */
export function sessionCookie(siteUrl: string | undefined = process.env.NEXTAUTH_URL): CookieOption {
  const secure = siteUsesHttps(siteUrl);
  return {
    name: secure ? `__Secure-${BASE_NAME}` : BASE_NAME,
    options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
  };
}
