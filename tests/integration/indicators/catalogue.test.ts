import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { addLocalIndicator, bringInNationalSet, listIndicators, setIndicatorEnabled } from '../../../lib/indicators/catalogue';
import { NATIONAL_INDICATORS, NATIONAL_SET_VERSION } from '../../../lib/indicators/national-set';
import { createTrustWithAdministrator } from '../../../lib/operator/commands';
import { resetDatabase } from '../setup/reset-db';
import { indicatorTrust } from './indicator-fixtures';

const LOCAL = {
  code: 'smoking-at-booking',
  name: 'Smoking at booking',
  definition: 'Pregnant women who smoke at their booking appointment, as a share of bookings.',
  unit: 'percentage' as const,
  method: 'crude' as const,
  higherIsBetter: false,
  source: 'Maternity Services Data Set',
};

beforeEach(() => resetDatabase());

describe('the trust’s indicator catalogue', () => {
  it('holds the national set as rows, switched on where they apply to the trust’s type', async () => {
    const acute = await indicatorTrust('acute');
    const mental = await indicatorTrust('mental_health_learning_disability');
    const acuteRows = await listIndicators(acute.viewer);
    expect(acuteRows).toHaveLength(NATIONAL_INDICATORS.length);
    expect(acuteRows.every((row) => row.origin === 'national' && row.nationalSetVersion === NATIONAL_SET_VERSION)).toBe(true);
    const on = (rows: typeof acuteRows) =>
      rows
        .filter((row) => row.enabled)
        .map((row) => row.code)
        .sort();
    expect(on(acuteRows)).toEqual(
      expect.arrayContaining(['elective-wait-18w', 'elective-wait-52w', 'elective-wait-65w', 'cancer-early-stage', 'preterm-births', 'ae-attendances']),
    );
    expect(on(acuteRows)).not.toContain('mha-detentions');
    expect(on(await listIndicators(mental.viewer))).toEqual(['mha-detentions', 'restrictive-interventions']);
  });

  it('is installed when an operator creates a trust', async () => {
    await createTrustWithAdministrator({
      name: 'New Acute NHS Trust',
      ods: 'RZZ',
      slug: 'new-acute',
      type: 'acute',
      region: 'london',
      ics: 'Example ICS',
      adminEmail: 'admin@example.nhs.uk',
    });
    const trust = await getPrisma().trust.findUniqueOrThrow({ where: { slug: 'new-acute' } });
    expect(await getPrisma().indicator.count({ where: { trustId: trust.id } })).toBe(NATIONAL_INDICATORS.length);
  });

  it('lets the trust administrator switch an indicator off and on, refusing a stale page', async () => {
    const board = await indicatorTrust();
    const indicator = (await listIndicators(board.admin)).find((row) => row.code === 'preterm-births')!;
    await setIndicatorEnabled(board.admin, { indicatorId: indicator.id, enabled: false, expectedVersion: indicator.version });
    expect((await listIndicators(board.viewer, { enabledOnly: true })).map((row) => row.code)).not.toContain('preterm-births');
    await expect(setIndicatorEnabled(board.admin, { indicatorId: indicator.id, enabled: true, expectedVersion: indicator.version })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    for (const ctx of [board.lead, board.analyst, board.viewer, board.ned]) {
      await expect(setIndicatorEnabled(ctx, { indicatorId: indicator.id, enabled: true, expectedVersion: indicator.version + 1 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const audit = await getPrisma().auditEvent.findMany({ where: { trustId: board.trust.id, tableName: 'Indicator', rowId: indicator.id, action: 'update' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({ enabled: { old: true, new: false } });
  });

  it('lets the trust administrator add a local indicator, once per code', async () => {
    const board = await indicatorTrust();
    await addLocalIndicator(board.admin, LOCAL);
    expect((await listIndicators(board.viewer)).find((row) => row.code === LOCAL.code)).toMatchObject({
      origin: 'local',
      nationalSetVersion: null,
      enabled: true,
    });
    await expect(addLocalIndicator(board.admin, LOCAL)).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { code: [expect.stringContaining('already has')] },
    });
    await expect(addLocalIndicator(board.lead, { ...LOCAL, code: 'other' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('brings in national indicators the catalogue lacks, leaving the trust’s choices alone', async () => {
    const board = await indicatorTrust();
    const before = await listIndicators(board.admin);
    const waiting = before.find((row) => row.code === 'elective-wait-65w')!;
    await setIndicatorEnabled(board.admin, { indicatorId: waiting.id, enabled: false, expectedVersion: waiting.version });
    await getPrisma().$executeRawUnsafe(`ALTER TABLE "Indicator" DISABLE TRIGGER USER`);
    await getPrisma().indicator.deleteMany({ where: { trustId: board.trust.id, code: 'preterm-births' } });
    await getPrisma().$executeRawUnsafe(`ALTER TABLE "Indicator" ENABLE TRIGGER USER`);
    expect(await bringInNationalSet(board.admin)).toEqual({ added: 1 });
    const after = await listIndicators(board.admin);
    expect(after).toHaveLength(before.length);
    expect(after.find((row) => row.code === 'elective-wait-65w')!.enabled).toBe(false);
  });
});
