import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { agreeObjective, createObjective, updateObjective } from '../../../lib/objectives/mutations';
import { isObjectiveConflict } from '../../../lib/objectives/objective-dto';
import { getObjective } from '../../../lib/objectives/queries';
import { MEMBER_ROLES } from '../../../lib/tenancy/roles';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { NOW, boardOf, endBoardMembership, parseCreate, parseUpdate, smartForm, storedObjective } from './objective-fixtures';

let trust: TestTrust;
let board: Awaited<ReturnType<typeof boardOf>>;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  board = await boardOf(trust);
});

describe('creating an objective', () => {
  it('turns a catalogue objective into a draft with its domains, references and first owner', async () => {
    const { id, version } = await createObjective(board.lead, parseCreate(smartForm(board.directorMember.id, { questionRefs: '3.2, 4.1' })), NOW);

    expect(version).toBe(1);
    const objective = await getObjective(board.lead, id, NOW);
    expect(objective).toMatchObject({
      financialYearLabel: '2026/27',
      source: 'catalogue',
      catalogueRefs: ['3.4'],
      questionRefs: ['3.2', '4.1'],
      domains: [3, 4],
      baseline: 20,
      target: 100,
      owner: { id: board.directorMember.id, name: 'Dana Director', hasLeft: false },
      isAgreed: false,
      currentStatus: 'not_started',
      statusLabel: 'Not started',
      smart: { complete: true, missingParts: [] },
      requiresExecutiveOwner: true,
      createdBy: { id: board.lead.userId },
    });
    expect(objective.ownerChanges).toEqual([
      expect.objectContaining({ from: null, to: expect.objectContaining({ id: board.directorMember.id }), reason: 'First owner' }),
    ]);
  });

  it('takes a suggestion with only its reference: the guide’s summary becomes the title and every SMART part is listed as missing', async () => {
    const { id } = await createObjective(board.admin, parseCreate({ financialYear: '2026/27', source: 'suggestion', catalogueRefs: ['9.8'] }), NOW);

    const objective = await getObjective(board.admin, id, NOW);
    expect(objective.title.length).toBeGreaterThan(10);
    expect(objective).toMatchObject({ source: 'suggestion', domains: [4], owner: null });
    expect(objective.smart.missingParts).toEqual(
      ['specific', 'measurable', 'achievable', 'relevant', 'timeBound', 'owner'].filter((part) => part !== 'relevant'),
    );
  });

  it('takes the trust’s own objective, which needs a title but no guide reference', async () => {
    expect(() => parseCreate({ financialYear: '2026', source: 'own' })).toThrow(/Enter a title/);
    const { id } = await createObjective(
      board.lead,
      parseCreate({ financialYear: '2026', source: 'own', title: 'Cut missed appointments in the most deprived areas', domains: ['2'] }),
      NOW,
    );
    expect(await getObjective(board.lead, id, NOW)).toMatchObject({ source: 'own', catalogueRefs: [], domains: [2], requiresExecutiveOwner: false });
  });

  it('refuses dates that end before they start and a target without a baseline, with a message for each field', () => {
    const result = (() => {
      try {
        parseCreate(smartForm(null, { startDate: '2026-09-01', dueDate: '2026-08-31', baseline: '', target: '90', breakdowns: ['other'] }));
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(String(result)).toContain('The due date must be the same as or after the start date');
    expect(String(result)).toContain('Enter the baseline: a target needs a starting point to be measured against');
    expect(String(result)).toContain('Say which other breakdown it will be reported by');
  });

  it('refuses an owner who has left, from another trust or unknown, and a non-executive for an executive objective', async () => {
    await endBoardMembership(board.directorMember.id, '2026-05-31');
    const elsewhere = await createTestBoardMember(await createTestTrust(), { name: 'Other Trust Exec' });

    await expect(createObjective(board.lead, parseCreate(smartForm(board.directorMember.id)), NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { ownerId: ['Dana Director left the board on 31 May 2026, so cannot be the owner. Choose a current board member.'] },
    });
    for (const ownerId of [elsewhere.id, '00000000-0000-4000-8000-000000000000']) {
      await expect(createObjective(board.lead, parseCreate(smartForm(ownerId)), NOW)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fieldErrors: { ownerId: ['Choose the owner from this trust’s current board members'] },
      });
    }
    await expect(createObjective(board.lead, parseCreate(smartForm(board.nedMember.id)), NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { ownerId: [expect.stringContaining('is not an executive director')] },
    });
    // The chair's and non-executives' own sections (1 and 2) may be owned by a non-executive.
    await expect(
      createObjective(board.lead, parseCreate(smartForm(board.nedMember.id, { catalogueRefs: ['2.2'], questionRefs: [] })), NOW),
    ).resolves.toBeTruthy();
    expect(await getPrisma().objective.count()).toBe(1);
  });

  it('is for the executive lead and administrators only', async () => {
    for (const role of MEMBER_ROLES) {
      const ctx = await createMemberContext(trust, role);
      const attempt = createObjective(ctx, parseCreate(smartForm(null)), NOW);
      if (role === 'trust_admin' || role === 'executive_lead') await expect(attempt).resolves.toBeTruthy();
      else await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('refuses a financial year more than one year ahead', async () => {
    await expect(createObjective(board.lead, parseCreate(smartForm(null, { financialYear: '2028' })), NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { financialYear: ['Choose 2027/28 or an earlier financial year'] },
    });
  });
});

describe('editing an objective', () => {
  it('saves at the expected version and moves the version on', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(null)), NOW);
    const saved = await updateObjective(
      board.lead,
      parseUpdate({ ...smartForm(null, { title: 'Clearer title', target: '95' }), objectiveId: id, expectedVersion: '1' }),
      NOW,
    );

    expect(saved.version).toBe(2);
    expect(await storedObjective(id)).toMatchObject({ title: 'Clearer title', target: 95, version: 2, updatedById: board.lead.userId });
  });

  it('refuses a stale edit with both versions and changes nothing', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(null)), NOW);
    await updateObjective(board.admin, parseUpdate({ ...smartForm(null, { title: 'Admin’s title' }), objectiveId: id, expectedVersion: '1' }), NOW);

    const error = await updateObjective(
      board.lead,
      parseUpdate({ ...smartForm(null, { title: 'Lead’s title', target: '80' }), objectiveId: id, expectedVersion: '1' }),
      NOW,
    ).catch((caught: unknown) => caught);

    expect(isObjectiveConflict(error)).toBe(true);
    if (!isObjectiveConflict(error)) return;
    expect(error.code).toBe('CONFLICT');
    expect(error.savedVersion).toBe(2);
    expect(error.saved).toMatchObject({ title: 'Admin’s title', target: 100 });
    expect(error.attempted).toMatchObject({ title: 'Lead’s title', target: 80, startDate: '2026-04-01' });
    expect(await storedObjective(id)).toMatchObject({ title: 'Admin’s title', version: 2 });
  });

  it('keeps an agreed objective SMART: blanking a part is refused with what is missing', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(board.directorMember.id)), NOW);
    const agreed = await agreeObjective(board.lead, { objectiveId: id }, NOW);

    await expect(
      updateObjective(
        board.lead,
        parseUpdate({ ...smartForm(null, { measure: '', resources: '' }), objectiveId: id, expectedVersion: String(agreed.version) }),
        NOW,
      ),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { measure: ['Enter the measure'], resources: ['Enter the resources it needs'] },
    });
    expect((await storedObjective(id)).measure).not.toBe('');
  });

  it('refuses guide references that would need an executive owner when a non-executive owns it', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(board.nedMember.id, { catalogueRefs: ['2.2'], questionRefs: [] })), NOW);
    await expect(
      updateObjective(board.lead, parseUpdate({ ...smartForm(null, { catalogueRefs: ['2.2', '4.1'] }), objectiveId: id, expectedVersion: '1' }), NOW),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { catalogueRefs: [expect.stringContaining('Nora Non-Exec owns this objective')] },
    });
  });

  it('is for the executive lead and administrators only; the owner may not rewrite it', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(board.directorMember.id)), NOW);
    for (const ctx of [board.director, board.ned, await createMemberContext(trust, 'viewer'), await createMemberContext(trust, 'company_secretary')]) {
      await expect(updateObjective(ctx, parseUpdate({ ...smartForm(null), objectiveId: id, expectedVersion: '1' }), NOW)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});

