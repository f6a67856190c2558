import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { createBoardMember, endBoardMember, updateBoardMember } from '../../../lib/people/mutations';
import { getBoardMember, listBoardMembers } from '../../../lib/people/queries';
import { boardMemberSchema, type BoardMemberInput } from '../../../lib/people/schemas';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust, createTestUser } from '../../support/fixtures';

function input(overrides: Partial<BoardMemberInput> = {}): BoardMemberInput {
  return {
    name: 'Priya Shah',
    jobTitle: 'Chief Finance Officer',
    kind: 'executive',
    roleAreas: ['finance'],
    startDate: '2024-04-01',
    endDate: undefined,
    userId: undefined,
    ...overrides,
  };
}

function storedBoardMember(id: string) {
  return getPrisma().boardMember.findUniqueOrThrow({ where: { id } });
}

describe('board members', () => {
  beforeEach(resetDatabase);

  it('an administrator adds a board member linked to the account of one of this trust’s members', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const director = await createMemberContext(trust, 'executive_director');

    const { id } = await createBoardMember(admin, input({ roleAreas: ['finance', 'strategy'], userId: director.userId }));

    const member = await getBoardMember(admin, id, new Date('2025-01-01T12:00:00Z'));
    expect(member).toMatchObject({
      name: 'Priya Shah',
      jobTitle: 'Chief Finance Officer',
      isExecutive: true,
      roleAreas: ['finance', 'strategy'],
      endDate: null,
      userId: director.userId,
      isCurrent: true,
    });
    expect(member.startDate.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect((await storedBoardMember(id)).trustId).toBe(trust.id);
  });

  it('a board member without an account can be added, as a non-executive', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');

    const { id } = await createBoardMember(admin, input({ name: 'Sam Okafor', kind: 'non-executive', roleAreas: ['non-executive-directors'] }));

    expect(await storedBoardMember(id)).toMatchObject({ name: 'Sam Okafor', isExecutive: false, userId: null });
  });

  it('updating a board member replaces every field', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const linked = await createMemberContext(trust, 'non_executive_director');
    const { id } = await createBoardMember(admin, input());

    await updateBoardMember(admin, {
      boardMemberId: id,
      ...input({
        name: 'Priya Shah-Jones',
        jobTitle: 'Non-executive Director',
        kind: 'non-executive',
        roleAreas: ['people'],
        startDate: '2024-05-01',
        endDate: '2026-03-31',
        userId: linked.userId,
      }),
    });

    const stored = await storedBoardMember(id);
    expect(stored).toMatchObject({
      name: 'Priya Shah-Jones',
      jobTitle: 'Non-executive Director',
      isExecutive: false,
      roleAreas: ['people'],
      userId: linked.userId,
    });
    expect(stored.startDate.toISOString().slice(0, 10)).toBe('2024-05-01');
    expect(stored.endDate?.toISOString().slice(0, 10)).toBe('2026-03-31');
  });

  it('ending a board member keeps their record with the end date, and they stop being current after it', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const { id } = await createBoardMember(admin, input());

    await endBoardMember(admin, { boardMemberId: id, endDate: '2025-06-30' });

    expect((await storedBoardMember(id)).endDate?.toISOString().slice(0, 10)).toBe('2025-06-30');
    expect((await getBoardMember(admin, id, new Date('2025-06-30T18:00:00Z'))).isCurrent).toBe(true);
    expect((await getBoardMember(admin, id, new Date('2025-07-01T08:00:00Z'))).isCurrent).toBe(false);
    expect((await listBoardMembers(admin)).map((m) => m.id)).toEqual([id]);
  });

  it('an end date before the start date is refused when ending someone, and the record is unchanged', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const { id } = await createBoardMember(admin, input({ startDate: '2024-04-01' }));

    const attempt = endBoardMember(admin, { boardMemberId: id, endDate: '2024-03-31' });

    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { endDate: [expect.stringContaining('on or after')] } });
    expect((await storedBoardMember(id)).endDate).toBeNull();
    await endBoardMember(admin, { boardMemberId: id, endDate: '2024-04-01' });
    expect((await storedBoardMember(id)).endDate?.toISOString().slice(0, 10)).toBe('2024-04-01');
  });

  it('an end date before the start date is refused by the form schema and, if it gets past it, by the database', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const bad = input({ startDate: '2024-04-01', endDate: '2024-01-31' });
    const { id } = await createBoardMember(admin, input());

    const parsed = boardMemberSchema.safeParse({ ...bad, endDate: '2024-01-31', userId: '' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['endDate']);

    await expect(createBoardMember(admin, bad)).rejects.toThrow(/BoardMember_dates/);
    await expect(updateBoardMember(admin, { boardMemberId: id, ...bad })).rejects.toThrow(/BoardMember_dates/);
    expect(await getPrisma().boardMember.count()).toBe(1);
    expect((await storedBoardMember(id)).endDate).toBeNull();
  });

  it('linking an account that is not a member of this trust is refused with a userId field error', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const adminA = await createMemberContext(trustA, 'trust_admin');
    const memberOfB = await createMemberContext(trustB, 'executive_director');
    const noMemberships = await createTestUser();
    const { id } = await createBoardMember(adminA, input());

    for (const userId of [memberOfB.userId, noMemberships.id]) {
      await expect(createBoardMember(adminA, input({ userId }))).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fieldErrors: { userId: [expect.any(String)] },
      });
      await expect(updateBoardMember(adminA, { boardMemberId: id, ...input({ userId }) })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fieldErrors: { userId: [expect.any(String)] },
      });
    }

    expect(await getPrisma().boardMember.findMany({ select: { id: true, userId: true } })).toEqual([{ id, userId: null }]);
  });

  it('another trust’s board member id is NOT_FOUND for reading, updating and ending, and the row is unchanged', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const boardMemberA = await createTestBoardMember(trustA, { name: 'Only In A' });
    const adminB = await createMemberContext(trustB, 'trust_admin');
    const before = await storedBoardMember(boardMemberA.id);

    await expect(getBoardMember(adminB, boardMemberA.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateBoardMember(adminB, { boardMemberId: boardMemberA.id, ...input({ name: 'Hijacked' }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(endBoardMember(adminB, { boardMemberId: boardMemberA.id, endDate: '2025-01-01' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await storedBoardMember(boardMemberA.id)).toEqual(before);
    expect(await listBoardMembers(adminB)).toEqual([]);
  });

  it('only a trust administrator may add, change or end board members', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const lead = await createMemberContext(trust, 'executive_lead');
    const { id } = await createBoardMember(admin, input());

    await expect(createBoardMember(lead, input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateBoardMember(lead, { boardMemberId: id, ...input({ name: 'Changed' }) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(endBoardMember(lead, { boardMemberId: id, endDate: '2025-01-01' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect(await storedBoardMember(id)).toMatchObject({ name: 'Priya Shah', endDate: null });
    expect(await getPrisma().boardMember.count()).toBe(1);
  });
});
