import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { requireUserForAction } from '../auth/current-user';
import { SESSION_ENDED_MESSAGE } from '../auth/session-timing';
import type { SessionUser } from '../auth/sessions';
import { identifyForTrust, identifyPageForTrust } from './request-identity';
import { AppError } from '../errors/app-error';
import type { TenantContext } from './context';
import { can } from './permissions';

/**
 * For pages under /t/[trustSlug]: resolves the signed-in user's membership of the trust named in
 * the URL. Anyone who is not a member gets the same 404 as for a trust that does not exist.
 */
export async function requireTenant(trustSlug: string): Promise<TenantContext> {
  return (await requireTenantAndUser(trustSlug)).ctx;
}

/** requireTenant, with the signed-in user it found (the trust's layout shows their name). */
export async function requireTenantAndUser(trustSlug: string): Promise<{ ctx: TenantContext; user: SessionUser }> {
  const { user, ctx } = await identifyPageForTrust(trustSlug);
  if (!user) redirect('/sign-in');
  if (!ctx) notFound();
  return { ctx, user };
}

/** For server actions and route handlers: the same check, reported as an AppError. */
export async function requireTenantForAction(trustSlug: unknown): Promise<TenantContext> {
  if (typeof trustSlug !== 'string') {
    await requireUserForAction();
    throw new AppError('NOT_FOUND', 'That page could not be found.');
  }
  const { user, ctx } = await identifyForTrust(trustSlug);
  if (!user) throw new AppError('UNAUTHENTICATED', SESSION_ENDED_MESSAGE);
  if (!ctx) throw new AppError('NOT_FOUND', 'That page could not be found.');
  return ctx;
}

/**
 * For pages a role may not use. A member of the trust gets a 403 page inside the service that says
 * which roles may use it (app/t/[trustSlug]/forbidden.tsx); anyone else has already had the 404
 * of requireTenant, so another trust's addresses still reveal nothing.
 */
export async function requireTenantPermission(trustSlug: string, permission: Parameters<typeof can>[1]): Promise<TenantContext> {
  const ctx = await requireTenant(trustSlug);
  if (!can(ctx, permission)) forbidden();
  return ctx;
}
