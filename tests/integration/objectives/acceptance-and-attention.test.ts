import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withTenant } from '../../../lib/db/with-tenant';
import { respondToObjective } from '../../../lib/objectives/acceptance-mutations';
import { agreementRefusal, updateObjective } from '../../../lib/objectives/mutations';
import { assignOwner } from '../../../lib/objectives/owner-mutations';
import { recordProgress } from '../../../lib/objectives/progress-mutations';
import { getObjective, listObjectives } from '../../../lib/objectives/queries';
import { createObjectiveSchema, respondToObjectiveSchema } from '../../../lib/objectives/schemas';
import { runReminders } from '../../../lib/reminders/run-reminders';
import { OUTBOX_ONLY } from '../../../lib/reminders/mailer';
import { resetDatabase } from '../setup/reset-db';
import { createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { auditEventsFor } from '../assessments/assessment-fixtures';
import { NOW, agreedObjective, boardOf, parseCreate, parseProgress, parseUpdate, smartForm, storedObjective } from './objective-fixtures';

let trust: TestTrust;
let board: Awaited<ReturnType<typeof boardOf>>;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  board = await boardOf(trust);
});

const answer = (objectiveId: string, form: Record<string, unknown>) => respondToObjectiveSchema.parse({ objectiveId, ...form });

describe('the owner accepts an agreed objective or asks for a change', () => {
  it('asks the owner once it is agreed, takes their answer, and audits it', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    expect(await storedObjective(id)).toMatchObject({ acceptance: 'pending', agreedTarget: 100, agreedDueDate: new Date('2027-03-31T00:00:00Z') });

    await respondToObjective(board.director, answer(id, { answer: 'accept' }), NOW);

    const stored = await storedObjective(id);
    expect(stored).toMatchObject({ acceptance: 'accepted', acceptanceAt: NOW, acceptanceById: board.director.userId, version: 2 });
    const events = await auditEventsFor('Objective', id);
    expect(events.at(-1)).toMatchObject({ actorUserId: board.director.userId, changes: { acceptance: { old: 'pending', new: 'accepted' } } });
  });

  it('lets only the owner answer, and needs a reason for a change', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await expect(respondToObjective(board.lead, answer(id, { answer: 'accept' }), NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(respondToObjectiveSchema.safeParse({ objectiveId: id, answer: 'change', changeRequest: ' ' }).error?.issues).toMatchObject([
      { path: ['changeRequest'], message: 'Say what you want changed and why' },
    ]);

    await respondToObjective(board.director, answer(id, { answer: 'change', changeRequest: 'The due date is too soon for the system change' }), NOW);
    const overview = await listObjectives(board.ned, { year: 2026 }, NOW);
    expect(overview.objectives[0]).toMatchObject({ acceptance: 'change_requested', changeRequest: 'The due date is too soon for the system change' });
    expect(overview.counts).toMatchObject({ agreed: 1, notAccepted: 1 });
  });

  it('refuses an answer to a draft, and a change request without a reason in the database', async () => {
    const draft = (await import('../../../lib/objectives/mutations')).createObjective;
    const { id } = await draft(board.lead, parseCreate(smartForm(board.directorMember.id)), NOW);
    await expect(respondToObjective(board.director, answer(id, { answer: 'accept' }), NOW)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    const agreed = await agreedObjective(board.lead, board.directorMember.id, { title: 'Second' });
    await expect(
      withTenant(board.admin, (tx) =>
        tx.objective.update({ where: { id: agreed }, data: { acceptance: 'change_requested', acceptanceAt: NOW, acceptanceById: board.director.userId } }),
      ),
    ).rejects.toThrow(/Objective_change_request_has_reason/);
    await expect(withTenant(board.admin, (tx) => tx.objective.update({ where: { id }, data: { acceptance: 'pending' } }))).rejects.toThrow(
      /Objective_acceptance_only_when_agreed/,
    );
  });

  it('asks again after the change is made, or when the objective gets a new owner', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await respondToObjective(board.director, answer(id, { answer: 'change', changeRequest: 'Later due date, please' }), NOW);
    const { version } = await updateObjective(
      board.lead,
      parseUpdate({ ...smartForm(null), objectiveId: id, expectedVersion: '2', dueDate: '2027-06-30' }),
      NOW,
    );
    expect(await storedObjective(id)).toMatchObject({ acceptance: 'pending', acceptanceAt: null });

    await respondToObjective(board.director, answer(id, { answer: 'accept' }), NOW);
    const successor = await createTestBoardMember(trust, { name: 'Sam Successor', isExecutive: true });
    await assignOwner(board.lead, { objectiveId: id, ownerId: successor.id, reason: 'Portfolio change', expectedVersion: version }, NOW);
    expect(await storedObjective(id)).toMatchObject({ acceptance: 'pending' });
  });

  it('tells the owner through the reminders e-mail or outbox until they answer', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id, { startDate: '2026-07-01' });
    const first = await runReminders(new Date('2026-06-16T08:00:00Z'), OUTBOX_ONLY, { origin: 'https://fairboard.example' });
    expect(first.objectivesFlagged).toBe(1);
    const messages = await getPrisma().outboxMessage.findMany({ where: { trustId: trust.id, kind: 'objective-reminder' } });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.subject).toMatch(/needs your acceptance$/);
    expect(messages[0]?.body).toContain('waiting for the owner to accept it');

    await respondToObjective(board.director, answer(id, { answer: 'accept' }), NOW);
    expect((await runReminders(new Date('2026-06-17T08:00:00Z'), OUTBOX_ONLY)).objectivesFlagged).toBe(0);
  });
});

