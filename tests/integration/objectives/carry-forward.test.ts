import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { carryForwardObjectives } from '../../../lib/objectives/carry-forward';
import { assignOwner } from '../../../lib/objectives/owner-mutations';
import { recordProgress } from '../../../lib/objectives/progress-mutations';
import { getObjective } from '../../../lib/objectives/queries';
import { carryForwardObjectivesSchema } from '../../../lib/objectives/schemas';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { agreedObjective, boardOf, endBoardMembership, parseProgress } from './objective-fixtures';

/** 10 April 2027: the 2027/28 financial year has just begun. */
const NEW_YEAR = new Date('2027-04-10T09:00:00Z');
/** Last year's objectives were set and updated in 2026/27. */
const LAST_YEAR = new Date('2026-06-15T10:00:00Z');

let trust: TestTrust;
let board: Awaited<ReturnType<typeof boardOf>>;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  board = await boardOf(trust);
});

const carry = (objectiveIds: string[], fromYear = '2026', toYear = '2027') => carryForwardObjectivesSchema.parse({ fromYear, toYear, objectiveIds });

describe('carrying objectives forward into a new financial year', () => {
  it('creates next year’s draft linked to last year’s, which keeps its progress and owner history unchanged', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id, { dueDate: '2027-06-30' });
    const successor = await createTestBoardMember(trust, { name: 'Sam Successor' });
    await recordProgress(board.director, parseProgress({ objectiveId: id, date: '2026-06-01', status: 'at_risk', narrative: 'Slow start.' }), LAST_YEAR);
    await assignOwner(board.lead, { objectiveId: id, ownerId: successor.id, reason: 'Portfolio change' }, LAST_YEAR);
    const before = await getPrisma().objective.findUniqueOrThrow({ where: { id } });

    const [carried] = await carryForwardObjectives(board.lead, carry([id]), NEW_YEAR);

    expect(carried).toMatchObject({ fromId: id, ownerKept: true, needsDueDate: false });
    const next = await getObjective(board.lead, carried?.id ?? '', NEW_YEAR);
    expect(next).toMatchObject({
      financialYear: 2027,
      carriedFromId: id,
      isAgreed: false,
      currentStatus: 'at_risk',
      owner: { id: successor.id },
      startDate: new Date('2027-04-01T00:00:00Z'),
      dueDate: new Date('2027-06-30T00:00:00Z'),
      measure: before.measure,
      catalogueRefs: before.catalogueRefs,
    });
    expect(next.ownerChanges.map((change) => change.reason)).toEqual(['Carried forward from 2026/27']);
    expect(next.earlierYears).toEqual([
      expect.objectContaining({
        id,
        financialYearLabel: '2026/27',
        progressUpdates: [expect.objectContaining({ status: 'at_risk', narrative: 'Slow start.' })],
        ownerChanges: [expect.objectContaining({ reason: 'First owner' }), expect.objectContaining({ reason: 'Portfolio change' })],
      }),
    ]);
    expect(await getPrisma().objective.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect((await getObjective(board.lead, id, NEW_YEAR)).carriedForwardTo).toEqual({ id: carried?.id, financialYear: 2027, financialYearLabel: '2027/28' });
  });

  it('leaves out an owner who has left and a due date that has passed, for the board to set again', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await endBoardMembership(board.directorMember.id, '2027-03-31');

    const [carried] = await carryForwardObjectives(board.admin, carry([id]), NEW_YEAR);

    expect(carried).toMatchObject({ ownerKept: false, needsDueDate: true });
    const next = await getObjective(board.admin, carried?.id ?? '', NEW_YEAR);
    expect(next).toMatchObject({ owner: null, dueDate: null, smart: { missingParts: ['timeBound', 'owner'] } });
  });

  it('carries unfinished objectives only, once each, from the year named, all or nothing', async () => {
    const done = await agreedObjective(board.lead, board.directorMember.id, { title: 'Finished work' });
    await recordProgress(board.director, parseProgress({ objectiveId: done, date: '2026-06-01', status: 'complete' }), LAST_YEAR);
    const open = await agreedObjective(board.lead, board.directorMember.id, { title: 'Open work' });
    const deferred = await agreedObjective(board.lead, board.directorMember.id, { title: 'Deferred work' });
    await recordProgress(board.lead, parseProgress({ objectiveId: deferred, date: '2026-06-01', status: 'deferred' }), LAST_YEAR);

    await expect(carryForwardObjectives(board.lead, carry([open, done]), NEW_YEAR)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('“Finished work” is complete'),
    });
    await expect(carryForwardObjectives(board.lead, carry([open], '2025', '2027'), NEW_YEAR)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Only objectives from 2025/26'),
    });
    expect(await getPrisma().objective.count({ where: { financialYear: 2027 } })).toBe(0);

    const carried = await carryForwardObjectives(board.lead, carry([open, deferred]), NEW_YEAR);
    expect(carried.map((item) => item.title)).toEqual(['Open work', 'Deferred work']);
    await expect(carryForwardObjectives(board.lead, carry([open]), NEW_YEAR)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '“Open work” has already been carried forward.',
    });
    expect(await getPrisma().objective.count({ where: { financialYear: 2027 } })).toBe(2);
  });

  it('refuses a target year that is not after the source year, and roles that do not manage objectives', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    expect(() => carry([id], '2026', '2026')).toThrow(/Choose a financial year after/);
    for (const role of ['executive_director', 'non_executive_director', 'company_secretary', 'viewer'] as const) {
      await expect(carryForwardObjectives(await createMemberContext(trust, role), carry([id]), NEW_YEAR)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
