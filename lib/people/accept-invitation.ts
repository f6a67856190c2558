import { withSystem } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { hashInvitationToken } from './mutations';
import type { AcceptInvitationInput } from './schemas';

export type InvitationView = Readonly<{ trustName: string; email: string; hasAccount: boolean }>;

async function findUsableInvitation(token: string, now: Date) {
  return withSystem('accept-invitation', async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { trust: true } });
    if (!invitation) throw new AppError('NOT_FOUND', 'This invitation link is not valid. Check you copied the whole link, or ask your trust administrator for a new one.');
    if (invitation.acceptedAt) throw new AppError('INVALID_STATE', 'This invitation link has already been used. Sign in instead, or ask your trust administrator for a new link.');
    if (invitation.revokedAt) throw new AppError('INVALID_STATE', 'This invitation has been withdrawn. Ask your trust administrator if you still need access.');
    if (invitation.expiresAt <= now) throw new AppError('INVALID_STATE', 'This invitation link has expired. Ask your trust administrator to send you a new one.');
    const user = await tx.user.findUnique({ where: { email: invitation.email } });
    return { invitation, user };
  });
}

/** What the invitee sees before accepting; throws an AppError that says why a link cannot be used. */
export async function viewInvitation(token: string, now = new Date()): Promise<InvitationView> {
  const { invitation, user } = await findUsableInvitation(token, now);
  return { trustName: invitation.trust.name, email: invitation.email, hasAccount: user !== null };
}

/**
 * Accepts an invitation: creates the account (or, for someone who already has one, checks their
 * password) and adds the membership. The token is marked used in the same transaction, so a
 * second use fails even if two tabs race. Someone who is already a member keeps the role they
 * have: roles change only through changeMemberRole, which keeps the trust's last administrator.
 */
export async function acceptInvitation(token: string, input: AcceptInvitationInput, now = new Date()): Promise<{ trustSlug: string; email: string }> {
  const { user: existing } = await findUsableInvitation(token, now);
  if (existing && !(existing.passwordHash && (await verifyPassword(existing.passwordHash, input.password)))) {
    throw new AppError('INVALID_INPUT', 'You already have an account: enter its password', { fieldErrors: { password: ['Enter the password for your existing account'] } });
  }
  const passwordHash = existing ? undefined : await hashPassword(input.password);

  return withSystem('accept-invitation', async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash: hashInvitationToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count === 0) throw new AppError('INVALID_STATE', 'This invitation link has already been used. Sign in instead.');
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(token) }, include: { trust: true } });
    const user = existing ?? (await tx.user.create({ data: { email: invitation.email, displayName: input.displayName, passwordHash } }));
    await tx.membership.upsert({
      where: { trustId_userId: { trustId: invitation.trustId, userId: user.id } },
      create: { trustId: invitation.trustId, userId: user.id, role: invitation.role, isChair: invitation.isChair },
      update: {},
    });
    return { trustSlug: invitation.trust.slug, email: user.email };
  });
}
