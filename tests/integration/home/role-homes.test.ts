import { beforeEach, describe, expect, it } from 'vitest';
import { withSystem } from '../../../lib/db/with-tenant';
import { getHome } from '../../../lib/home/queries';
import { recordJudgement } from '../../../lib/review/assurance';
import { raiseChallenge, respondToChallenge } from '../../../lib/review/challenge-mutations';
import { raiseChallengeSchema, recordJudgementSchema } from '../../../lib/review/schemas';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { allAnswered, NOW, storedAssessment } from '../review/review-fixtures';
import { agreedObjective } from '../objectives/objective-fixtures';

// Issue 12: the trust's home shows each role what it has to do first.

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trust: TestTrust;
let ned: Ctx;
let lead: Ctx;
let director: Ctx;
let assessmentId: string;
let ownedObjective: string;

const raise = (form: Record<string, unknown>) => raiseChallenge(ned, raiseChallengeSchema.parse(form), NOW);
const LATER = new Date('2026-08-01T09:00:00Z');

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  ned = await createMemberContext(trust, 'non_executive_director');
  lead = await createMemberContext(trust, 'executive_lead');
  director = await createMemberContext(trust, 'executive_director');
  assessmentId = await storedAssessment(trust, 2025, allAnswered('partial'));
  const seat = await createTestBoardMember(trust, { name: 'Helen Marsh', isExecutive: true, userId: director.userId });
  // Agreed on 15 June and not updated since: by 1 August an update is due.
  ownedObjective = await agreedObjective(lead, seat.id, { title: 'Recruit from local communities', dueDate: '2027-03-31' });
  const other = await createTestBoardMember(trust, { name: 'Someone Else', isExecutive: true });
  await agreedObjective(lead, other.id, { title: 'Someone else’s objective', dueDate: '2027-03-31' });
});

describe('an executive director’s home', () => {
  it('lists their own open objectives with the updates due, and the challenges on them waiting for their response', async () => {
    const onMine = await raise({ targetKind: 'objective', objectiveId: ownedObjective, text: 'How many so far?', responseDueDate: '2026-07-01' });
    await raise({ targetKind: 'answer', assessmentId, questionRef: '2.3', text: 'Why partial?' });

    const home = await getHome(director, LATER);

    expect(home.myObjectives.map((objective) => [objective.title, objective.updateReasons])).toEqual([
      ['Recruit from local communities', ['No progress update for 30 days']],
    ]);
    expect(home.challengesToAnswer.map((challenge) => [challenge.id, challenge.isOverdue])).toEqual([[onMine.id, true]]);
    expect(home.openChallenges).toBeNull();
    expect(home.setupTasks).toBeNull();
  });
});

describe('the executive lead’s home', () => {
  it('lists every challenge waiting for a response, overdue ones marked, and drops one once answered', async () => {
    const a = await raise({ targetKind: 'answer', assessmentId, questionRef: '2.3', text: 'Why partial?', responseDueDate: '2026-07-01' });
    const b = await raise({ targetKind: 'domain', assessmentId, domain: '1', text: 'Who leads?', responseDueDate: '2026-09-01' });

    expect((await getHome(lead, LATER)).challengesToAnswer.map((challenge) => [challenge.id, challenge.isOverdue]).sort()).toEqual(
      [
        [a.id, true],
        [b.id, false],
      ].sort(),
    );
    await respondToChallenge(lead, { challengeId: a.id, body: 'The chief nurse.', expectedVersion: a.version }, LATER);
    expect((await getHome(lead, LATER)).challengesToAnswer.map((challenge) => challenge.id)).toEqual([b.id]);
  });
});

describe('a non-executive director’s home', () => {
  it('lists open challenges and the domains of the latest results they have not judged', async () => {
    await storedAssessment(trust, 2026, {}, { status: 'draft' });
    const raised = await raise({ targetKind: 'domain', assessmentId, domain: '1', text: 'Who leads?' });
    await recordJudgement(ned, recordJudgementSchema.parse({ financialYear: '2025', domain: '2', level: 'assured', reason: 'Clear plan.' }));

    const home = await getHome(ned, LATER);

    expect(home.openChallenges?.map((challenge) => challenge.id)).toEqual([raised.id]);
    expect(home.judgementsToMake).toEqual({ financialYear: 2025, domains: [1, 3, 4].map((domain) => expect.objectContaining({ domain })) });
    expect(home.myObjectives).toEqual([]);
  });
});

describe('an administrator’s home', () => {
  it('ticks off set-up tasks from the trust’s own members and board', async () => {
    const admin = await createMemberContext(trust, 'trust_admin');
    const tasks = async () => Object.fromEntries((await getHome(admin, LATER)).setupTasks?.map((task) => [task.id, task.done]) ?? []);

    // "Someone Else" owns an objective but has no Fairboard account yet.
    expect(await tasks()).toEqual({
      'executive-lead': true,
      'company-secretary': false,
      'non-executives': true,
      'executive-owners': true,
      'accounts-linked': false,
    });
    const secretary = await createMemberContext(trust, 'company_secretary');
    await withSystem('test-fixture', (tx) =>
      tx.boardMember.updateMany({ where: { trustId: trust.id, name: 'Someone Else' }, data: { userId: secretary.userId } }),
    );
    expect(await tasks()).toMatchObject({ 'company-secretary': true, 'accounts-linked': true });
  });

  it('gives a viewer none of the role sections', async () => {
    const viewer = await createMemberContext(trust, 'viewer');
    expect(await getHome(viewer, LATER)).toEqual({ myObjectives: [], challengesToAnswer: [], openChallenges: null, judgementsToMake: null, setupTasks: null });
  });
});
