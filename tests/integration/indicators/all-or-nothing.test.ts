import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { importIndicatorCsv } from '../../../lib/indicators/import';
import { resetDatabase } from '../setup/reset-db';
import { bytes, HEADER, indicatorTrust } from './indicator-fixtures';

const NOW = new Date('2026-12-04T12:00:00Z');
let board: Awaited<ReturnType<typeof indicatorTrust>>;
beforeAll(async () => {
  await resetDatabase();
  board = await indicatorTrust();
});

const snapshot = async () => {
  const rows = await getPrisma().indicatorValue.findMany({
    where: { trustId: board.trust.id },
    select: { id: true, supersededByUploadId: true },
    orderBy: { id: 'asc' },
  });
  return { rows, uploads: await getPrisma().indicatorUpload.count({ where: { trustId: board.trust.id } }) };
};

describe('an upload is all or nothing, against PostgreSQL', () => {
  it('a file with any bad row changes nothing at all; a good one saves every row (property)', async () => {
    const goodRow = fc
      .record({
        group: fc.constantFrom('1', '2', '3', '4', '5', 'not known'),
        numerator: fc.integer({ min: 0, max: 900 }),
        year: fc.integer({ min: 2021, max: 2025 }),
      })
      .map(
        ({ group, numerator, year }) =>
          `elective-wait-52w,${year}/${String((year + 1) % 100).padStart(2, '0')},deprivation quintile,${group},${numerator},900,`,
      );
    const badRow = fc.constantFrom(
      'elective-wait-52w,2024/25,deprivation quintile,0,1,2,',
      'unknown-indicator,2024/25,all,all,1,2,50',
      'elective-wait-52w,2031/32,all,all,1,2,50',
      'elective-wait-52w,2024/25,all,all,1,2,99',
      'elective-wait-52w,2024/25,all,all,5,2,',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(goodRow, { minLength: 1, maxLength: 25, selector: (row) => row.split(',').slice(0, 4).join() }),
        fc.option(fc.tuple(badRow, fc.nat()), { nil: undefined }),
        async (rows, bad) => {
          const lines = [...rows];
          if (bad) lines.splice(bad[1] % (lines.length + 1), 0, bad[0]);
          const before = await snapshot();
          const outcome = await importIndicatorCsv(board.lead, { name: 'property.csv', bytes: bytes(`${[HEADER, ...lines].join('\n')}\n`) }, 'upload', NOW);
          const after = await snapshot();
          if (bad) {
            expect(outcome.ok).toBe(false);
            expect(after).toEqual(before);
          } else {
            expect(outcome).toMatchObject({ ok: true, imported: rows.length });
            expect(after.uploads).toBe(before.uploads + 1);
            expect(after.rows.length).toBe(before.rows.length + rows.length);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
