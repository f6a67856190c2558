import 'server-only';
import { cache } from 'react';
import { currentSessionId } from '../auth/current-user';
import { readSession, type SessionUser } from '../auth/sessions';
import { withSystemThenUser } from '../db/with-tenant';
import type { TenantContext } from './context';
import { readTenantContext } from './memberships';

/** Who is asking and as which member of the trust in the URL: null user when signed out, null ctx when not a member. */
export type TenantIdentity = Readonly<{ user: SessionUser | null; ctx: TenantContext | null }>;

/**
 * The session check and the membership look-up of a request under /t/[trustSlug], in one
 * transaction (withSystemThenUser) instead of one each. Revocation, disabling, expiry and a changed
 * or removed membership still apply on the very next request: nothing is kept between requests.
 */
export async function identifyForTrust(trustSlug: string, now = new Date()): Promise<TenantIdentity> {
  const sessionId = await currentSessionId();
  if (!sessionId) return { user: null, ctx: null };
  const found = await withSystemThenUser(
    'session-check',
    (tx) => readSession(tx, sessionId, now),
    (tx, user) => readTenantContext(tx, user.id, trustSlug),
  );
  return found ? { user: found.checked, ctx: found.result } : { user: null, ctx: null };
}

/** For pages and layouts: one look-up per request and trust, shared by the layout and the page. */
export const identifyPageForTrust = cache((trustSlug: string) => identifyForTrust(trustSlug));
