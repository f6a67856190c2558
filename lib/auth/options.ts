import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import AzureADProvider from 'next-auth/providers/azure-ad';
import { signInWithPassword } from './sign-in';
import { createSession, revokeSession, SESSION_MAX_AGE_SECONDS, validateSession } from './sessions';
import { safeCallbackUrl } from './callback-url';
import { sessionCookie } from './session-cookie';
import { siteUsesHttps } from './site-url';
import { findUserByEntraIdentity } from './entra';
import { clientAddressFromHeaders } from './client-address';
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_DAYS, knownDeviceFromCookieHeader } from './known-device';
import { signInPath } from '../routes/paths';

/** Remembers the device for the sign-in throttle (lib/auth/known-device.ts). */
async function rememberDevice(value: string, siteUrl: string | undefined): Promise<void> {
  const { cookies } = await import('next/headers');
  (await cookies()).set(KNOWN_DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: siteUsesHttps(siteUrl),
    path: '/api/auth',
    maxAge: KNOWN_DEVICE_DAYS * 86_400,
  });
}

function entraProvider() {
  const { ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET, ENTRA_TENANT_ID } = process.env;
  if (!ENTRA_CLIENT_ID || !ENTRA_CLIENT_SECRET || !ENTRA_TENANT_ID) return [];
  return [AzureADProvider({ clientId: ENTRA_CLIENT_ID, clientSecret: ENTRA_CLIENT_SECRET, tenantId: ENTRA_TENANT_ID, name: 'NHSmail' })];
}

export function isEntraEnabled(): boolean {
  return entraProvider().length > 0;
}

/** Thrown when next-auth reads a token whose server-side session has ended, so it answers "signed out". */
class SessionEndedError extends Error {
  constructor() {
    super('The server-side session behind this cookie has ended.');
    this.name = 'SessionEndedError';
  }
}

/** The options for a site served at `siteUrl` (a function so tests can build an https site's). */
export function authOptionsFor(siteUrl: string | undefined): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET,
    // Secure, __Secure- cookies whenever the site is served over https; getCurrentUser reads the
    // session cookie by the same name (lib/auth/session-token.ts).
    useSecureCookies: siteUsesHttps(siteUrl),
    cookies: { sessionToken: sessionCookie(siteUrl) },
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: signInPath(), error: signInPath() },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email address', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const headers = req.headers ?? {};
          const signedIn = await signInWithPassword(credentials, {
            clientAddress: clientAddressFromHeaders(headers),
            knownDeviceCookie: knownDeviceFromCookieHeader(typeof headers.cookie === 'string' ? headers.cookie : undefined),
          });
          if (!signedIn) return null;
          const { knownDeviceCookie, ...user } = signedIn;
          if (knownDeviceCookie) await rememberDevice(knownDeviceCookie, siteUrl);
          return user;
        },
      }),
      ...entraProvider(),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== 'azure-ad') return true;
        // People are matched on Entra tenant id + object id, never on e-mail (which is mutable).
        return (await findUserByEntraIdentity(profile)) !== null;
      },
      // next-auth's own redirects (sign-in, sign-out, its callback-url cookie) get the sign-in
      // page's rule: a page on this site or home. Its default parses with `new URL` unguarded (a 500
      // on a malformed value) and passes any value that starts with "/".
      async redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackUrl(url, baseUrl)}`;
      },
      async jwt({ token, user, account, profile }) {
        // Identity is set only at sign-in. On trigger "update" the client's body is ignored entirely,
        // so a forged update cannot change who the session belongs to.
        if (account?.provider === 'azure-ad') {
          const found = await findUserByEntraIdentity(profile);
          if (found) {
            token.uid = found.id;
            token.sid = await createSession(found.id);
          }
          return token;
        }
        if (user && 'sessionId' in user && typeof user.sessionId === 'string') {
          token.uid = user.id;
          token.sid = user.sessionId;
          return token;
        }
        // Any later read of the token (next-auth's /api/auth/session) answers only while the
        // server-side session is open, as pages do. Throwing makes next-auth answer `{}` and expire
        // the cookie instead of refreshing it for a signed-out or "sign out everywhere" session.
        if (typeof token.sid !== 'string' || !(await validateSession(token.sid))) throw new SessionEndedError();
        return token;
      },
      // The server-side session id stays in the encrypted cookie: browser script gets name, e-mail
      // and expiry, never the id (app/api/session/route.ts answers the idle warning's question).
      async session({ session }) {
        return { user: session.user, expires: session.expires };
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is an expected answer, not an error worth a stack trace in the log.
        if (metadata instanceof SessionEndedError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await revokeSession(token.sid);
      },
    },
  };
}

export const authOptions: NextAuthOptions = authOptionsFor(process.env.NEXTAUTH_URL);
