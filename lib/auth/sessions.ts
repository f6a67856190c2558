import { withSystem, type Tx } from '../db/with-tenant';
import { isUuid } from '../forms/ids';
import { SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS as TOUCH_INTERVAL_MS } from './session-timing';

export { SESSION_IDLE_MS };
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export type SessionUser = Readonly<{ id: string; email: string; displayName: string; sessionId: string }>;

export function createSession(userId: string, now = new Date()): Promise<string> {
  return withSystem('sign-in', async (tx) => {
    const session = await tx.authSession.create({
      data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    });
    return session.id;
  });
}

/**
 * Checks the server-side record behind a session cookie. A revoked, expired or idle session, or a
 * disabled user, ends the session on this request.
 */
export async function validateSession(sessionId: string, now = new Date()): Promise<SessionUser | null> {
  // Only a cookie made with the server's secret gets this far, but a malformed id must still mean
  // "no session", not a database error and a 500.
  if (!isUuid(sessionId)) return null;
  return withSystem('session-check', (tx) => readSession(tx, sessionId, now));
}

/** validateSession's check inside a caller's system transaction (lib/tenancy/request-identity.ts). */
export async function readSession(tx: Tx, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  if (!isUuid(sessionId)) return null;
  const session = await tx.authSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt || session.user.disabled) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await tx.authSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return { id: session.user.id, email: session.user.email, displayName: session.user.displayName, sessionId: session.id };
}

export function revokeSession(sessionId: string): Promise<void> {
  return withSystem('sign-out', async (tx) => {
    await tx.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  });
}

/** "Sign out everywhere": ends every session the user has, on every device. */
export function revokeAllSessions(userId: string): Promise<number> {
  return withSystem(
    'sign-out-everywhere',
    async (tx) => {
      const result = await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
      return result.count;
    },
    userId,
  );
}
