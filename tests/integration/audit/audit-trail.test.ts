import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withSystem, withTenant, type Tx } from '../../../lib/db/with-tenant';
import { hashPassword } from '../../../lib/auth/passwords';
import { createAccountFromInvitation } from '../../../lib/people/accept-invitation';
import { invitationTokenFor } from '../../support/invitation-outbox';
import { createBoardMember, hashInvitationToken, inviteMember } from '../../../lib/people/mutations';
import type { TenantContext } from '../../../lib/tenancy/context';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, createTestUser } from '../../support/fixtures';

type AuditedTable = {
  table: 'Membership' | 'BoardMember' | 'Invitation';
  insert: (tx: Tx, ctx: TenantContext, userId: string) => Promise<{ id: string }>;
  insertedFields: Record<string, unknown>;
  update: (tx: Tx, id: string) => Promise<unknown>;
  updatedFields: Record<string, { old: unknown; new: unknown }>;
  remove: (tx: Tx, id: string) => Promise<unknown>;
};

const AUDITED_TABLES: AuditedTable[] = [
  {
    table: 'Membership',
    insert: (tx, ctx, userId) => tx.membership.create({ data: { trustId: ctx.trustId, userId, role: 'viewer' } }),
    insertedFields: { role: 'viewer', isChair: false },
    update: (tx, id) => tx.membership.update({ where: { id }, data: { role: 'non_executive_director', isChair: true } }),
    updatedFields: { role: { old: 'viewer', new: 'non_executive_director' }, isChair: { old: false, new: true } },
    remove: (tx, id) => tx.membership.delete({ where: { id } }),
  },
  {
    table: 'BoardMember',
    insert: (tx, ctx, userId) =>
      tx.boardMember.create({
        data: {
          trustId: ctx.trustId,
          name: 'Dee Director',
          jobTitle: 'Director of Nursing',
          isExecutive: true,
          roleAreas: ['people'],
          startDate: new Date('2024-04-01T00:00:00Z'),
          userId,
        },
      }),
    insertedFields: { name: 'Dee Director', jobTitle: 'Director of Nursing', isExecutive: true, roleAreas: ['people'], startDate: '2024-04-01', endDate: null },
    update: (tx, id) => tx.boardMember.update({ where: { id }, data: { jobTitle: 'Chief Nurse' } }),
    updatedFields: { jobTitle: { old: 'Director of Nursing', new: 'Chief Nurse' } },
    remove: (tx, id) => tx.boardMember.delete({ where: { id } }),
  },
  {
    table: 'Invitation',
    insert: (tx, ctx) =>
      tx.invitation.create({
        data: {
          trustId: ctx.trustId,
          email: 'audited@example.nhs.uk',
          role: 'viewer',
          tokenHash: hashInvitationToken('audited-token'),
          expiresAt: new Date('2030-01-01T00:00:00Z'),
          invitedById: ctx.userId,
        },
      }),
    insertedFields: { email: 'audited@example.nhs.uk', role: 'viewer', tokenHash: '[redacted]', acceptedAt: null, revokedAt: null },
    update: (tx, id) => tx.invitation.update({ where: { id }, data: { revokedAt: new Date('2026-01-01T00:00:00Z') } }),
    updatedFields: { revokedAt: { old: null, new: expect.stringMatching(/^2026-01-01T00:00:00/) } },
    remove: (tx, id) => tx.invitation.delete({ where: { id } }),
  },
];

const TIMESTAMPS = ['createdAt', 'updatedAt'];

function auditRows(where: { rowId?: string; trustId?: string } = {}) {
  return getPrisma().auditEvent.findMany({ where, orderBy: { id: 'asc' } });
}

