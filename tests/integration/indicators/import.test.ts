import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withTenant } from '../../../lib/db/with-tenant';
import { importIndicatorCsv } from '../../../lib/indicators/import';
import { periodHistory, listUploads } from '../../../lib/indicators/history';
import { resetDatabase } from '../setup/reset-db';
import { bytes, HEADER, indicatorTrust, waitingListCsv } from './indicator-fixtures';

const NOW = new Date('2026-12-04T12:00:00Z');
type Board = Awaited<ReturnType<typeof indicatorTrust>>;
let board: Board;

beforeEach(async () => {
  await resetDatabase();
  board = await indicatorTrust();
});

const countValues = (trustId: string) => getPrisma().indicatorValue.count({ where: { trustId } });

describe('importing indicator figures from the CSV template', () => {
  it('saves every row of a good file as current figures in one batch', async () => {
    const outcome = await importIndicatorCsv(board.lead, { name: 'waits.csv', bytes: bytes(waitingListCsv()) }, 'upload', NOW);
    expect(outcome).toMatchObject({ ok: true, imported: 6, replaced: 0 });
    const rows = await getPrisma().indicatorValue.findMany({ where: { trustId: board.trust.id }, orderBy: { group: 'asc' } });
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.supersededByUploadId === null && row.period === '2024/25')).toBe(true);
    expect(rows.find((row) => row.group === '1')).toMatchObject({ breakdown: 'deprivation_quintile', numerator: 420, denominator: 1000, value: 42 });
  });

  it('lists every problem with its row and column, and saves nothing', async () => {
    const csv = [
      HEADER,
      'elective-wait-18w,2024/25,all,all,1680,5000,33.6',
      'no-such-thing,2024/25,all,all,1,2,50',
      'elective-wait-18w,2024/25,deprivation quintile,9,10,100,10',
      'elective-wait-18w,2024/25,deprivation quintile,1,420,1000,45.0',
      'elective-wait-18w,2024/25,sex,female,90,80,112.5',
      'elective-wait-18w,2024/25,all,all,1680,5000,33.6',
      'elective-wait-18w,2027/28,sex,male,10,100,10',
    ].join('\n');
    const outcome = await importIndicatorCsv(board.analyst, { name: 'bad.csv', bytes: bytes(csv) }, 'upload', NOW);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const found = outcome.problems.map((problem) => `${problem.row}:${problem.column}`);
    expect(found).toEqual(expect.arrayContaining(['3:indicator', '4:group', '5:value', '6:numerator', '6:value', '7:group', '8:period']));
    expect(outcome.problems.find((problem) => problem.row === 7)!.message).toContain('repeats row 2');
    expect(outcome.problems.find((problem) => problem.row === 5)!.message).toContain('42');
    expect(await countValues(board.trust.id)).toBe(0);
    expect(await getPrisma().indicatorUpload.count({ where: { trustId: board.trust.id } })).toBe(0);
  });

  it.each([
    ['not CSV', 'report.pdf', '%PDF-1.7 binary', 'not a CSV file'],
    ['too large', 'huge.csv', `${HEADER}\n${'x'.repeat(5 * 1024 * 1024)}`, 'largest file accepted is 5 MB'],
    ['missing a column', 'short.csv', 'indicator,period,breakdown,group,value\nx,2024/25,all,all,1', 'no “numerator” column'],
  ])('refuses a file that is %s as a whole', async (_label, name, text, message) => {
    const outcome = await importIndicatorCsv(board.lead, { name, bytes: bytes(text) }, 'upload', NOW);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((problem) => problem.message).join('\n')).toContain(message);
    expect(await countValues(board.trust.id)).toBe(0);
  });

  it('replaces a period on re-upload and keeps the earlier version as history', async () => {
    const first = await importIndicatorCsv(board.lead, { name: 'first.csv', bytes: bytes(waitingListCsv('2024/25')) }, 'upload', NOW);
    await importIndicatorCsv(board.lead, { name: 'other-year.csv', bytes: bytes(waitingListCsv('2023/24')) }, 'upload', NOW);
    const second = await importIndicatorCsv(board.analyst, { name: 'second.csv', bytes: bytes(waitingListCsv('2024/25', 50)) }, 'upload', NOW);
    expect(second).toMatchObject({ ok: true, imported: 6, replaced: 6 });
    if (!first.ok || !second.ok) return;
    const current = await getPrisma().indicatorValue.findMany({ where: { trustId: board.trust.id, period: '2024/25', supersededByUploadId: null } });
    expect(current).toHaveLength(6);
    expect(current.every((row) => row.uploadId === second.uploadId)).toBe(true);
    expect(current.find((row) => row.group === '5')!.value).toBe(20);
    // The other year is untouched.
    expect(await getPrisma().indicatorValue.count({ where: { trustId: board.trust.id, period: '2023/24', supersededByUploadId: null } })).toBe(6);
    const indicatorId = current[0]!.indicatorId;
    const history = await periodHistory(board.viewer, indicatorId, '2024/25');
    expect(history).toHaveLength(12);
    expect(history.filter((row) => row.uploadId === first.uploadId).every((row) => row.supersededByUploadId === second.uploadId)).toBe(true);
    expect(history.find((row) => row.uploadId === first.uploadId && row.group === '5')!.value).toBe(25);
    const uploads = await listUploads(board.ned);
    expect(uploads.map((upload) => [upload.fileName, upload.rowCount, upload.replacedCount])).toEqual([
      ['second.csv', 6, 6],
      ['other-year.csv', 6, 0],
      ['first.csv', 6, 0],
    ]);
  });

  it('audits every figure written and every figure superseded, naming the person', async () => {
    await importIndicatorCsv(board.lead, { name: 'first.csv', bytes: bytes(waitingListCsv()) }, 'upload', NOW);
    await importIndicatorCsv(board.analyst, { name: 'second.csv', bytes: bytes(waitingListCsv('2024/25', 50)) }, 'upload', NOW);
    const audit = await getPrisma().auditEvent.findMany({ where: { trustId: board.trust.id, tableName: 'IndicatorValue' } });
    expect(audit.filter((event) => event.action === 'insert')).toHaveLength(12);
    const superseded = audit.filter((event) => event.action === 'update');
    expect(superseded).toHaveLength(6);
    expect(superseded.every((event) => event.actorUserId === board.analyst.userId)).toBe(true);
    expect(superseded[0]!.changes).toMatchObject({ supersededByUploadId: { old: null } });
    expect(await getPrisma().auditEvent.count({ where: { trustId: board.trust.id, tableName: 'IndicatorUpload', action: 'insert' } })).toBe(2);
  });

  it('lets only the trust administrator, executive lead and analyst bring figures in', async () => {
    for (const ctx of [board.viewer, board.ned]) {
      await expect(importIndicatorCsv(ctx, { name: 'waits.csv', bytes: bytes(waitingListCsv()) }, 'upload', NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await countValues(board.trust.id)).toBe(0);
    expect(await importIndicatorCsv(board.admin, { name: 'waits.csv', bytes: bytes(waitingListCsv()) }, 'upload', NOW)).toMatchObject({ ok: true });
  });

  it('keeps figures as history in the database: the application role can neither delete nor rewrite one', async () => {
    await importIndicatorCsv(board.lead, { name: 'waits.csv', bytes: bytes(waitingListCsv()) }, 'upload', NOW);
    const row = await getPrisma().indicatorValue.findFirstOrThrow({ where: { trustId: board.trust.id } });
    await expect(withTenant(board.lead, (tx) => tx.indicatorValue.deleteMany({ where: { id: row.id } }))).rejects.toThrow();
    await expect(withTenant(board.lead, (tx) => tx.indicatorValue.updateMany({ where: { id: row.id }, data: { value: 99 } }))).rejects.toThrow();
    expect((await getPrisma().indicatorValue.findUniqueOrThrow({ where: { id: row.id } })).value).toBe(row.value);
  });

  it('keeps each trust to its own figures: another trust’s member sees none of them', async () => {
    await importIndicatorCsv(board.lead, { name: 'waits.csv', bytes: bytes(waitingListCsv()) }, 'upload', NOW);
    const other = await indicatorTrust();
    expect(await listUploads(other.viewer)).toEqual([]);
    const indicatorId = (await getPrisma().indicatorValue.findFirstOrThrow({ where: { trustId: board.trust.id } })).indicatorId;
    expect(await periodHistory(other.viewer, indicatorId, '2024/25')).toEqual([]);
    const seen = await withTenant(other.lead, (tx) => tx.indicatorValue.count({ where: {} }));
    expect(seen).toBe(0);
  });
});
