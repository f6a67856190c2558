import type { TrustType } from '../db/generated/enums';
import { withSystem } from '../db/with-tenant';
import { AppError } from '../errors/app-error';

// How a command-line job (the CLI's trust:export, report:export, indicators:import, the bench)
// finds the trust it was asked to work in. It reads on the named system path, since no trust is
// known yet; the job then acts inside the trust through systemTenantContext and withTenant.

export type SystemJobTrust = Readonly<{ id: string; slug: string; name: string; type: TrustType }>;

/** The trust with this slug, or NOT_FOUND with the words every command prints for a slug that matches none. */
export async function findTrustForSystemJob(slug: string, reason: string): Promise<SystemJobTrust> {
  const trust = await withSystem(reason, (tx) => tx.trust.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, type: true } }));
  if (!trust) throw new AppError('NOT_FOUND', `There is no trust with the slug "${slug}". npm run cli -- trusts:list shows the trusts.`);
  return trust;
}
