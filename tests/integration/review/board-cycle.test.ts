import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { getAssurance, recordJudgement } from '../../../lib/review/assurance';
import { askFollowUp, raiseChallenge, respondToChallenge } from '../../../lib/review/challenge-mutations';
import { getChallenge } from '../../../lib/review/challenge-queries';
import { getBoardSummary } from '../../../lib/review/summary';
import { raiseChallengeSchema, recordJudgementSchema } from '../../../lib/review/schemas';
import { OUTBOX_ONLY } from '../../../lib/reminders/mailer';
import { runReminders } from '../../../lib/reminders/run-reminders';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { allAnswered, NOW, storedAssessment, storedObjective } from './review-fixtures';

// Issue 12, "Review": what a board needs from a year's review before it can rely on it.

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trust: TestTrust;
let ned: Ctx;
let lead: Ctx;
let approved2025: string;

const raise = (ctx: Ctx, form: Record<string, unknown>, now = NOW) => raiseChallenge(ctx, raiseChallengeSchema.parse(form), now);

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust({ name: 'Riverside NHS Trust' });
  ned = await createMemberContext(trust, 'non_executive_director');
  lead = await createMemberContext(trust, 'executive_lead');
  await storedAssessment(trust, 2024, allAnswered('no'));
  approved2025 = await storedAssessment(trust, 2025, allAnswered('partial'), { notes: { '1.1': 'Board minutes, March 2026, item 4.' } });
  // This year's draft has no results yet: it must not be what the board is asked to judge.
  await storedAssessment(trust, 2026, {}, { status: 'draft' });
});

