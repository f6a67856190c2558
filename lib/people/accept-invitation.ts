import { z } from 'zod';
import { withSystem, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { hashPassword } from '../auth/passwords';
import type { Mailer } from '../reminders/mailer';
import { deliverInvitationMail, existingAccountMail, INVITATION_SIGN_IN_KIND, invitationUrl } from './invitation-mail';
import { hashInvitationToken } from './mutations';
import type { AcceptInvitationInput } from './schemas';

// Two ways to accept, and neither checks an existing account's password here (that would be a
// password oracle outside sign-in's throttle):
// - a new address: the invitee sets a password and the account is created;
// - an existing account: the invitee signs in through the normal, throttled sign-in and then
//   confirms while signed in as the invited address.
// What the page and the "create your account" step answer never depends on whether the address
// already has an account, so the link does not disclose it.

/** What anyone holding the link sees: the same whether or not the address has an account. */
export type InvitationView = Readonly<{ trustName: string; trustSlug: string; email: string }>;

/** An invitation already accepted, seen by the signed-in invitee (who can go straight to the trust). */
export type AcceptedInvitation = Readonly<{ accepted: true; trustSlug: string }>;

type SignedInUser = Readonly<{ id: string; email: string }>;

/** A token as the link carries it; anything else (a number, an object posted as a bound argument) is no invitation. */
const tokenSchema = z.string().min(1).max(200);

async function findInvitation(token: string) {
  if (!tokenSchema.safeParse(token).success) return null;
  return withSystem('accept-invitation', (tx) => tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { trust: true } }));
}

async function findUsableInvitation(token: string, now: Date) {
  const invitation = await findInvitation(token);
  if (!invitation)
    throw new AppError('NOT_FOUND', 'This invitation link is not valid. Check you copied the whole link, or ask your trust administrator for a new one.');
  if (invitation.acceptedAt)
    throw new AppError('INVALID_STATE', 'This invitation link has already been used. Sign in instead, or ask your trust administrator for a new link.');
  if (invitation.revokedAt) throw new AppError('INVALID_STATE', 'This invitation has been withdrawn. Ask your trust administrator if you still need access.');
  if (invitation.expiresAt <= now) throw new AppError('INVALID_STATE', 'This invitation link has expired. Ask your trust administrator to send you a new one.');
  return invitation;
}

/** What the invitee sees before accepting; throws an AppError that says why a link cannot be used. */
export async function viewInvitation(token: string, now = new Date()): Promise<InvitationView> {
  const invitation = await findUsableInvitation(token, now);
  return { trustName: invitation.trust.name, trustSlug: invitation.trust.slug, email: invitation.email };
}

/** For a signed-in user: their own invitation, already accepted, so the page can send them on. */
export async function findAcceptedInvitationFor(token: string, user: SignedInUser): Promise<AcceptedInvitation | null> {
  const invitation = await findInvitation(token);
  if (!invitation?.acceptedAt || invitation.email !== user.email.toLowerCase()) return null;
  return { accepted: true, trustSlug: invitation.trust.slug };
}

/**
 * Marks the token used and adds the membership, in one transaction, so a second use fails even if
 * two tabs race. Someone who is already a member keeps the role they have: roles change only
 * through changeMemberRole, which keeps the trust's last administrator.
 */
async function claimAndJoin(tx: Tx, token: string, now: Date, userFor: (email: string) => Promise<{ id: string }>): Promise<string> {
  const claimed = await tx.invitation.updateMany({
    where: { tokenHash: hashInvitationToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (claimed.count === 0) throw new AppError('INVALID_STATE', 'This invitation link has already been used. Sign in instead.');
  const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(token) }, include: { trust: true } });
  const user = await userFor(invitation.email);
  await tx.membership.upsert({
    where: { trustId_userId: { trustId: invitation.trustId, userId: user.id } },
    create: { trustId: invitation.trustId, userId: user.id, role: invitation.role, isChair: invitation.isChair },
    update: {},
  });
  return invitation.trust.slug;
}

/**
 * The "create your account" step, for whoever holds the link. For a new address it creates the
 * account and the membership. For an address that already has an account it changes nothing and
 * e-mails that address to sign in instead; it answers exactly as a success does, so the caller
 * cannot tell the two apart.
 */
export async function createAccountFromInvitation(
  token: string,
  input: AcceptInvitationInput,
  delivery: Readonly<{ origin?: string; mailer?: Mailer; now?: Date }> = {},
): Promise<void> {
  const now = delivery.now ?? new Date();
  const invitation = await findUsableInvitation(token, now);
  // Hashed in both cases, so the answer takes as long whether or not the account exists.
  const passwordHash = await hashPassword(input.password);
  const existing = await withSystem('accept-invitation', (tx) => tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }));
  if (existing) {
    const url = invitationUrl(delivery.origin ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000', token);
    await deliverInvitationMail(
      {
        trustId: invitation.trustId,
        kind: INVITATION_SIGN_IN_KIND,
        to: invitation.email,
        invitationId: invitation.id,
        mail: existingAccountMail(invitation.trust.name, url),
        now,
      },
      delivery.mailer,
    );
    return;
  }
  await withSystem('accept-invitation', (tx) =>
    claimAndJoin(tx, token, now, (email) => tx.user.create({ data: { email, displayName: input.displayName, passwordHash } })),
  );
}

/**
 * An existing account accepts: the caller has signed in through the normal, throttled sign-in,
 * and the invitation must be for the address they signed in as.
 */
export async function acceptInvitationAsUser(token: string, user: SignedInUser, now = new Date()): Promise<{ trustSlug: string }> {
  const invitation = await findUsableInvitation(token, now);
  if (invitation.email !== user.email.toLowerCase()) {
    throw new AppError(
      'FORBIDDEN',
      `This invitation is for ${invitation.email}, but you are signed in as ${user.email}. Sign out, then sign in as ${invitation.email} to accept it.`,
    );
  }
  const trustSlug = await withSystem('accept-invitation', (tx) => claimAndJoin(tx, token, now, async () => ({ id: user.id })), user.id);
  return { trustSlug };
}
