import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { askFollowUp, closeChallenge, raiseChallenge, respondToChallenge } from '../../../lib/review/challenge-mutations';
import { getChallenge, listChallenges } from '../../../lib/review/challenge-queries';
import { getBoardSummary } from '../../../lib/review/summary';
import { raiseChallengeSchema } from '../../../lib/review/schemas';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { allAnswered, NOW, storedAssessment, storedObjective } from './review-fixtures';

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trust: TestTrust;
let ned: Ctx;
let lead: Ctx;
let assessmentId: string;

const raise = (ctx: Ctx, form: Record<string, unknown>) => raiseChallenge(ctx, raiseChallengeSchema.parse(form));

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  ned = await createMemberContext(trust, 'non_executive_director');
  lead = await createMemberContext(trust, 'executive_lead');
  assessmentId = await storedAssessment(trust, 2025, allAnswered('partial'));
});

async function rowCounts() {
  const prisma = getPrisma();
  return { challenges: await prisma.challenge.count(), messages: await prisma.challengeMessage.count() };
}

describe('raising, answering and closing a challenge', () => {
  it('keeps the whole thread: raised by a NED, answered by the executive lead, asked again, answered, closed', async () => {
    const raised = await raise(ned, { targetKind: 'answer', assessmentId, questionRef: '2.3', text: 'Why is 2.3 only partial again?' });
    const answered = await respondToChallenge(
      lead,
      { challengeId: raised.id, body: 'The ethnicity data is complete for inpatients only.', expectedVersion: raised.version },
      NOW,
    );
    const asked = await askFollowUp(ned, { challengeId: raised.id, body: 'When will outpatients follow?', expectedVersion: answered.version }, NOW);
    const again = await respondToChallenge(lead, { challengeId: raised.id, body: 'By the end of Q3.', expectedVersion: asked.version }, NOW);
    await closeChallenge(ned, { challengeId: raised.id, note: 'Assured for now; revisit in Q3.', expectedVersion: again.version }, NOW);

    const challenge = await getChallenge(lead, raised.id);

    expect(challenge).toMatchObject({
      financialYearLabel: '2025/26',
      status: 'closed',
      statusLabel: 'Closed',
      text: 'Why is 2.3 only partial again?',
      target: { targetKind: 'answer', questionRef: '2.3', heading: 'Question 2.3 in 2025/26', assessmentId },
      raisedBy: { id: ned.userId, name: 'Test User', roleLabel: 'Non-executive director' },
      closedBy: { id: ned.userId },
      viewer: { canRespond: false, canFollowUp: false, canClose: false },
    });
    expect(challenge.messages.map((message) => [message.kind, message.author.id, message.body])).toEqual([
      ['raise', ned.userId, 'Why is 2.3 only partial again?'],
      ['response', lead.userId, 'The ethnicity data is complete for inpatients only.'],
      ['raise', ned.userId, 'When will outpatients follow?'],
      ['response', lead.userId, 'By the end of Q3.'],
      ['close', ned.userId, 'Assured for now; revisit in Q3.'],
    ]);
  });

  it('raises on a domain result and on an objective, taking the year from what is challenged', async () => {
    const objectiveId = await storedObjective(trust, 2026, { title: 'Recruit a public health consultant' });
    await raise(ned, { targetKind: 'domain', assessmentId, domain: '4', text: 'Is partnership work really developing?' });
    await raise(ned, { targetKind: 'objective', objectiveId, text: 'Is this still achievable this year?' });

    const all = await listChallenges(lead);
    const year2026 = await listChallenges(lead, { financialYear: 2026 });

    expect(all.challenges.map((challenge) => [challenge.target.heading, challenge.target.subject, challenge.statusLabel])).toEqual(
      expect.arrayContaining([
        ['Domain 4 in 2025/26', 'System partnerships', 'Awaiting response'],
        ['Objective for 2026/27', 'Recruit a public health consultant', 'Awaiting response'],
      ]),
    );
    expect(all.years.map((year) => year.financialYearLabel)).toEqual(['2026/27', '2025/26']);
    expect(year2026.challenges).toHaveLength(1);
    expect((await getBoardSummary(lead, NOW)).openChallenges).toHaveLength(2);
  });

  it('lets the chair raise and close any challenge, but not another NED who did not raise it', async () => {
    const chair = await createMemberContext(trust, 'non_executive_director', true);
    const otherNed = await createMemberContext(trust, 'non_executive_director');
    const raised = await raise(ned, { targetKind: 'domain', assessmentId, domain: '1', text: 'Challenge' });

    await expect(closeChallenge(otherNed, { challengeId: raised.id, note: '', expectedVersion: 1 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only the non-executive director who raised this challenge, or the chair, can close it.',
    });
    expect((await getChallenge(otherNed, raised.id)).viewer).toEqual({ canRespond: false, canFollowUp: true, canClose: false });
    await closeChallenge(chair, { challengeId: raised.id, note: '', expectedVersion: 1 });
    expect((await getChallenge(ned, raised.id)).status).toBe('closed');
    await expect(raise(chair, { targetKind: 'domain', assessmentId, domain: '2', text: 'The chair asks' })).resolves.toMatchObject({ version: 1 });
  });

  it('refuses to raise for every role but NEDs, and to respond for anyone but the executive lead, an administrator or the objective’s owner', async () => {
    const director = await createMemberContext(trust, 'executive_director');
    const admin = await createMemberContext(trust, 'trust_admin');
    const viewer = await createMemberContext(trust, 'viewer');
    const owner = await createTestBoardMember(trust, { name: 'Owen Owner', userId: director.userId });
    const objectiveId = await storedObjective(trust, 2025, { ownerId: owner.id });
    for (const ctx of [director, admin, viewer, lead]) {
      await expect(raise(ctx, { targetKind: 'domain', assessmentId, domain: '1', text: 'Not mine to raise' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only non-executive directors, including the chair, can raise a challenge.',
      });
    }
    const onAnswer = await raise(ned, { targetKind: 'answer', assessmentId, questionRef: '1.1', text: 'Answer challenge' });
    const onObjective = await raise(ned, { targetKind: 'objective', objectiveId, text: 'Objective challenge' });
    const before = await rowCounts();

    for (const ctx of [director, viewer, ned]) {
      await expect(respondToChallenge(ctx, { challengeId: onAnswer.id, body: 'Not mine to answer', expectedVersion: 1 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await rowCounts()).toEqual(before);
    // The executive director owns the objective, so may respond to that one.
    await expect(respondToChallenge(director, { challengeId: onObjective.id, body: 'As owner: on track.', expectedVersion: 1 })).resolves.toMatchObject({
      version: 2,
    });
    await expect(respondToChallenge(admin, { challengeId: onAnswer.id, body: 'Administrator responds.', expectedVersion: 1 })).resolves.toMatchObject({
      version: 2,
    });
    expect((await getChallenge(director, onObjective.id)).viewer.canRespond).toBe(true);
    expect((await getChallenge(director, onAnswer.id)).viewer.canRespond).toBe(false);
  });

  it('refuses responses to a closed challenge and a response written against an older version', async () => {
    const raised = await raise(ned, { targetKind: 'domain', assessmentId, domain: '1', text: 'Challenge' });
    await respondToChallenge(lead, { challengeId: raised.id, body: 'First', expectedVersion: 1 });

    await expect(respondToChallenge(lead, { challengeId: raised.id, body: 'Typed on a stale page', expectedVersion: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await closeChallenge(ned, { challengeId: raised.id, note: '', expectedVersion: 2 });
    await expect(respondToChallenge(lead, { challengeId: raised.id, body: 'Too late', expectedVersion: 3 })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: 'This challenge has been closed, so it cannot take more responses.',
    });
    await expect(closeChallenge(ned, { challengeId: raised.id, note: '', expectedVersion: 3 })).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect((await getChallenge(ned, raised.id)).messages).toHaveLength(3);
  });

  it('refuses a question that is not in the assessment, and an answer challenge on a year imported as scores only', async () => {
    const { importedScores } = await import('./review-fixtures');
    const imported = await importedScores(trust, 2023, { 1: 2, 2: 2, 3: 2, 4: 2 });

    await expect(raise(ned, { targetKind: 'answer', assessmentId: imported, questionRef: '1.1', text: 'Why?' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    await expect(raise(ned, { targetKind: 'domain', assessmentId: imported, domain: '1', text: 'Why?' })).resolves.toBeDefined();
  });
});

describe('challenges stay inside their trust', () => {
  it('another trust’s assessment, objective or challenge reads as not found, and nothing is written', async () => {
    const other = await createTestTrust();
    const otherNed = await createMemberContext(other, 'non_executive_director');
    const otherLead = await createMemberContext(other, 'executive_lead');
    await storedAssessment(other, 2025, allAnswered('yes'));
    const objectiveId = await storedObjective(trust, 2025);
    const raised = await raise(ned, { targetKind: 'answer', assessmentId, questionRef: '1.1', text: 'Ours' });
    const before = await rowCounts();

    await expect(raise(otherNed, { targetKind: 'answer', assessmentId, questionRef: '1.1', text: 'Theirs' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'That assessment could not be found',
    });
    await expect(raise(otherNed, { targetKind: 'domain', assessmentId, domain: '1', text: 'Theirs' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(raise(otherNed, { targetKind: 'objective', objectiveId, text: 'Theirs' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'That objective could not be found',
    });
    await expect(getChallenge(otherNed, raised.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(respondToChallenge(otherLead, { challengeId: raised.id, body: 'Hijack', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(askFollowUp(otherNed, { challengeId: raised.id, body: 'Hijack', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(closeChallenge(otherNed, { challengeId: raised.id, note: 'Hijack', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listChallenges(otherNed)).challenges).toEqual([]);

    expect(await rowCounts()).toEqual(before);
    expect((await getChallenge(ned, raised.id)).status).toBe('open');
  });

  it('the database refuses a challenge row pointing at another trust’s assessment, and a year that is not its target’s', async () => {
    const other = await createTestTrust();
    const otherAssessment = await storedAssessment(other, 2025, allAnswered('yes'));
    const { withSystem } = await import('../../../lib/db/with-tenant');
    const row = { trustId: trust.id, financialYear: 2025, targetKind: 'domain' as const, domain: 1, text: 'x', raisedById: ned.userId };

    await expect(withSystem('test', (tx) => tx.challenge.create({ data: { ...row, assessmentId: otherAssessment } }))).rejects.toThrow();
    await expect(withSystem('test', (tx) => tx.challenge.create({ data: { ...row, assessmentId, financialYear: 2024 } }))).rejects.toThrow(/financial year/);
    await expect(withSystem('test', (tx) => tx.challenge.create({ data: { ...row, assessmentId, questionRef: '1.1' } }))).rejects.toThrow(
      /Challenge_target_shape/,
    );
  });
});
