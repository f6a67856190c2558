import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';

vi.mock('../../../lib/auth/current-user', async () => (await import('../../support/action-mocks')).currentUser());
vi.mock('next/cache', async (importOriginal) => (await import('../../support/action-mocks')).nextCache(importOriginal));
vi.mock('next/headers', async (importOriginal) => (await import('../../support/action-mocks')).nextHeaders(importOriginal));

import { getPrisma } from '../../../lib/db/client';
import { hashPassword } from '../../../lib/auth/passwords';
import { signInWithPassword } from '../../../lib/auth/sign-in';
import { createSession } from '../../../lib/auth/sessions';
import { inviteMember } from '../../../lib/people/mutations';
import { listOutbox } from '../../../lib/reminders/outbox-queries';
import type { Mailer, OutgoingMail } from '../../../lib/reminders/mailer';
import { acceptInvitationAction } from '../../../app/(auth)/invitations/[token]/actions';
import { inviteMemberAction } from '../../../app/t/[trustSlug]/people/actions';
import InvitationPage from '../../../app/(auth)/invitations/[token]/page';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, createTestUser, type TestTrust } from '../../support/fixtures';
import { invoke, type ActionFn, type Outcome } from '../../support/security-action-harness';
import { invitationMailTo, invitationTokenFor } from '../../support/invitation-outbox';

// Issue 14, findings 2, 3 and 4: the invitation path as an attacker would use it. Each test fails
// on the code before the fix (see docs/SECURITY.md, "Invitations").

const PASSWORD = 'the victim’s real password';
const accept = acceptInvitationAction as unknown as ActionFn;

/** A member of one trust with a password, and an administrator of another trust who invites her. */
async function victimInvitedByAnotherTrust(): Promise<{
  home: TestTrust;
  attackerTrust: TestTrust;
  victim: { id: string; email: string };
  token: string;
  invitationId: string;
}> {
  const home = await createTestTrust();
  const attackerTrust = await createTestTrust();
  const victim = await createTestUser({ email: 'victim@example.nhs.uk', passwordHash: await hashPassword(PASSWORD) });
  await getPrisma().membership.create({ data: { trustId: home.id, userId: victim.id, role: 'non_executive_director' } });
  const attacker = await createMemberContext(attackerTrust, 'trust_admin');
  const { invitationId } = await inviteMember(attacker, { email: victim.email, role: 'viewer', isChair: false });
  return { home, attackerTrust, victim, token: await invitationTokenFor(victim.email, invitationId), invitationId };
}

function withoutToken(outcome: Outcome, token: string): string {
  return JSON.stringify(outcome).replaceAll(encodeURIComponent(token), '<token>').replaceAll(token, '<token>');
}

async function pageHtml(token: string): Promise<string> {
  return renderToStaticMarkup(await InvitationPage({ params: Promise.resolve({ token }) }));
}

