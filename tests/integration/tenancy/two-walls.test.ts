import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withTenant } from '../../../lib/db/with-tenant';
import { listBoardMembers, getBoardMember, listMembers } from '../../../lib/people/queries';
import { endBoardMember, removeMember, updateBoardMember } from '../../../lib/people/mutations';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestBoardMember, createTestTrust } from '../../support/fixtures';

const TENANT_TABLES = ['Trust', 'Membership', 'BoardMember', 'Invitation', 'AuditEvent'];

async function setRowLevelSecurity(enabled: boolean): Promise<void> {
  for (const table of TENANT_TABLES) {
    await getPrisma().$executeRawUnsafe(`ALTER TABLE "${table}" ${enabled ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`);
  }
}

describe('tenant isolation: each wall holds on its own', () => {
  beforeEach(resetDatabase);

  it('row-level security alone hides and protects trust A rows from a raw query run for trust B', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const boardMemberA = await createTestBoardMember(trustA, { name: 'Only In A' });
    await createTestBoardMember(trustB, { name: 'Only In B' });
    const adminB = await createMemberContext(trustB, 'trust_admin');

    const seen = await withTenant(adminB, (tx) => tx.$queryRawUnsafe<{ name: string; trustId: string }[]>('SELECT name, "trustId" FROM "BoardMember"'));
    expect(seen.map((row) => row.name)).toEqual(['Only In B']);

    const updated = await withTenant(adminB, (tx) => tx.$executeRawUnsafe(`UPDATE "BoardMember" SET name = 'hijacked' WHERE id = '${boardMemberA.id}'`));
    expect(updated).toBe(0);
    const deleted = await withTenant(adminB, (tx) => tx.$executeRawUnsafe(`DELETE FROM "BoardMember" WHERE id = '${boardMemberA.id}'`));
    expect(deleted).toBe(0);

    await expect(
      withTenant(adminB, (tx) =>
        tx.$executeRawUnsafe(
          `INSERT INTO "BoardMember" (id, "trustId", name, "jobTitle", "isExecutive", "roleAreas", "startDate", "updatedAt") VALUES (gen_random_uuid(), '${trustA.id}', 'planted', 'x', true, '{}', now(), now())`,
        ),
      ),
    ).rejects.toThrow(/row-level security/);

    const trusts = await withTenant(adminB, (tx) => tx.$queryRawUnsafe<{ id: string }[]>('SELECT id FROM "Trust"'));
    expect(trusts.map((t) => t.id)).toEqual([trustB.id]);
    const stillThere = await getPrisma().boardMember.findUniqueOrThrow({ where: { id: boardMemberA.id } });
    expect(stillThere.name).toBe('Only In A');
  });

  it('the data-access layer alone refuses trust A rows to trust B when row-level security is off', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const boardMemberA = await createTestBoardMember(trustA, { name: 'Only In A' });
    const adminA = await createMemberContext(trustA, 'trust_admin');
    await createMemberContext(trustA, 'trust_admin');
    const adminB = await createMemberContext(trustB, 'trust_admin');

    await setRowLevelSecurity(false);
    try {
      expect((await listBoardMembers(adminB)).map((m) => m.name)).toEqual([]);
      expect((await listMembers(adminB)).map((m) => m.userId)).toEqual([adminB.userId]);
      await expect(getBoardMember(adminB, boardMemberA.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(endBoardMember(adminB, { boardMemberId: boardMemberA.id, endDate: '2025-01-01' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        updateBoardMember(adminB, {
          boardMemberId: boardMemberA.id,
          name: 'hijacked',
          jobTitle: 'x',
          kind: 'executive',
          roleAreas: ['finance'],
          startDate: '2024-04-01',
          endDate: undefined,
          userId: undefined,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(removeMember(adminB, adminA.membershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await setRowLevelSecurity(true);
    }
    const stillThere = await getPrisma().boardMember.findUniqueOrThrow({ where: { id: boardMemberA.id } });
    expect(stillThere).toMatchObject({ name: 'Only In A', endDate: null });
    expect(await getPrisma().membership.count({ where: { trustId: trustA.id } })).toBe(2);
  });
});
