import { decode } from 'next-auth/jwt';
import { sessionCookie } from './session-cookie';

type CookieReader = Readonly<{ get(name: string): { value: string } | undefined }>;

/**
 * The server-side session id inside the session cookie, or null. The cookie is next-auth's
 * encrypted JWT, read under the same name next-auth writes it (lib/auth/session-cookie.ts). Only
 * the id is taken: who it belongs to, and whether it is still open, is for validateSession to say.
 * Our tokens are far below next-auth's 4 kB chunking size, so there is only ever one cookie.
 */
export async function sessionIdFromCookies(
  cookies: CookieReader,
  secret: string | undefined = process.env.NEXTAUTH_SECRET,
  name: string = sessionCookie().name,
): Promise<string | null> {
  const value = cookies.get(name)?.value;
  if (!value || !secret) return null;
  try {
    const token = await decode({ token: value, secret });
    return typeof token?.sid === 'string' ? token.sid : null;
  } catch {
    // Tampered, expired or made with another secret: no session, as for no cookie at all.
    return null;
  }
}