describe('audit trail', () => {
  beforeEach(resetDatabase);

  it.each(AUDITED_TABLES)('each insert, update and delete on $table writes one audit row, in the same transaction, saying who changed what', async (spec) => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const other = await createMemberContext(trust, 'executive_director');
    const linkedUserId = spec.table === 'Membership' ? (await createTestUser()).id : other.userId;
    const start = await getPrisma().auditEvent.count();

    const id = await withTenant(admin, async (tx) => {
      const row = await spec.insert(tx, admin, linkedUserId);
      expect(await tx.auditEvent.count({ where: { rowId: row.id } })).toBe(1);
      return row.id;
    });
    expect(await getPrisma().auditEvent.count()).toBe(start + 1);
    const afterInsert = await getPrisma().auditEvent.count();
    await withTenant(admin, async (tx) => {
      await spec.update(tx, id);
      expect(await tx.auditEvent.count({ where: { rowId: id } })).toBe(2);
    });
    await withTenant(admin, async (tx) => {
      await spec.remove(tx, id);
      expect(await tx.auditEvent.count({ where: { rowId: id } })).toBe(3);
    });
    expect(await getPrisma().auditEvent.count()).toBe(afterInsert + 2);

    const [inserted, updated, deleted] = await auditRows({ rowId: id });
    for (const event of [inserted, updated, deleted]) {
      expect(event).toMatchObject({ trustId: trust.id, tableName: spec.table, rowId: id, actorUserId: admin.userId, actorLabel: 'user' });
    }
    expect([inserted?.action, updated?.action, deleted?.action]).toEqual(['insert', 'update', 'delete']);

    const insertChanges = inserted?.changes as Record<string, { old: unknown; new: unknown }>;
    for (const timestamp of TIMESTAMPS) expect(insertChanges).not.toHaveProperty(timestamp);
    expect(insertChanges.id).toEqual({ old: null, new: id });
    expect(insertChanges.trustId).toEqual({ old: null, new: trust.id });
    for (const [field, value] of Object.entries(spec.insertedFields)) expect(insertChanges[field], field).toEqual({ old: null, new: value });

    expect(updated?.changes).toEqual(spec.updatedFields);

    const deleteChanges = deleted?.changes as Record<string, { old: unknown; new: unknown }>;
    expect(Object.keys(deleteChanges).sort()).toEqual(Object.keys(insertChanges).sort());
    expect(deleteChanges.id).toEqual({ old: id, new: null });
    for (const [field, change] of Object.entries(spec.updatedFields)) expect(deleteChanges[field], field).toEqual({ old: change.new, new: null });
  });

  it('an update that changes nothing but the timestamp writes no audit row', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const before = await getPrisma().auditEvent.count();

    await withTenant(admin, (tx) => tx.membership.update({ where: { id: admin.membershipId }, data: { role: 'trust_admin' } }));

    expect(await getPrisma().auditEvent.count()).toBe(before);
  });

  it('a rolled-back transaction leaves no audit row', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const before = await auditRows();

    await expect(
      withTenant(admin, async (tx) => {
        await tx.boardMember.create({
          data: { trustId: trust.id, name: 'Never Saved', jobTitle: 'x', isExecutive: false, roleAreas: [], startDate: new Date('2024-04-01T00:00:00Z') },
        });
        await tx.membership.update({ where: { id: admin.membershipId }, data: { isChair: false, role: 'viewer' } });
        expect(await tx.auditEvent.count({ where: { trustId: trust.id } })).toBe(before.filter((e) => e.trustId === trust.id).length + 2);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');

    expect(await auditRows()).toEqual(before);
    expect(await getPrisma().boardMember.count()).toBe(0);
  });

  it('changes made on the system path are labelled with its reason and the acting user, if any', async () => {
    const trust = await createTestTrust();
    const user = await createTestUser();

    await withSystem('operator-fix', (tx) => tx.membership.create({ data: { trustId: trust.id, userId: user.id, role: 'viewer' } }));
    await withSystem('operator-fix', (tx) => tx.membership.updateMany({ where: { userId: user.id }, data: { role: 'trust_admin' } }), user.id);

    const events = (await auditRows({ trustId: trust.id })).filter((e) => e.tableName === 'Membership');
    expect(events.map((e) => [e.action, e.actorLabel, e.actorUserId])).toEqual([
      ['insert', 'system:operator-fix', null],
      ['update', 'system:operator-fix', user.id],
    ]);
  });

  it('password and token hashes are redacted wherever they appear', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    const { invitationId } = await inviteMember(admin, { email: 'secretive@example.nhs.uk', role: 'viewer', isChair: false });
    const token = await invitationTokenFor('secretive@example.nhs.uk', invitationId);
    await createAccountFromInvitation(token, { displayName: 'Secretive', password: 'first password, long enough' });
    const user = await getPrisma().user.findUniqueOrThrow({ where: { email: 'secretive@example.nhs.uk' } });
    const newHash = await hashPassword('second password, long enough');
    await withSystem('password-reset', (tx) => tx.user.update({ where: { id: user.id }, data: { passwordHash: newHash } }));

    const events = await auditRows();
    const userEvents = events.filter((e) => e.tableName === 'User' && e.rowId === user.id);
    expect(userEvents.map((e) => [e.action, (e.changes as Record<string, unknown>).passwordHash])).toEqual([
      ['insert', { old: null, new: '[redacted]' }],
      ['update', { old: '[redacted]', new: '[redacted]' }],
    ]);
    const invitationEvents = events.filter((e) => e.tableName === 'Invitation');
    expect(invitationEvents.map((e) => [e.action, (e.changes as Record<string, unknown>).tokenHash])).toEqual([
      ['insert', { old: null, new: '[redacted]' }],
      ['update', undefined],
    ]);
    const everything = JSON.stringify(events.map((e) => e.changes));
    for (const secret of [user.passwordHash ?? 'missing', newHash, hashInvitationToken(token), token, '$argon2id$']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('the application role cannot update, delete or truncate audit rows, and nor can the owner change them', async () => {
    const trust = await createTestTrust();
    const admin = await createMemberContext(trust, 'trust_admin');
    await createBoardMember(admin, {
      name: 'Audited',
      jobTitle: 'x',
      kind: 'executive',
      roleAreas: ['finance'],
      startDate: '2024-04-01',
      endDate: undefined,
      userId: undefined,
    });
    const before = await auditRows();
    expect(before.filter((e) => e.trustId === trust.id)).not.toHaveLength(0);

    await expect(withTenant(admin, (tx) => tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorLabel" = 'forged'`))).rejects.toThrow(/permission denied/);
    await expect(withTenant(admin, (tx) => tx.$executeRawUnsafe(`DELETE FROM "AuditEvent"`))).rejects.toThrow(/permission denied/);
    await expect(withTenant(admin, (tx) => tx.$executeRawUnsafe('TRUNCATE "AuditEvent"'))).rejects.toThrow(/permission denied/);
    await expect(withTenant(admin, (tx) => tx.auditEvent.deleteMany({ where: { trustId: trust.id } }))).rejects.toThrow(/permission denied/);
    await expect(withSystem('cover-up', (tx) => tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorLabel" = 'forged'`))).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(withSystem('cover-up', (tx) => tx.$executeRawUnsafe(`DELETE FROM "AuditEvent"`))).rejects.toThrow(/cannot be changed or deleted/);

    expect(await auditRows()).toEqual(before);
  });

  it('inside withTenant a trust sees only its own audit rows', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const adminA = await createMemberContext(trustA, 'trust_admin');
    const adminB = await createMemberContext(trustB, 'trust_admin');
    await inviteMember(adminA, { email: 'for.a@example.nhs.uk', role: 'viewer', isChair: false });
    await inviteMember(adminB, { email: 'for.b@example.nhs.uk', role: 'viewer', isChair: false });
    const allA = await auditRows({ trustId: trustA.id });
    expect(await getPrisma().auditEvent.count({ where: { trustId: trustB.id } })).toBeGreaterThan(0);
    expect(await getPrisma().auditEvent.count({ where: { trustId: null } })).toBeGreaterThan(0);

    const seenByA = await withTenant(adminA, (tx) => tx.auditEvent.findMany({ orderBy: { id: 'asc' } }));
    const rawSeenByA = await withTenant(adminA, (tx) =>
      tx.$queryRawUnsafe<{ trustId: string | null }[]>('SELECT "trustId"::text AS "trustId" FROM "AuditEvent"'),
    );

    expect(seenByA).toEqual(allA);
    expect(new Set(rawSeenByA.map((row) => row.trustId))).toEqual(new Set([trustA.id]));
  });
});
