import { beforeEach, describe, expect, it } from 'vitest';
import { withSystem, withTenant, withUser } from '../../../lib/db/with-tenant';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust } from '../../support/fixtures';

describe('someone who sits on two boards', () => {
  beforeEach(resetDatabase);

  it('sees only the current trust and its memberships while working in it, and both trusts before choosing', async () => {
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const inA = await createMemberContext(trustA, 'non_executive_director');
    await withSystem('test-fixture', (tx) => tx.membership.create({ data: { trustId: trustB.id, userId: inA.userId, role: 'viewer' } }));

    const insideA = await withTenant(inA, async (tx) => ({
      trusts: (await tx.trust.findMany()).map((t) => t.id),
      memberships: (await tx.membership.findMany()).map((m) => m.trustId),
    }));
    expect(insideA.trusts).toEqual([trustA.id]);
    expect(new Set(insideA.memberships)).toEqual(new Set([trustA.id]));

    const beforeChoosing = await withUser(inA.userId, async (tx) => (await tx.trust.findMany()).map((t) => t.id).sort());
    expect(beforeChoosing).toEqual([trustA.id, trustB.id].sort());
  });
});
