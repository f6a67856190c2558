import { randomBytes } from 'node:crypto';
import { withSystem } from '../db/with-tenant';
import { isUniqueViolation } from '../db/prisma-errors';
import { AppError } from '../errors/app-error';
import { hashInvitationToken, INVITATION_LIFETIME_DAYS } from '../people/mutations';
import type { NhsRegion, TrustType } from '../db/generated/enums';
import { installNationalSet } from '../indicators/catalogue';
import { exportTrustData, type TrustDataExport } from '../trusts/data-export';
import { findTrustForSystemJob } from '../trusts/system-job-trust';
import { systemTenantContext } from '../tenancy/system-context';
import { clearAccount } from '../auth/throttle';
import type { CreateTrustInput } from './schemas';

export type TrustListItem = { slug: string; name: string; odsCode: string; type: string; region: string };

/**
 * Operator commands run on the named system path: they are not one trust's work, and each one is
 * recorded in the audit trail with the command as its actor.
 */
export async function createTrustWithAdministrator(input: CreateTrustInput, now = new Date()): Promise<{ slug: string; invitationToken: string }> {
  const token = randomBytes(32).toString('base64url');
  try {
    return await withSystem('cli:trust:create', async (tx) => {
      const trust = await tx.trust.create({
        data: { name: input.name, odsCode: input.ods, slug: input.slug, type: input.type as TrustType, region: input.region as NhsRegion, icsName: input.ics },
      });
      await installNationalSet(tx, trust.id, trust.type);
      await tx.invitation.create({
        data: {
          trustId: trust.id,
          email: input.adminEmail,
          role: 'trust_admin',
          tokenHash: hashInvitationToken(token),
          expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 86_400_000),
        },
      });
      return { slug: trust.slug, invitationToken: token };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', `A trust with ODS code ${input.ods} or slug ${input.slug} already exists`);
    throw error;
  }
}

export function listTrusts(): Promise<TrustListItem[]> {
  return withSystem('cli:trusts:list', async (tx) => {
    const trusts = await tx.trust.findMany({ orderBy: { name: 'asc' } });
    return trusts.map((t) => ({ slug: t.slug, name: t.name, odsCode: t.odsCode, type: t.type, region: t.region }));
  });
}

/** Disables an account and ends its sessions at once. */
export async function disableUser(email: string): Promise<void> {
  await withSystem('cli:user:disable', async (tx) => {
    const result = await tx.user.updateMany({ where: { email }, data: { disabled: true } });
    if (result.count === 0) throw new AppError('NOT_FOUND', `No user has the email address ${email}`);
    await tx.authSession.updateMany({ where: { user: { email }, revokedAt: null }, data: { revokedAt: new Date() } });
  });
}

/**
 * Lets someone sign in again at once: clears every count the sign-in throttle holds against the
 * account (lib/auth/throttle.ts). Returns how many counters were cleared.
 */
export async function unlockUser(email: string): Promise<number> {
  return withSystem('cli:user:unlock', async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!user) throw new AppError('NOT_FOUND', `No user has the email address ${email}`);
    return clearAccount(tx, user);
  });
}

/**
 * Everything one trust holds, for an operator to hand to the trust (or keep when a contract
 * ends). The trust is found on the system path; the export itself runs under the trust's own
 * context, as its administrator would, and is audited as "system:cli:trust:export".
 */
export async function exportTrustForOperator(slug: string): Promise<TrustDataExport> {
  const trust = await findTrustForSystemJob(slug, 'cli:trust:export');
  return exportTrustData(systemTenantContext(trust, 'cli:trust:export', 'trust_admin'));
}
