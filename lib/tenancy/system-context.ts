import type { TenantContext } from './context';

/**
 * A tenant context for a command-line job acting inside one trust, after it has found the trust
 * on the system path (withSystem). There is no signed-in user: userId is empty, so rows record
 * nobody as their author and the audit trail names the job as "system:<reason>". Queries still run
 * through withTenant as fairboard_app, so row-level security keeps the job inside that trust. The
 * role decides what lib/ lets the job do; report:export acts as the company secretary would.
 */
export function systemTenantContext(
  trust: Readonly<{ id: string; slug: string; name: string }>,
  reason: string,
  role: TenantContext['role'] = 'company_secretary',
): TenantContext {
  return { trustId: trust.id, trustSlug: trust.slug, trustName: trust.name, userId: '', role, isChair: false, systemReason: reason };
}
