import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withTenant } from '../../../lib/db/with-tenant';
import { listIndicators, setIndicatorEnabled } from '../../../lib/indicators/catalogue';
import { listUploads, periodHistory } from '../../../lib/indicators/history';
import { importIndicatorCsv, readCatalogueEntries } from '../../../lib/indicators/import';
import { resetDatabase } from '../setup/reset-db';
import { expectSameWithoutRowLevelSecurity, withRowLevelSecurityOff } from '../support/row-level-security';
import { bytes, indicatorTrust, waitingListCsv } from './indicator-fixtures';

const NOW = new Date('2026-12-04T12:00:00Z');
type Board = Awaited<ReturnType<typeof indicatorTrust>>;
let a: Board;
let b: Board;
let indicatorA: string;

beforeEach(async () => {
  await resetDatabase();
  a = await indicatorTrust();
  b = await indicatorTrust();
  await importIndicatorCsv(a.lead, { name: 'trust-a.csv', bytes: bytes(waitingListCsv('2024/25')) }, 'upload', NOW);
  indicatorA = (await getPrisma().indicator.findFirstOrThrow({ where: { trustId: a.trust.id, code: 'elective-wait-18w' } })).id;
});

const trustAFigures = () => getPrisma().indicatorValue.findMany({ where: { trustId: a.trust.id }, orderBy: { id: 'asc' } });

describe('indicators: each wall alone keeps trust B out of trust A', () => {
  it('gives trust B the same answers with row-level security on and off, none of them trust A’s', async () => {
    const answers = await expectSameWithoutRowLevelSecurity(
      {
        catalogue: () => listIndicators(b.viewer),
        uploads: () => listUploads(b.viewer),
        history: () => periodHistory(b.viewer, indicatorA, '2024/25'),
        entries: () => withTenant(b.lead, (tx) => readCatalogueEntries(tx, b.lead)).then((map) => [...map.values()].map((entry) => entry.id)),
      },
      /trust-a\.csv/,
    );
    expect(answers.history).toEqual([]);
    expect(answers.uploads).toEqual([]);
    expect((answers.catalogue as { id: string }[]).some((row) => row.id === indicatorA)).toBe(false);
  });

  it('does not let trust B switch off trust A’s indicator or supersede its figures, even with row-level security off', async () => {
    const before = await trustAFigures();
    await withRowLevelSecurityOff(async () => {
      await expect(setIndicatorEnabled(b.admin, { indicatorId: indicatorA, enabled: false, expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await importIndicatorCsv(b.lead, { name: 'trust-b.csv', bytes: bytes(waitingListCsv('2024/25', 40)) }, 'upload', NOW)).toMatchObject({
        ok: true,
        replaced: 0,
      });
    });
    expect(await trustAFigures()).toEqual(before);
    expect((await getPrisma().indicator.findUniqueOrThrow({ where: { id: indicatorA } })).enabled).toBe(true);
  });
});
