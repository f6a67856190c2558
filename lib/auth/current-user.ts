import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { sessionIdFromCookies } from './session-token';
import { validateSession, type SessionUser } from './sessions';
import { AppError } from '../errors/app-error';
import { SESSION_ENDED_MESSAGE } from './session-timing';
import { signInPath } from '../routes/paths';

/** The session id in this request's cookie (not yet checked), or null. */
export async function currentSessionId(): Promise<string | null> {
  return sessionIdFromCookies(await cookies());
}

/** The signed-in user for this request, checked against the server-side session record. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const sessionId = await currentSessionId();
  return sessionId ? validateSession(sessionId) : null;
});

/** For pages: sends a signed-out visitor to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath());
  return user;
}

/** For server actions and route handlers, where a redirect would hide the failure. */
export async function requireUserForAction(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', SESSION_ENDED_MESSAGE);
  return user;
}