describe('invitations under attack', () => {
  beforeEach(resetDatabase);

  it('finding 2: 20 password guesses through an invitation, the right one among them and sign-in locked, learn nothing and change nothing', async () => {
    const { attackerTrust, victim, token, invitationId } = await victimInvitedByAnotherTrust();
    for (let attempt = 0; attempt < 6; attempt += 1)
      expect(await signInWithPassword({ email: victim.email, password: `wrong guess ${attempt}` }, '203.0.113.9')).toBeNull();
    // Under the throttle's per-account-and-address delay, the right password from the guessing
    // address is now refused too: sign-in is shut for this attacker, as the invitation must be.
    expect(await signInWithPassword({ email: victim.email, password: PASSWORD }, '203.0.113.9'), 'sign-in is locked for the attacker').toBeNull();
    const hashBefore = (await getPrisma().user.findUniqueOrThrow({ where: { id: victim.id } })).passwordHash;

    const guesses = Array.from({ length: 20 }, (_, index) => (index === 13 ? PASSWORD : `a guessed password ${index}`));
    const answers = new Set<string>();
    for (const password of guesses) answers.add(withoutToken((await invoke(accept, token, { displayName: 'Anyone', password }, null)).outcome, token));

    expect([...answers], 'every guess, the right one included, gets the same answer').toHaveLength(1);
    expect(await getPrisma().membership.count({ where: { userId: victim.id, trustId: attackerTrust.id } })).toBe(0);
    expect((await getPrisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeNull();
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: victim.id } })).passwordHash).toBe(hashBefore);
    expect(await getPrisma().user.count({ where: { email: victim.email } })).toBe(1);
    // The victim is told once, by e-mail, to sign in instead; twenty attempts do not flood her.
    expect(await getPrisma().outboxMessage.count({ where: { to: victim.email, kind: 'invitation-sign-in' } })).toBe(1);
  });

  it('finding 2: an existing account accepts only while signed in as the invited address, and no password is read', async () => {
    const { attackerTrust, victim, token } = await victimInvitedByAnotherTrust();
    const attacker = await createTestUser({ email: 'attacker@example.nhs.uk' });

    const asSomeoneElse = await invoke(accept, token, { displayName: 'Attacker', password: PASSWORD }, { sessionId: await createSession(attacker.id) });
    expect(asSomeoneElse.outcome).toMatchObject({
      kind: 'result',
      status: 'error',
      body: expect.stringContaining('This invitation is for victim@example.nhs.uk'),
    });
    expect(await getPrisma().membership.count({ where: { trustId: attackerTrust.id, userId: { in: [attacker.id, victim.id] } } })).toBe(0);

    const asVictim = await invoke(accept, token, {}, { sessionId: await createSession(victim.id) });
    expect(asVictim.outcome).toEqual({ kind: 'redirect', location: `/t/${attackerTrust.slug}` });
    expect(await getPrisma().membership.count({ where: { trustId: attackerTrust.id, userId: victim.id } })).toBe(1);
  });

  it('a token that is not a string (a bound argument forged by a client) is an invalid link, not a server error', async () => {
    const user = await createTestUser({ email: 'someone@example.nhs.uk' });
    for (const forged of [42, { tokenHash: 'x' }, ['a', 'b'], null, 'x'.repeat(5_000)]) {
      const signedOut = await invoke(accept, forged, { displayName: 'Someone', password: 'a long enough password' }, null);
      expect(signedOut.outcome).toMatchObject({ kind: 'result', status: 'error', body: expect.stringContaining('This invitation link is not valid') });
      const signedIn = await invoke(accept, forged, {}, { sessionId: await createSession(user.id) });
      expect(signedIn.outcome).toMatchObject({ kind: 'result', status: 'error', body: expect.stringContaining('This invitation link is not valid') });
    }
    expect(await getPrisma().membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it('finding 3: the invitation page and the "create your account" answer read the same for an address with an account and one without', async () => {
    const { attackerTrust } = await victimInvitedByAnotherTrust();
    const admin = await createMemberContext(attackerTrust, 'trust_admin');
    const fresh = await inviteMember(admin, { email: 'nobody.yet@example.nhs.uk', role: 'viewer', isChair: false });
    const existingToken = await invitationTokenFor('victim@example.nhs.uk');
    const newToken = await invitationTokenFor('nobody.yet@example.nhs.uk', fresh.invitationId);

    const existingPage = (await pageHtml(existingToken)).replaceAll(existingToken, '<token>').replaceAll('victim@example.nhs.uk', '<email>');
    const newPage = (await pageHtml(newToken)).replaceAll(newToken, '<token>').replaceAll('nobody.yet@example.nhs.uk', '<email>');
    expect(existingPage).toContain('Join');
    expect(existingPage).toBe(newPage);

    const form = { displayName: 'Same Name', password: 'the same long password' };
    const existingAnswer = withoutToken((await invoke(accept, existingToken, form, null)).outcome, existingToken);
    const newAnswer = withoutToken((await invoke(accept, newToken, form, null)).outcome, newToken);
    expect(existingAnswer).toBe(newAnswer);
  });

  it('finding 4: the inviter’s answer holds no link; the link reaches only the invited address, hidden from the trust’s outbox and audit trail', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const call = await invoke(
      inviteMemberAction as unknown as ActionFn,
      trust.slug,
      { email: 'invitee@example.nhs.uk', role: 'viewer' },
      { sessionId: await createSession(admin.userId) },
    );
    const { token, body, transport } = await invitationMailTo('invitee@example.nhs.uk');

    expect(call.outcome).toMatchObject({
      kind: 'result',
      status: 'success',
      body: expect.stringContaining('An invitation has been sent to invitee@example.nhs.uk'),
    });
    expect(JSON.stringify(call.outcome)).not.toContain(token);
    expect(JSON.stringify(call.outcome)).not.toContain('/invitations/');
    expect(transport).toBe('outbox');
    expect(body).toContain(`/invitations/${token}`);
    expect(await listOutbox(admin), 'the administrator’s outbox page').toEqual([]);
    const audit = JSON.stringify(await getPrisma().auditEvent.findMany({ where: { trustId: trust.id }, select: { tableName: true, changes: true } }));
    expect(audit).not.toContain(token);
  });

  it('finding 4: with a mail server the link goes by e-mail to the invited address only, and the stored copy no longer holds it', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const sent: OutgoingMail[] = [];
    const mailer: Mailer = { transport: 'smtp', from: 'fairboard@example.nhs.uk', send: async (mail) => void sent.push(mail), close: () => undefined };

    await inviteMember(admin, { email: 'by.email@example.nhs.uk', role: 'viewer', isChair: false }, new Date(), {
      origin: 'https://fairboard.example',
      mailer,
    });

    expect(sent.map((mail) => mail.to)).toEqual(['by.email@example.nhs.uk']);
    expect(sent[0]?.text).toMatch(/https:\/\/fairboard\.example\/invitations\/[A-Za-z0-9_-]{40,}/);
    const stored = await invitationMailTo('by.email@example.nhs.uk');
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect(stored.token).toBe('');
    expect(stored.body).toContain('[link removed once sent]');
  });
});