describe('assurance', () => {
  it('opens on the latest approved year, not a later draft', async () => {
    expect((await getAssurance(ned)).financialYearLabel).toBe('2025/26');
  });

  it('gives the form each of the domain’s answers with its evidence for the year being judged', async () => {
    const domain1 = (await getAssurance(ned, 2025)).domains[0];
    expect(domain1?.answers?.map((answer) => answer.ref)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(domain1?.answers?.[0]).toMatchObject({ ref: '1.1', valueLabel: 'Partial', evidenceNote: 'Board minutes, March 2026, item 4.' });
    expect((await getAssurance(ned, 2024)).domains[0]?.answers?.[0]).toMatchObject({ valueLabel: 'No', evidenceNote: '' });
  });
});

describe('the board summary', () => {
  it('includes each NED’s assurance judgement on the latest results, and who has not judged yet', async () => {
    await recordJudgement(
      ned,
      recordJudgementSchema.parse({ financialYear: '2025', domain: '2', level: 'partially_assured', reason: 'Outpatient data is still missing.' }),
    );

    const summary = await getBoardSummary(lead, NOW);

    expect(summary.assurance?.financialYearLabel).toBe('2025/26');
    expect(summary.assurance?.domains[1]?.judgements.map((judgement) => [judgement.ned.id, judgement.levelLabel, judgement.reason])).toEqual([
      [ned.userId, 'Partially assured', 'Outpatient data is still missing.'],
    ]);
    expect(summary.assurance?.domains[0]?.awaiting.map((person) => person.id)).toEqual([ned.userId]);
  });
});

describe('challenge due dates', () => {
  it('sets a response due date (four weeks unless chosen), refuses one in the past, and shows it', async () => {
    const defaulted = await raise(ned, { targetKind: 'domain', assessmentId: approved2025, domain: '1', text: 'What is behind this score?' });
    const chosen = await raise(ned, {
      targetKind: 'answer',
      assessmentId: approved2025,
      questionRef: '2.3',
      text: 'Why partial?',
      responseDueDate: '2026-06-30',
    });

    expect((await getChallenge(lead, defaulted.id)).responseDueDate).toEqual(new Date('2026-07-13T00:00:00Z'));
    expect((await getChallenge(lead, chosen.id)).responseDueDate).toEqual(new Date('2026-06-30T00:00:00Z'));
    await expect(
      raise(ned, { targetKind: 'domain', assessmentId: approved2025, domain: '1', text: 'Late', responseDueDate: '2026-06-14' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { responseDueDate: ['The date the response is due must be today or later'] },
    });
    expect(
      raiseChallengeSchema.safeParse({ targetKind: 'domain', assessmentId: approved2025, domain: '1', text: 'x', responseDueDate: 'invalid:31-2-2026' }).error
        ?.issues[0],
    ).toMatchObject({ path: ['responseDueDate'] });
  });

  it('lists a challenge still waiting past its due date as overdue on the board summary, and not once it is answered', async () => {
    const raised = await raise(
      ned,
      { targetKind: 'domain', assessmentId: approved2025, domain: '3', text: 'Who leads this?', responseDueDate: '2026-06-20' },
      NOW,
    );
    const later = new Date('2026-06-25T10:00:00Z');

    expect((await getBoardSummary(lead, NOW)).overdueChallenges).toEqual([]);
    expect((await getBoardSummary(lead, later)).overdueChallenges.map((challenge) => challenge.id)).toEqual([raised.id]);

    await respondToChallenge(lead, { challengeId: raised.id, body: 'The chief nurse.', expectedVersion: raised.version }, later);
    expect((await getBoardSummary(lead, later)).overdueChallenges).toEqual([]);
  });
});

describe('telling the person who must answer a challenge', () => {
  it('e-mails the objective’s owner (or else the executive lead) once per raise or further question, through the reminders job', async () => {
    const owner = await createMemberContext(trust, 'executive_director');
    const ownerMember = await createTestBoardMember(trust, { name: 'Helen Marsh', isExecutive: true, userId: owner.userId });
    const objectiveId = await storedObjective(trust, 2026, { title: 'Recruit from local communities', ownerId: ownerMember.id });
    const onObjective = await raise(ned, { targetKind: 'objective', objectiveId, text: 'How many so far?', responseDueDate: '2026-07-01' });
    await raise(ned, { targetKind: 'answer', assessmentId: approved2025, questionRef: '2.3', text: 'Why partial?' });
    const emails = Object.fromEntries(
      await Promise.all(
        [owner, lead].map(async (ctx) => [ctx.userId, (await getPrisma().user.findUniqueOrThrow({ where: { id: ctx.userId } })).email.toLowerCase()]),
      ),
    );

    const first = await runReminders(new Date('2026-06-16T06:00:00Z'), OUTBOX_ONLY, { origin: 'https://fairboard.example.nhs.uk' });
    const notices = await getPrisma().outboxMessage.findMany({ where: { kind: 'challenge-notice' }, orderBy: { to: 'asc' } });

    expect(first.challengeNotices).toBe(2);
    expect(notices.map((notice) => notice.to).sort()).toEqual([emails[owner.userId], emails[lead.userId]].sort());
    const toOwner = notices.find((notice) => notice.to === emails[owner.userId]);
    expect(toOwner?.subject).toBe('Riverside NHS Trust: a challenge is waiting for your response');
    expect(toOwner?.body).toContain('Dear Helen Marsh,');
    expect(toOwner?.body).toContain('“How many so far?”');
    expect(toOwner?.body).toContain('A response is due by 1 July 2026.');
    expect(toOwner?.body).toContain(`https://fairboard.example.nhs.uk/t/${trust.slug}/review/challenges/${onObjective.id}`);

    // Nothing new: the next day's run writes nothing. A further question is announced again.
    expect((await runReminders(new Date('2026-06-17T06:00:00Z'), OUTBOX_ONLY)).challengeNotices).toBe(0);
    const answered = await respondToChallenge(owner, { challengeId: onObjective.id, body: 'Twelve.', expectedVersion: onObjective.version }, NOW);
    await askFollowUp(ned, { challengeId: onObjective.id, body: 'Against what target?', expectedVersion: answered.version }, NOW);
    expect((await runReminders(new Date('2026-06-18T06:00:00Z'), OUTBOX_ONLY)).challengeNotices).toBe(1);
    const followUp = await getPrisma().outboxMessage.findFirstOrThrow({ where: { kind: 'challenge-notice', subject: { contains: 'further question' } } });
    expect(followUp.body).toContain('“Against what target?”');
  });
});
