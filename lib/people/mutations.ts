import { createHash, randomBytes } from 'node:crypto';
import { dateFromIso } from '../calendar/calendar-dates';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError, fieldError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import type { Mailer } from '../reminders/mailer';
import { deliverInvitationMail, INVITATION_KIND, invitationMail, invitationUrl } from './invitation-mail';
import type { BoardMemberInput, ChangeRoleInput, EndBoardMemberInput, InviteMemberInput, UpdateBoardMemberInput } from './schemas';

export const INVITATION_LIFETIME_DAYS = 7;

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type InvitationDelivery = Readonly<{ origin?: string; mailer?: Mailer }>;

/**
 * Creates a single-use invitation and e-mails its link to the invited address only (or leaves it
 * in the outbox when no mail server is set). The token is never returned, stored or shown to the
 * inviter: holding the link is what lets someone create the invited address's account.
 */
export async function inviteMember(
  ctx: TenantContext,
  input: InviteMemberInput,
  now = new Date(),
  delivery: InvitationDelivery = {},
): Promise<{ invitationId: string }> {
  assertCan(ctx, 'people.manage');
  const token = randomBytes(32).toString('base64url');
  const invitation = await withTenant(ctx, async (tx) => {
    const existing = await tx.membership.findFirst({ where: { trustId: ctx.trustId, user: { email: input.email } } });
    if (existing) {
      throw new AppError('CONFLICT', `${input.email} is already a member of this trust`, {
        fieldErrors: { email: ['This person is already a member of this trust'] },
      });
    }
    return tx.invitation.create({
      data: {
        trustId: ctx.trustId,
        email: input.email,
        role: input.role,
        isChair: input.isChair,
        tokenHash: hashInvitationToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 86_400_000),
        invitedById: ctx.userId,
      },
    });
  });
  const url = invitationUrl(delivery.origin ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000', token);
  await deliverInvitationMail(
    {
      trustId: ctx.trustId,
      kind: INVITATION_KIND,
      to: invitation.email,
      invitationId: invitation.id,
      mail: invitationMail(ctx.trustName, url, INVITATION_LIFETIME_DAYS),
      now,
      actorUserId: ctx.userId || undefined,
    },
    delivery.mailer,
  );
  return { invitationId: invitation.id };
}

export async function revokeInvitation(ctx: TenantContext, invitationId: string): Promise<void> {
  assertCan(ctx, 'people.manage');
  await withTenant(ctx, async (tx) => {
    const result = await tx.invitation.updateMany({
      where: { id: invitationId, trustId: ctx.trustId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (result.count === 0) throw new AppError('NOT_FOUND', 'That invitation could not be found, or it has already been used or withdrawn');
  });
}

/**
 * Serialises changes to a trust's memberships. Without it two administrators demoting or removing
 * each other at the same moment each see the other still in post and both commit, leaving the trust
 * with none. NO KEY UPDATE does not block inserts that only reference the trust.
 */
async function lockTrustMemberships(ctx: TenantContext, tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Trust" WHERE "id" = ${ctx.trustId}::uuid FOR NO KEY UPDATE`;
}

/** Refuses a change that would leave the trust with no administrator (checked inside the same transaction). */
async function assertAdministratorRemains(ctx: TenantContext, tx: Tx): Promise<void> {
  const admins = await tx.membership.count({ where: { trustId: ctx.trustId, role: 'trust_admin' } });
  if (admins === 0) {
    throw new AppError('INVALID_STATE', 'A trust must keep at least one trust administrator. Make someone else an administrator first.');
  }
}

export async function changeMemberRole(ctx: TenantContext, input: ChangeRoleInput): Promise<void> {
  assertCan(ctx, 'people.manage');
  await withTenant(ctx, async (tx) => {
    await lockTrustMemberships(ctx, tx);
    const result = await tx.membership.updateMany({
      where: { id: input.membershipId, trustId: ctx.trustId },
      data: { role: input.role, isChair: input.isChair },
    });
    if (result.count === 0) throw new AppError('NOT_FOUND', 'That member could not be found');
    await assertAdministratorRemains(ctx, tx);
  });
}

export async function removeMember(ctx: TenantContext, membershipId: string): Promise<void> {
  assertCan(ctx, 'people.manage');
  await withTenant(ctx, async (tx) => {
    await lockTrustMemberships(ctx, tx);
    const result = await tx.membership.deleteMany({ where: { id: membershipId, trustId: ctx.trustId } });
    if (result.count === 0) throw new AppError('NOT_FOUND', 'That member could not be found');
    await assertAdministratorRemains(ctx, tx);
  });
}

/** A linked account must belong to someone who is a member of this trust. */
async function assertLinkableUser(ctx: TenantContext, tx: Tx, userId: string | undefined): Promise<void> {
  if (!userId) return;
  const member = await tx.membership.findFirst({ where: { trustId: ctx.trustId, userId } });
  if (!member) throw fieldError('userId', 'Choose an account from this trust’s members');
}

function boardMemberData(input: BoardMemberInput) {
  return {
    name: input.name,
    jobTitle: input.jobTitle,
    isExecutive: input.kind === 'executive',
    roleAreas: input.roleAreas,
    startDate: dateFromIso(input.startDate),
    endDate: input.endDate ? dateFromIso(input.endDate) : null,
    userId: input.userId ?? null,
  };
}

export async function createBoardMember(ctx: TenantContext, input: BoardMemberInput): Promise<{ id: string }> {
  assertCan(ctx, 'people.manage');
  return withTenant(ctx, async (tx) => {
    await assertLinkableUser(ctx, tx, input.userId);
    const created = await tx.boardMember.create({ data: { trustId: ctx.trustId, ...boardMemberData(input) } });
    return { id: created.id };
  });
}

export async function updateBoardMember(ctx: TenantContext, input: UpdateBoardMemberInput): Promise<void> {
  assertCan(ctx, 'people.manage');
  await withTenant(ctx, async (tx) => {
    await assertLinkableUser(ctx, tx, input.userId);
    const result = await tx.boardMember.updateMany({ where: { id: input.boardMemberId, trustId: ctx.trustId }, data: boardMemberData(input) });
    if (result.count === 0) throw new AppError('NOT_FOUND', 'That board member could not be found');
  });
}

/** Records that someone has left the board; their history (and objectives) stay. */
export async function endBoardMember(ctx: TenantContext, input: EndBoardMemberInput): Promise<void> {
  assertCan(ctx, 'people.manage');
  await withTenant(ctx, async (tx) => {
    const member = await tx.boardMember.findFirst({ where: { id: input.boardMemberId, trustId: ctx.trustId } });
    if (!member) throw new AppError('NOT_FOUND', 'That board member could not be found');
    const endDate = dateFromIso(input.endDate);
    if (endDate < member.startDate) {
      throw fieldError('endDate', 'The end date must be on or after their start date');
    }
    await tx.boardMember.update({ where: { id: member.id, trustId: ctx.trustId }, data: { endDate } });
  });
}
