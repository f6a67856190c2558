import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { getCore20Plus5, saveCore20Plus5 } from '../../../lib/trusts/core20plus5';
import { core20Plus5Schema } from '../../../lib/trusts/core20plus5-schemas';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { resetDatabase } from '../setup/reset-db';
import { expectSameWithoutRowLevelSecurity, withRowLevelSecurityOff } from '../support/row-level-security';

let trust: TestTrust;

const input = (fields: Record<string, unknown> = {}) =>
  core20Plus5Schema.parse({
    core20Share: '31.5',
    plusGroups: 'People experiencing homelessness\n\nGypsy, Roma and Traveller communities\nPeople experiencing homelessness',
    clinicalAreas: ['adult-maternity', 'cyp-asthma'],
    ...fields,
  });

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
});

describe('the trust’s Core20PLUS5 record', () => {
  it('is saved by a trust administrator or the executive lead, audited, and read back by everyone', async () => {
    const lead = await createMemberContext(trust, 'executive_lead');
    expect(await getCore20Plus5(lead)).toEqual({ core20Share: null, plusGroups: [], clinicalAreas: [], canChange: true });
    await saveCore20Plus5(lead, input());
    const viewer = await createMemberContext(trust, 'viewer');
    expect(await getCore20Plus5(viewer)).toEqual({
      core20Share: 31.5,
      plusGroups: ['People experiencing homelessness', 'Gypsy, Roma and Traveller communities'],
      clinicalAreas: ['adult-maternity', 'cyp-asthma'],
      canChange: false,
    });
    const admin = await createMemberContext(trust, 'trust_admin');
    expect(await saveCore20Plus5(admin, input({ core20Share: '0', plusGroups: '', clinicalAreas: [] }))).toMatchObject({
      core20Share: 0,
      plusGroups: [],
      clinicalAreas: [],
    });
    const audit = await getPrisma().auditEvent.findMany({ where: { trustId: trust.id, tableName: 'Trust', action: 'update' }, orderBy: { id: 'asc' } });
    expect(
      audit.map((event) => [
        event.actorUserId,
        Object.keys(event.changes as object)
          .filter((key) => key !== 'updatedAt')
          .sort(),
      ]),
    ).toEqual([
      [lead.userId, ['clinicalAreas', 'core20Share', 'plusGroups']],
      [admin.userId, ['clinicalAreas', 'core20Share', 'plusGroups']],
    ]);
  });

  it('refuses other roles', async () => {
    for (const role of ['viewer', 'analyst', 'non_executive_director', 'company_secretary', 'executive_director'] as const) {
      await expect(saveCore20Plus5(await createMemberContext(trust, role), input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('checks the share, the groups and the areas, and the database holds the same rules', async () => {
    for (const share of ['', '101', '-1', 'a third', '12.345']) expect(core20Plus5Schema.safeParse({ core20Share: share }).success, share).toBe(false);
    expect(core20Plus5Schema.parse({ core20Share: '23%' }).core20Share).toBe(23);
    expect(core20Plus5Schema.safeParse({ core20Share: '20', clinicalAreas: ['adult-dentistry'] }).success).toBe(false);
    expect(core20Plus5Schema.safeParse({ core20Share: '20', plusGroups: Array.from({ length: 21 }, (_, index) => `Group ${index}`).join('\n') }).success).toBe(
      false,
    );
    const sql = (set: string) => getPrisma().$executeRawUnsafe(`UPDATE "Trust" SET ${set} WHERE id = $1::uuid`, trust.id);
    await expect(sql(`"core20Share" = 100.5`)).rejects.toThrow(/core20Share_percentage/);
    await expect(sql(`"clinicalAreas" = ARRAY['adult-dentistry']`)).rejects.toThrow(/clinicalAreas_known/);
    await expect(sql(`"plusGroups" = ARRAY[NULL]::text[]`)).rejects.toThrow(/plusGroups_bounded/);
  });

  it('keeps each trust’s record its own, with row-level security on and off', async () => {
    await saveCore20Plus5(await createMemberContext(trust, 'trust_admin'), input({ plusGroups: 'Trust A secret group' }));
    const other = await createTestTrust();
    const otherAdmin = await createMemberContext(other, 'trust_admin');
    const answers = await expectSameWithoutRowLevelSecurity({ record: () => getCore20Plus5(otherAdmin) }, /Trust A secret group/);
    expect(answers.record).toMatchObject({ core20Share: null, plusGroups: [] });
    await withRowLevelSecurityOff(() => saveCore20Plus5(otherAdmin, input({ core20Share: '5', plusGroups: 'Trust B' })));
    expect(await getCore20Plus5(await createMemberContext(trust, 'viewer'))).toMatchObject({ core20Share: 31.5, plusGroups: ['Trust A secret group'] });
  });
});
