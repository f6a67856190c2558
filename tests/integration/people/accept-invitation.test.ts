import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { hashPassword, verifyPassword } from '../../../lib/auth/passwords';
import { acceptInvitationAsUser, createAccountFromInvitation, viewInvitation } from '../../../lib/people/accept-invitation';
import { INVITATION_LIFETIME_DAYS, inviteMember, removeMember, revokeInvitation } from '../../../lib/people/mutations';
import type { MemberRole } from '../../../lib/tenancy/roles';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, createTestUser, type TestTrust } from '../../support/fixtures';
import { invitationTokenFor } from '../../support/invitation-outbox';

const PASSWORD = 'correct horse battery staple';

async function invite(trust: TestTrust, email: string, role: MemberRole = 'executive_director', isChair = false, now = new Date()) {
  const admin = await createMemberContext(trust, 'trust_admin');
  const { invitationId } = await inviteMember(admin, { email, role, isChair }, now);
  return { admin, invitationId, token: await invitationTokenFor(email, invitationId) };
}

function counts() {
  return Promise.all([getPrisma().user.count(), getPrisma().membership.count()]).then(([users, memberships]) => ({ users, memberships }));
}

describe('accepting an invitation', () => {
  beforeEach(resetDatabase);

  it('a new person accepts: their account and a membership with the invited role are created, and the password works', async () => {
    const trust = await createTestTrust();
    const { token, invitationId } = await invite(trust, 'new.nurse@example.nhs.uk', 'non_executive_director', true);

    expect(await viewInvitation(token)).toEqual({ trustName: trust.name, trustSlug: trust.slug, email: 'new.nurse@example.nhs.uk' });
    await createAccountFromInvitation(token, { displayName: 'Nia Nurse', password: PASSWORD });

    const user = await getPrisma().user.findUniqueOrThrow({ where: { email: 'new.nurse@example.nhs.uk' }, include: { memberships: true } });
    expect(user.displayName).toBe('Nia Nurse');
    expect(user.memberships).toEqual([expect.objectContaining({ trustId: trust.id, role: 'non_executive_director', isChair: true })]);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(user.passwordHash ?? '', PASSWORD)).toBe(true);
    expect(await verifyPassword(user.passwordHash ?? '', 'not the password')).toBe(false);
    expect((await getPrisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeInstanceOf(Date);
  });

  it('a link that has been used already is refused with a message saying so', async () => {
    const trust = await createTestTrust();
    const { token } = await invite(trust, 'once@example.nhs.uk');
    await createAccountFromInvitation(token, { displayName: 'Once Only', password: PASSWORD });
    const before = await counts();

    await expect(viewInvitation(token)).rejects.toMatchObject({ code: 'INVALID_STATE', message: expect.stringMatching(/already been used/) });
    await expect(createAccountFromInvitation(token, { displayName: 'Second Go', password: PASSWORD })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/already been used/),
    });
    expect(await counts()).toEqual(before);
  });

  it('an expired link says it has expired and creates nothing', async () => {
    const trust = await createTestTrust();
    const sent = new Date('2026-01-05T10:00:00Z');
    const { token } = await invite(trust, 'late@example.nhs.uk', 'viewer', false, sent);
    const before = await counts();
    const expiry = new Date(sent.getTime() + INVITATION_LIFETIME_DAYS * 86_400_000);

    await expect(createAccountFromInvitation(token, { displayName: 'Late Comer', password: PASSWORD }, { now: expiry })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/expired/),
    });
    await expect(viewInvitation(token, new Date(expiry.getTime() + 1))).rejects.toMatchObject({ message: expect.stringMatching(/expired/) });
    expect(await counts()).toEqual(before);
    expect(await viewInvitation(token, new Date(expiry.getTime() - 1))).toMatchObject({ email: 'late@example.nhs.uk' });
  });

  it('a withdrawn invitation says it was withdrawn', async () => {
    const trust = await createTestTrust();
    const { token, invitationId, admin } = await invite(trust, 'withdrawn@example.nhs.uk');
    await revokeInvitation(admin, invitationId);
    const before = await counts();

    await expect(viewInvitation(token)).rejects.toMatchObject({ code: 'INVALID_STATE', message: expect.stringMatching(/withdrawn/) });
    await expect(createAccountFromInvitation(token, { displayName: 'Too Late', password: PASSWORD })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/withdrawn/),
    });
    expect(await counts()).toEqual(before);
  });

  it('an unknown token says the link is not valid', async () => {
    const trust = await createTestTrust();
    const { token } = await invite(trust, 'real@example.nhs.uk');
    const before = await counts();

    for (const forged of ['made-up-token', `${token}x`, token.slice(0, -1)]) {
      await expect(createAccountFromInvitation(forged, { displayName: 'Guesser', password: PASSWORD })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringMatching(/not valid/),
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('someone who already has an account and is signed in as the invited address gets the membership added, account unchanged', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const passwordHash = await hashPassword(PASSWORD);
    const existing = await createTestUser({ email: 'sits.on.two@example.nhs.uk', displayName: 'Original Name', passwordHash });
    await getPrisma().membership.create({ data: { trustId: trustA.id, userId: existing.id, role: 'non_executive_director' } });
    const { token } = await invite(trustB, existing.email, 'executive_lead');
    const usersBefore = await getPrisma().user.count();

    expect(await acceptInvitationAsUser(token, existing)).toEqual({ trustSlug: trustB.slug });

    const memberships = await getPrisma().membership.findMany({ where: { userId: existing.id }, orderBy: { role: 'asc' } });
    expect(memberships.map((m) => [m.trustId, m.role])).toEqual(
      expect.arrayContaining([
        [trustA.id, 'non_executive_director'],
        [trustB.id, 'executive_lead'],
      ]),
    );
    expect(memberships).toHaveLength(2);
    expect(await getPrisma().user.count()).toBe(usersBefore);
    expect(await getPrisma().user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ displayName: 'Original Name', passwordHash });
  });

  it('accepting an older invitation never changes the role of someone who is already a member, so the last administrator stays one', async () => {
    const trust = await createTestTrust();
    const founder = await createMemberContext(trust, 'trust_admin');
    const asViewer = await inviteMember(founder, { email: 'successor@example.nhs.uk', role: 'viewer', isChair: false });
    const viewerToken = await invitationTokenFor('successor@example.nhs.uk', asViewer.invitationId);
    const asAdmin = await inviteMember(founder, { email: 'successor@example.nhs.uk', role: 'trust_admin', isChair: false });
    await createAccountFromInvitation(await invitationTokenFor('successor@example.nhs.uk', asAdmin.invitationId), {
      displayName: 'Successor',
      password: PASSWORD,
    });
    const successor = await getPrisma().user.findUniqueOrThrow({ where: { email: 'successor@example.nhs.uk' } });
    await removeMember(founder, founder.membershipId);
    const before = await getPrisma().membership.findMany({ where: { trustId: trust.id }, select: { id: true, role: true, isChair: true } });
    expect(before).toEqual([{ id: expect.any(String), role: 'trust_admin', isChair: false }]);

    const result = await acceptInvitationAsUser(viewerToken, successor);

    expect(result).toEqual({ trustSlug: trust.slug });
    expect(await getPrisma().membership.findMany({ where: { trustId: trust.id }, select: { id: true, role: true, isChair: true } })).toEqual(before);
    expect((await getPrisma().invitation.findUniqueOrThrow({ where: { id: asViewer.invitationId } })).acceptedAt).toBeInstanceOf(Date);
  });
});
