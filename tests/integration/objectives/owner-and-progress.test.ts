import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { createObjective } from '../../../lib/objectives/mutations';
import { assignOwner } from '../../../lib/objectives/owner-mutations';
import { recordProgress } from '../../../lib/objectives/progress-mutations';
import { getObjective } from '../../../lib/objectives/queries';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { NOW, agreedObjective, boardOf, endBoardMembership, parseCreate, parseProgress, smartForm, storedObjective } from './objective-fixtures';

let trust: TestTrust;
let board: Awaited<ReturnType<typeof boardOf>>;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  board = await boardOf(trust);
});

const progress = (objectiveId: string, overrides: Record<string, unknown> = {}) =>
  parseProgress({ objectiveId, date: '2026-06-10', status: 'on_track', measureValue: '40', narrative: '', ...overrides });

describe('assigning an owner', () => {
  it('keeps every change of owner with who made it and why, and the objective stays agreed', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    const successor = await createTestBoardMember(trust, { name: 'Sam Successor', isExecutive: true });

    const { version } = await assignOwner(
      board.lead,
      { objectiveId: id, ownerId: successor.id, reason: 'Dana moves to the finance portfolio', expectedVersion: 2 },
      NOW,
    );

    expect(version).toBe(3);
    const objective = await getObjective(board.admin, id, NOW);
    expect(objective).toMatchObject({ owner: { id: successor.id, name: 'Sam Successor' }, isAgreed: true });
    expect(objective.ownerChanges.map((change) => [change.from?.name ?? null, change.to.name, change.reason, change.changedBy?.id])).toEqual([
      [null, 'Dana Director', 'First owner', board.lead.userId],
      ['Dana Director', 'Sam Successor', 'Dana moves to the finance portfolio', board.lead.userId],
    ]);
  });

  it('needs a reason to replace an owner, but not to name the first one', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(null)), NOW);
    await assignOwner(board.lead, { objectiveId: id, ownerId: board.directorMember.id, reason: '' }, NOW);
    await expect(assignOwner(board.lead, { objectiveId: id, ownerId: board.leadMember.id, reason: '' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { reason: [expect.stringContaining('Say why the owner is changing')] },
    });
    await expect(assignOwner(board.lead, { objectiveId: id, ownerId: board.directorMember.id, reason: 'again' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Dana Director already owns this objective',
    });
  });

  it('refuses an owner who has left, one from another trust, and a non-executive for an executive objective', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    const leaver = await createTestBoardMember(trust, { name: 'Lou Leaver' });
    await endBoardMembership(leaver.id, '2026-06-14');
    const elsewhere = await createTestBoardMember(await createTestTrust(), { name: 'Elsewhere Exec' });

    await expect(assignOwner(board.lead, { objectiveId: id, ownerId: leaver.id, reason: 'x' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { ownerId: [expect.stringContaining('Lou Leaver left the board on 14 June 2026')] },
    });
    await expect(assignOwner(board.lead, { objectiveId: id, ownerId: elsewhere.id, reason: 'x' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { ownerId: ['Choose the owner from this trust’s current board members'] },
    });
    await expect(assignOwner(board.lead, { objectiveId: id, ownerId: board.nedMember.id, reason: 'x' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { ownerId: [expect.stringContaining('not an executive director')] },
    });
    expect((await storedObjective(id)).ownerId).toBe(board.directorMember.id);
    expect(await getPrisma().objectiveOwnerChange.count({ where: { objectiveId: id } })).toBe(1);
  });

  it('refuses a stale version and roles other than the executive lead and administrators', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await expect(assignOwner(board.admin, { objectiveId: id, ownerId: board.leadMember.id, reason: 'x', expectedVersion: 1 }, NOW)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    for (const ctx of [board.director, board.ned, await createMemberContext(trust, 'company_secretary'), await createMemberContext(trust, 'viewer')]) {
      await expect(assignOwner(ctx, { objectiveId: id, ownerId: board.leadMember.id, reason: 'x' }, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(assignOwner(board.admin, { objectiveId: id, ownerId: board.leadMember.id, reason: 'Portfolio change' }, NOW)).resolves.toBeTruthy();
  });
});

describe('recording progress', () => {
  it('the owner records an at-risk update with its narrative; the objective takes that status', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);

    await recordProgress(board.director, progress(id, { status: 'at_risk', narrative: 'Recruitment to the lead role has slipped a quarter.' }), NOW);

    const objective = await getObjective(board.lead, id, NOW);
    expect(objective).toMatchObject({
      currentStatus: 'at_risk',
      statusLabel: 'At risk',
      statusTagColour: 'orange',
      latestUpdate: { status: 'at_risk', measureValue: 40 },
    });
    expect(objective.progressUpdates).toEqual([
      expect.objectContaining({
        status: 'at_risk',
        narrative: 'Recruitment to the lead role has slipped a quarter.',
        createdBy: { id: board.director.userId, name: 'Test User' },
      }),
    ]);
    expect((await storedObjective(id)).version).toBe(2);
  });

  it('requires a narrative for at risk and off track', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    expect(() => progress(id, { status: 'off_track' })).toThrow(/Say why it is at risk or off track/);
    await expect(recordProgress(board.director, { ...progress(id), status: 'off_track', narrative: '   ' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { narrative: [expect.any(String)] },
    });
  });

  it('lets the executive lead and administrators record progress on any objective, and nobody else but the owner', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    const otherDirector = await createMemberContext(trust, 'executive_director');
    for (const ctx of [otherDirector, board.ned, await createMemberContext(trust, 'company_secretary'), await createMemberContext(trust, 'viewer')]) {
      await expect(recordProgress(ctx, progress(id), NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(recordProgress(board.lead, progress(id), NOW)).resolves.toMatchObject({ currentStatus: 'on_track' });
    await expect(recordProgress(board.admin, progress(id), NOW)).resolves.toMatchObject({ currentStatus: 'on_track' });
    expect(await getPrisma().progressUpdate.count({ where: { objectiveId: id } })).toBe(2);
  });

  it('a non-executive owner records progress on their own objective whatever their role', async () => {
    const id = await agreedObjective(board.lead, board.nedMember.id, { catalogueRefs: ['2.2'], questionRefs: [] });
    await expect(recordProgress(board.ned, progress(id), NOW)).resolves.toMatchObject({ currentStatus: 'on_track' });
  });

  it('refuses progress on a completed objective and keeps what was there', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await recordProgress(board.director, progress(id, { status: 'complete', measureValue: '100' }), NOW);

    await expect(recordProgress(board.director, progress(id, { date: '2026-06-12' }), NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: 'This objective is complete, so no more progress can be recorded against it.',
    });
    expect(await storedObjective(id)).toMatchObject({ currentStatus: 'complete' });
    expect(await getPrisma().progressUpdate.count({ where: { objectiveId: id } })).toBe(1);
  });

  it('refuses progress before agreement, in the future, or before the start date', async () => {
    const { id: draft } = await createObjective(board.lead, parseCreate(smartForm(board.directorMember.id)), NOW);
    await expect(recordProgress(board.director, progress(draft), NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: 'Progress can be recorded once the objective has been agreed.',
    });
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await expect(recordProgress(board.director, progress(id, { date: '2026-06-16' }), NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { date: ['The date of the update must be today or in the past'] },
    });
    await expect(recordProgress(board.director, progress(id, { date: '2026-03-31' }), NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { date: [expect.stringContaining('1 April 2026')] },
    });
  });

  it('a backdated update joins the history without replacing the status of a newer one', async () => {
    const id = await agreedObjective(board.lead, board.directorMember.id);
    await recordProgress(board.director, progress(id, { date: '2026-06-10', status: 'on_track' }), NOW);
    await recordProgress(board.director, progress(id, { date: '2026-05-01', status: 'off_track', narrative: 'Late start.' }), NOW);

    const objective = await getObjective(board.director, id, NOW);
    expect(objective.currentStatus).toBe('on_track');
    expect(objective.progressUpdates.map((update) => update.status)).toEqual(['on_track', 'off_track']);
    expect(objective.viewer).toEqual({ canManage: false, canRecordProgress: true, isOwner: true });
  });
});
