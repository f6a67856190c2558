import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { carryForwardObjectives } from '../../../lib/objectives/carry-forward';
import { agreeObjective, createObjective, updateObjective } from '../../../lib/objectives/mutations';
import { assignOwner } from '../../../lib/objectives/owner-mutations';
import { getOwnerStatement } from '../../../lib/objectives/owner-statement';
import { recordProgress } from '../../../lib/objectives/progress-mutations';
import { getObjective, listAllObjectives, listMyObjectives, listObjectives } from '../../../lib/objectives/queries';
import { listSuggestionsFromLatestAssessment } from '../../../lib/objectives/suggestions';
import { listOutbox } from '../../../lib/reminders/outbox-queries';
import { OUTBOX_ONLY } from '../../../lib/reminders/mailer';
import { runReminders } from '../../../lib/reminders/run-reminders';
import { carryForwardObjectivesSchema } from '../../../lib/objectives/schemas';
import { resetDatabase } from '../setup/reset-db';
import { withRowLevelSecurityOff } from '../support/row-level-security';
import { createTestTrust } from '../../support/fixtures';
import { NOW, agreedObjective, boardOf, parseCreate, parseProgress, parseUpdate, smartForm } from './objective-fixtures';

let boardA: Awaited<ReturnType<typeof boardOf>>;
let boardB: Awaited<ReturnType<typeof boardOf>>;
let objectiveA: string;
let draftA: string;

beforeEach(async () => {
  await resetDatabase();
  boardA = await boardOf(await createTestTrust());
  boardB = await boardOf(await createTestTrust());
  objectiveA = await agreedObjective(boardA.lead, boardA.directorMember.id, { dueDate: '2026-06-20' });
  await recordProgress(boardA.director, parseProgress({ objectiveId: objectiveA, date: '2026-06-01', status: 'on_track' }), NOW);
  ({ id: draftA } = await createObjective(boardA.lead, parseCreate(smartForm(boardA.directorMember.id)), NOW));
  await runReminders(NOW, OUTBOX_ONLY);
});

async function snapshotOfTrustA() {
  const prisma = getPrisma();
  const trustId = boardA.admin.trustId;
  return {
    objectives: await prisma.objective.findMany({ where: { trustId }, orderBy: { id: 'asc' } }),
    updates: await prisma.progressUpdate.findMany({ where: { trustId }, orderBy: { id: 'asc' } }),
    owners: await prisma.objectiveOwnerChange.findMany({ where: { trustId }, orderBy: { id: 'asc' } }),
    outbox: await prisma.outboxMessage.findMany({ where: { trustId }, orderBy: { id: 'asc' } }),
  };
}

/** Every query and mutation given trust A’s objective ids answers NOT_FOUND to trust B and changes nothing. */
async function expectTrustBLockedOut(): Promise<void> {
  const before = await snapshotOfTrustA();
  expect(before.outbox.length).toBeGreaterThan(0);
  const b = boardB.admin;

  expect((await listObjectives(b, { year: 2026 }, NOW)).objectives).toEqual([]);
  expect(await listAllObjectives(b, NOW)).toEqual([]);
  expect(await listMyObjectives(boardB.director, NOW)).toEqual([]);
  expect(await listOutbox(b)).toEqual([]);
  expect((await listSuggestionsFromLatestAssessment(b)).assessment).toBeNull();
  await expect(getOwnerStatement(b, boardA.directorMember.id, 2026, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  for (const id of [objectiveA, draftA]) {
    await expect(getObjective(b, id, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      updateObjective(b, parseUpdate({ ...smartForm(null, { title: 'hijacked' }), objectiveId: id, expectedVersion: '1' }), NOW),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(agreeObjective(b, { objectiveId: id }, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assignOwner(b, { objectiveId: id, ownerId: boardB.directorMember.id, reason: 'hijack' }, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordProgress(b, parseProgress({ objectiveId: id, date: '2026-06-02', status: 'complete' }), NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      carryForwardObjectives(b, carryForwardObjectivesSchema.parse({ fromYear: '2026', toYear: '2027', objectiveIds: [id] }), NOW),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }

  expect(await snapshotOfTrustA()).toEqual(before);
}

describe('objectives: another trust’s rows are out of reach through the data layer', () => {
  it('every query and mutation given trust A’s objective ids answers NOT_FOUND to trust B and changes nothing', expectTrustBLockedOut);

  it('the data layer alone keeps trust B out when row-level security is off', () => withRowLevelSecurityOff(expectTrustBLockedOut));

  it('trust A’s board members cannot be made owners or supporting leads of trust B’s objectives', async () => {
    const before = await snapshotOfTrustA();
    const ownerMessage = { code: 'INVALID_INPUT', fieldErrors: { ownerId: ['Choose the owner from this trust’s current board members'] } };

    await expect(createObjective(boardB.lead, parseCreate(smartForm(boardA.directorMember.id)), NOW)).rejects.toMatchObject(ownerMessage);
    await expect(createObjective(boardB.lead, parseCreate(smartForm(null, { supportingLeadId: boardA.leadMember.id })), NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { supportingLeadId: [expect.any(String)] },
    });
    const { id } = await createObjective(boardB.lead, parseCreate(smartForm(null)), NOW);
    await expect(assignOwner(boardB.lead, { objectiveId: id, ownerId: boardA.directorMember.id, reason: '' }, NOW)).rejects.toMatchObject(ownerMessage);
    await expect(
      updateObjective(boardB.lead, parseUpdate({ ...smartForm(null, { supportingLeadId: boardA.leadMember.id }), objectiveId: id, expectedVersion: '1' }), NOW),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    expect(await getPrisma().objective.findUniqueOrThrow({ where: { id } })).toMatchObject({ ownerId: null, supportingLeadId: null, version: 1 });
    expect(await snapshotOfTrustA()).toEqual(before);
  });

  it('the owner of trust A’s objective cannot record progress on it while acting in trust B, with or without row-level security', async () => {
    // As if Dana Director also sat on trust B's board: acting in trust B, her ownership in trust A counts for nothing.
    const before = await snapshotOfTrustA();
    const danaInB = { ...boardB.director, userId: boardA.director.userId };
    const attempt = () =>
      expect(recordProgress(danaInB, parseProgress({ objectiveId: objectiveA, date: '2026-06-02', status: 'on_track' }), NOW)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    await attempt();
    await withRowLevelSecurityOff(attempt);
    expect(await snapshotOfTrustA()).toEqual(before);
  });
});