describe('what the overview says at a glance', () => {
  it('shows progress from baseline towards target and when it was last updated', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await recordProgress(board.director, parseProgress({ objectiveId: id, date: '2026-06-10', status: 'on_track', measureValue: '60' }), NOW);
    const [objective] = (await listObjectives(board.ned, { year: 2026 }, NOW)).objectives;
    expect(objective?.progress).toEqual({ baseline: 20, target: 100, latest: 60, percentOfWay: 50 });
    expect(objective?.latestUpdate?.date).toEqual(new Date('2026-06-10T00:00:00Z'));
    expect(objective?.attention).toEqual([]);
  });

  it('flags an objective with no update for 30 days, overdue, or whose target or due date moved after agreement', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id, { startDate: '2026-04-01', dueDate: '2026-12-31' });
    const later = new Date('2026-07-20T10:00:00Z');
    expect((await getObjective(board.ned, id, later)).attention).toEqual(['no-recent-update']);

    await updateObjective(board.lead, parseUpdate({ ...smartForm(null), objectiveId: id, expectedVersion: '2', target: '80', dueDate: '2027-01-31' }), NOW);
    expect((await getObjective(board.ned, id, NOW)).attention).toEqual(['target-moved', 'due-date-moved']);
    expect((await getObjective(board.ned, id, new Date('2027-02-10T10:00:00Z'))).attention).toEqual([
      'overdue',
      'no-recent-update',
      'target-moved',
      'due-date-moved',
    ]);
    expect((await listObjectives(board.ned, { year: 2026 }, NOW)).counts.needAttention).toBe(1);
  });

  it('does not flag drafts', async () => {
    const { createObjective } = await import('../../../lib/objectives/mutations');
    const { id } = await createObjective(board.lead, parseCreate(smartForm(null, { dueDate: '2026-05-01', startDate: '2026-04-01' })), NOW);
    expect((await getObjective(board.ned, id, NOW)).attention).toEqual([]);
  });
});

describe('validation a person can act on', () => {
  it('refuses "Agree" on an empty new objective, naming every missing part, before anything is saved', () => {
    const refusal = agreementRefusal(createObjectiveSchema.parse({ financialYear: '2026', source: 'own', title: 'Something' }));
    expect(refusal?.intro).toMatch(/^Nothing has been saved yet/);
    expect(Object.keys(refusal?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['description', 'measure', 'baseline', 'target', 'unit', 'breakdowns', 'resources', 'startDate', 'ownerId']),
    );
    expect(agreementRefusal(parseCreate(smartForm(board.directorMember.id)))).toBeNull();
  });

  it('names the field in a length error', () => {
    const result = createObjectiveSchema.safeParse(smartForm(null, { description: 'x'.repeat(5001), resources: 'y'.repeat(2001) }));
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['description', 'What will be done must be 5000 characters or fewer'],
      ['resources', 'Resources must be 2000 characters or fewer'],
    ]);
  });

  it('queries a target that moves the wrong way from the baseline', () => {
    const higher = createObjectiveSchema.safeParse(smartForm(null, { baseline: '80', target: '60', direction: 'higher_is_better' }));
    expect(higher.error?.issues).toMatchObject([
      { path: ['target'], message: expect.stringMatching(/^The target \(60\) is lower than the baseline \(80\), but a higher value is better/) },
    ]);
    const lower = createObjectiveSchema.safeParse(smartForm(null, { baseline: '10', target: '12', direction: 'lower_is_better' }));
    expect(lower.error?.issues).toMatchObject([
      { path: ['target'], message: expect.stringMatching(/is higher than the baseline \(10\), but a lower value is better/) },
    ]);
    expect(createObjectiveSchema.safeParse(smartForm(null, { baseline: '10', target: '5', direction: 'lower_is_better' })).success).toBe(true);
  });
});

describe('breakdowns where the measure counts people', () => {
  it('asks for breakdowns when the measure counts patients or local people, and not when it does not', async () => {
    const counting = await import('../../../lib/objectives/mutations');
    const noBreakdowns = { breakdowns: [], countsPeople: 'yes' };
    const { id } = await counting.createObjective(board.lead, parseCreate(smartForm(board.directorMember.id, noBreakdowns)), NOW);
    await expect(counting.agreeObjective(board.lead, { objectiveId: id }, NOW)).rejects.toMatchObject({
      fieldErrors: { breakdowns: ['Select the breakdowns it will be reported by'] },
    });

    const process = await agreedObjective(board.lead, board.directorMember.id, { title: 'Board report twice a year', breakdowns: [], countsPeople: 'no' });
    expect(await storedObjective(process)).toMatchObject({ countsPeople: false, breakdowns: [] });
    await expect(withTenant(board.admin, (tx) => tx.objective.update({ where: { id: process }, data: { countsPeople: true } }))).rejects.toThrow(
      /Objective_agreed_is_smart/,
    );
  });
});
