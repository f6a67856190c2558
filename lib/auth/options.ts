import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import AzureADProvider from 'next-auth/providers/azure-ad';
import { signInWithPassword } from './sign-in';
import { createSession, revokeSession, SESSION_MAX_AGE_SECONDS } from './sessions';
import { findUserByEntraIdentity } from './entra';
import { clientAddressFromHeaders } from './client-address';
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_DAYS, knownDeviceFromCookieHeader } from './known-device';

/** Remembers the device for the sign-in throttle (lib/auth/known-device.ts). */
async function rememberDevice(value: string): Promise<void> {
  const { cookies } = await import('next/headers');
  (await cookies()).set(KNOWN_DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: (process.env.NEXTAUTH_URL ?? '').startsWith('https://'),
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

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in', error: '/sign-in' },
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
        if (knownDeviceCookie) await rememberDevice(knownDeviceCookie);
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
    async jwt({ token, user, account, profile }) {
      // Identity is set only at sign-in. On trigger "update" the client's body is ignored entirely,
      // so a forged update cannot change who the session belongs to.
      if (account?.provider === 'azure-ad') {
        const found = await findUserByEntraIdentity(profile);
        if (found) {
          token.uid = found.id;
          token.sid = await createSession(found.id);
        }
      } else if (user && 'sessionId' in user && typeof user.sessionId === 'string') {
        token.uid = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    async session({ session, token }) {
      session.sessionId = typeof token.sid === 'string' ? token.sid : undefined;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await revokeSession(token.sid);
    },
  },
};
