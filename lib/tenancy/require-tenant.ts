import 'server-only';
import { cache } from 'react';
import { forbidden, notFound } from 'next/navigation';
import { requireUser, requireUserForAction } from '../auth/current-user';
import { findTenantContext } from './memberships';
import { AppError } from '../errors/app-error';
import type { TenantContext } from './context';
import { can } from './permissions';

/**
 * For pages under /t/[trustSlug]: resolves the signed-in user's membership of the trust named in
 * the URL. Anyone who is not a member gets the same 404 as for a trust that does not exist.
 */
export const requireTenant = cache(async (trustSlug: string): Promise<TenantContext> => {
  const user = await requireUser();
  const ctx = await findTenantContext(user.id, trustSlug);
  if (!ctx) notFound();
  return ctx;
});

/** For server actions and route handlers: the same check, reported as an AppError. */
export async function requireTenantForAction(trustSlug: unknown): Promise<TenantContext> {
  const user = await requireUserForAction();
  const ctx = typeof trustSlug === 'string' ? await findTenantContext(user.id, trustSlug) : null;
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
