import { beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { getPrisma } from '../../../lib/db/client';
import { changeMemberRole, INVITATION_LIFETIME_DAYS, inviteMember, removeMember, revokeInvitation } from '../../../lib/people/mutations';
import { listMembers, listPendingInvitations } from '../../../lib/people/queries';
import { MEMBER_ROLES } from '../../../lib/tenancy/roles';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust } from '../../support/fixtures';
import { invitationTokenFor } from '../../support/invitation-outbox';

const NON_ADMIN_ROLES = MEMBER_ROLES.filter((role) => role !== 'trust_admin');

function membershipsOf(trustId: string) {
  return getPrisma().membership.findMany({ where: { trustId }, select: { id: true, userId: true, role: true, isChair: true }, orderBy: { id: 'asc' } });
}

async function emailOf(userId: string): Promise<string> {
  return (await getPrisma().user.findUniqueOrThrow({ where: { id: userId } })).email;
}

describe('trust members and invitations', () => {
  beforeEach(resetDatabase);

  it('an administrator invites someone: the token reaches only the invitee’s e-mail, is stored only as its hash and lasts seven days', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const now = new Date('2026-03-02T09:00:00Z');

    const { invitationId } = await inviteMember(admin, { email: 'new.person@example.nhs.uk', role: 'executive_director', isChair: false }, now);
    const token = await invitationTokenFor('new.person@example.nhs.uk', invitationId);

    expect(token.length).toBeGreaterThanOrEqual(32);
    const stored = await getPrisma().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored).toMatchObject({
      trustId: trust.id,
      email: 'new.person@example.nhs.uk',
      role: 'executive_director',
      invitedById: admin.userId,
      acceptedAt: null,
      revokedAt: null,
    });
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - now.getTime()).toBe(INVITATION_LIFETIME_DAYS * 86_400_000);
    const second = await inviteMember(admin, { email: 'other.person@example.nhs.uk', role: 'viewer', isChair: false }, now);
    expect(await invitationTokenFor('other.person@example.nhs.uk', second.invitationId)).not.toBe(token);
  });

  it('inviting the email of someone who is already a member is refused with CONFLICT and an email field error', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const member = await createMemberContext(trust, 'viewer');
    const email = await emailOf(member.userId);

    const attempt = inviteMember(admin, { email, role: 'executive_director', isChair: false });

    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { email: [expect.stringContaining('already a member')] } });
    expect(await getPrisma().invitation.count()).toBe(0);
  });

  it('the same email can be invited to a trust it is not yet a member of', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const memberOfA = await createMemberContext(trustA, 'viewer');
    const adminB = await createMemberContext(trustB, 'trust_admin');

    const { invitationId } = await inviteMember(adminB, { email: await emailOf(memberOfA.userId), role: 'viewer', isChair: false });

    expect((await getPrisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).trustId).toBe(trustB.id);
  });

  it.each(NON_ADMIN_ROLES)('a %s may not invite, change roles, remove members or withdraw invitations', async (role) => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const actor = await createMemberContext(trust, role, role === 'non_executive_director');
    const other = await createMemberContext(trust, 'viewer');
    const { invitationId } = await inviteMember(admin, { email: 'pending@example.nhs.uk', role: 'viewer', isChair: false });
    const before = await membershipsOf(trust.id);

    await expect(inviteMember(actor, { email: 'someone@example.nhs.uk', role: 'viewer', isChair: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(changeMemberRole(actor, { membershipId: other.membershipId, role: 'trust_admin', isChair: false })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(changeMemberRole(actor, { membershipId: actor.membershipId, role: 'trust_admin', isChair: false })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(removeMember(actor, admin.membershipId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(revokeInvitation(actor, invitationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect(await membershipsOf(trust.id)).toEqual(before);
    expect(await getPrisma().invitation.findMany({ select: { id: true, revokedAt: true } })).toEqual([{ id: invitationId, revokedAt: null }]);
  });

  it('an administrator changes a member’s role, including making a non-executive director the chair', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const member = await createMemberContext(trust, 'viewer');

    await changeMemberRole(admin, { membershipId: member.membershipId, role: 'non_executive_director', isChair: true });

    const after = await getPrisma().membership.findUniqueOrThrow({ where: { id: member.membershipId } });
    expect(after).toMatchObject({ role: 'non_executive_director', isChair: true });
    expect((await getPrisma().membership.findUniqueOrThrow({ where: { id: admin.membershipId } })).role).toBe('trust_admin');
  });

  it('with a second administrator in place, an administrator may step down or be removed', async () => {
    const trust = await createTestTrust();
    const first = await createMemberContext(trust, 'trust_admin');
    const second = await createMemberContext(trust, 'trust_admin');

    await changeMemberRole(first, { membershipId: first.membershipId, role: 'executive_director', isChair: false });
    await removeMember(second, first.membershipId);

    expect(await membershipsOf(trust.id)).toEqual([{ id: second.membershipId, userId: second.userId, role: 'trust_admin', isChair: false }]);
  });

  it('an administrator removes a member, and only that membership goes', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const leaving = await createMemberContext(trust, 'executive_director');
    const staying = await createMemberContext(trust, 'viewer');

    await removeMember(admin, leaving.membershipId);

    const remaining = (await membershipsOf(trust.id)).map((m) => m.id).sort();
    expect(remaining).toEqual([admin.membershipId, staying.membershipId].sort());
    expect(await getPrisma().user.count({ where: { id: leaving.userId } })).toBe(1);
  });

  it('demoting the last trust administrator is refused with INVALID_STATE and nothing changes', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    await createMemberContext(trust, 'viewer');
    const before = await membershipsOf(trust.id);

    await expect(changeMemberRole(admin, { membershipId: admin.membershipId, role: 'viewer', isChair: false })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });

    expect(await membershipsOf(trust.id)).toEqual(before);
    expect(await getPrisma().auditEvent.count({ where: { trustId: trust.id, action: 'update' } })).toBe(0);
  });

  it('removing the last trust administrator is refused with INVALID_STATE and the membership stays', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    await createMemberContext(trust, 'executive_lead');
    const before = await membershipsOf(trust.id);

    await expect(removeMember(admin, admin.membershipId)).rejects.toMatchObject({ code: 'INVALID_STATE' });

    expect(await membershipsOf(trust.id)).toEqual(before);
    expect(await getPrisma().auditEvent.count({ where: { trustId: trust.id, action: 'delete' } })).toBe(0);
  });

  it('two administrators stepping down at the same moment leave exactly one in post', async () => {
    // Meaningful on a real PostgreSQL, where the two transactions overlap (PGlite runs them one
    // after the other). Before the trust-row lock, about half of these rounds ended with no admin.
    for (let round = 0; round < 10; round += 1) {
      const trust = await createTestTrust();
      const first = await createMemberContext(trust, 'trust_admin');
      const second = await createMemberContext(trust, 'trust_admin');

      const results = await Promise.allSettled([
        changeMemberRole(first, { membershipId: first.membershipId, role: 'viewer', isChair: false }),
        removeMember(second, second.membershipId),
      ]);

      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'INVALID_STATE' } });
      expect(await getPrisma().membership.count({ where: { trustId: trust.id, role: 'trust_admin' } })).toBe(1);
    }
  });

  it('another trust’s membership id is NOT_FOUND for changing a role or removing, and that membership is untouched', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const adminA = await createMemberContext(trustA, 'trust_admin');
    const memberA = await createMemberContext(trustA, 'viewer');
    const adminB = await createMemberContext(trustB, 'trust_admin');
    const before = await membershipsOf(trustA.id);

    await expect(changeMemberRole(adminB, { membershipId: memberA.membershipId, role: 'trust_admin', isChair: false })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(removeMember(adminB, adminA.membershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeMember(adminB, memberA.membershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await membershipsOf(trustA.id)).toEqual(before);
  });

  it('withdrawing an invitation takes it off the pending list, and it cannot be withdrawn twice', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const kept = await inviteMember(admin, { email: 'kept@example.nhs.uk', role: 'viewer', isChair: false });
    const withdrawn = await inviteMember(admin, { email: 'withdrawn@example.nhs.uk', role: 'viewer', isChair: false });

    await revokeInvitation(admin, withdrawn.invitationId);

    expect((await listPendingInvitations(admin)).map((i) => i.id)).toEqual([kept.invitationId]);
    expect((await getPrisma().invitation.findUniqueOrThrow({ where: { id: withdrawn.invitationId } })).revokedAt).toBeInstanceOf(Date);
    await expect(revokeInvitation(admin, withdrawn.invitationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('another trust’s invitation cannot be withdrawn and stays usable', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const adminA = await createMemberContext(trustA, 'trust_admin');
    const adminB = await createMemberContext(trustB, 'trust_admin');
    const invitation = await inviteMember(adminA, { email: 'invitee@example.nhs.uk', role: 'viewer', isChair: false });

    await expect(revokeInvitation(adminB, invitation.invitationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect((await getPrisma().invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } })).revokedAt).toBeNull();
    expect((await listPendingInvitations(adminA)).map((i) => i.id)).toEqual([invitation.invitationId]);
  });

  it('listMembers and listPendingInvitations return only this trust’s rows', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const adminA = await createMemberContext(trustA, 'trust_admin');
    const viewerA = await createMemberContext(trustA, 'viewer');
    const adminB = await createMemberContext(trustB, 'trust_admin');
    await createMemberContext(trustB, 'executive_lead');
    const inviteA = await inviteMember(adminA, { email: 'a@example.nhs.uk', role: 'viewer', isChair: false });
    await inviteMember(adminB, { email: 'b@example.nhs.uk', role: 'viewer', isChair: false });

    const members = await listMembers(adminA);
    const invitations = await listPendingInvitations(adminA);

    expect(members.map((m) => m.membershipId).sort()).toEqual([adminA.membershipId, viewerA.membershipId].sort());
    expect(members.find((m) => m.membershipId === viewerA.membershipId)).toMatchObject({
      userId: viewerA.userId,
      role: 'viewer',
      isChair: false,
      disabled: false,
      email: await emailOf(viewerA.userId),
    });
    expect(invitations.map((i) => i.id)).toEqual([inviteA.invitationId]);
  });

  it('expired and accepted invitations are not listed as pending', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await inviteMember(admin, { email: 'expired@example.nhs.uk', role: 'viewer', isChair: false }, longAgo);
    const accepted = await inviteMember(admin, { email: 'accepted@example.nhs.uk', role: 'viewer', isChair: false });
    await getPrisma().invitation.update({ where: { id: accepted.invitationId }, data: { acceptedAt: new Date() } });
    const pending = await inviteMember(admin, { email: 'pending@example.nhs.uk', role: 'viewer', isChair: false });

    expect((await listPendingInvitations(admin)).map((i) => i.id)).toEqual([pending.invitationId]);
  });
});