describe('agreeing an objective', () => {
  it('is refused until all five SMART parts and the owner are there, naming what is missing', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(null, { measure: '', dueDate: '' })), NOW);

    await expect(agreeObjective(board.lead, { objectiveId: id }, NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('cannot be agreed until its Measurable, Time-bound and Owner parts are complete'),
      fieldErrors: { measure: ['Enter the measure'], dueDate: ['Enter the due date'], ownerId: ['Choose the board member who owns it'] },
    });
    expect((await storedObjective(id)).agreedAt).toBeNull();
  });

  it('records who agreed it and when, once', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(board.directorMember.id)), NOW);
    const agreed = await agreeObjective(board.admin, { objectiveId: id, expectedVersion: 1 }, NOW);

    expect(agreed.version).toBe(2);
    expect(await getObjective(board.lead, id, NOW)).toMatchObject({ isAgreed: true, agreedAt: NOW, agreedBy: { id: board.admin.userId } });
    await expect(agreeObjective(board.admin, { objectiveId: id }, NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: 'This objective was already agreed on 15 June 2026',
    });
  });

  it('refuses a stale version and an owner who has left since', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(board.directorMember.id)), NOW);
    await expect(agreeObjective(board.lead, { objectiveId: id, expectedVersion: 7 }, NOW)).rejects.toMatchObject({ code: 'CONFLICT' });
    await endBoardMembership(board.directorMember.id, '2026-06-01');
    await expect(agreeObjective(board.lead, { objectiveId: id }, NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { ownerId: [expect.stringContaining('has left the board')] },
    });
  });

  it('is for the executive lead and administrators only', async () => {
    const { id } = await createObjective(board.lead, parseCreate(smartForm(board.directorMember.id)), NOW);
    for (const role of ['executive_director', 'non_executive_director', 'company_secretary', 'viewer'] as const) {
      await expect(agreeObjective(await createMemberContext(trust, role), { objectiveId: id }, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(agreeObjective(board.lead, { objectiveId: id }, NOW)).resolves.toBeTruthy();
  });
});
