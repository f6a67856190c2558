import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { setIndicatorEnabled } from '../../../lib/indicators/catalogue';
import { enterFigure } from '../../../lib/indicators/hand-entry';
import { listUploads, periodHistory, replacedPeriods } from '../../../lib/indicators/history';
import { importIndicatorCsv } from '../../../lib/indicators/import';
import { enterFigureSchema } from '../../../lib/indicators/schemas';
import { resetDatabase } from '../setup/reset-db';
import { expectSameWithoutRowLevelSecurity, withRowLevelSecurityOff } from '../support/row-level-security';
import { bytes, indicatorTrust, waitingListCsv } from './indicator-fixtures';

const NOW = new Date('2026-12-04T12:00:00Z');
type Board = Awaited<ReturnType<typeof indicatorTrust>>;
let board: Board;
let waitId: string;

const form = (fields: Record<string, string>) =>
  enterFigureSchema.parse({
    indicatorId: waitId,
    period: '2024/25',
    breakdown: 'deprivation_quintile',
    group: '1',
    numerator: '450',
    denominator: '1000',
    value: '45.0',
    ...fields,
  });

beforeEach(async () => {
  await resetDatabase();
  board = await indicatorTrust();
  waitId = (await getPrisma().indicator.findFirstOrThrow({ where: { trustId: board.trust.id, code: 'elective-wait-18w' } })).id;
});

describe('entering one figure by hand', () => {
  it('holds it to the upload’s rules and puts each problem against its field, saving nothing', async () => {
    const wrong = enterFigure(board.lead, form({ period: '2099/00', group: '9', value: '50.0' }), NOW);
    await expect(wrong).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { period: [expect.stringMatching(/not a period|not started/)], group: [expect.stringMatching(/not a group/)] },
    });
    await expect(enterFigure(board.lead, form({ value: '50.0' }), NOW)).rejects.toMatchObject({
      fieldErrors: { value: [expect.stringMatching(/does not match/)] },
    });
    await expect(enterFigure(board.lead, form({ numerator: '1200' }), NOW)).rejects.toMatchObject({
      fieldErrors: { numerator: [expect.stringMatching(/larger than the denominator/)] },
    });
    expect(await getPrisma().indicatorValue.count({ where: { trustId: board.trust.id } })).toBe(0);
  });

  it('replaces only the same group, keeping the figure it replaced in the history, audited', async () => {
    await importIndicatorCsv(board.lead, { name: 'year.csv', bytes: bytes(waitingListCsv('2024/25')) }, 'upload', NOW);
    expect(await enterFigure(board.analyst, form({ value: '' }), NOW)).toEqual({ imported: 1, replaced: 1 });
    const versions = await periodHistory(board.viewer, waitId, '2024/25');
    expect(versions).toHaveLength(7);
    const fifthOne = versions.filter((version) => version.breakdown === 'deprivation_quintile' && version.group === '1');
    expect(fifthOne.map((version) => [version.value, version.supersededByUploadId === null])).toEqual([
      [42, false],
      [45, true],
    ]);
    expect(versions.filter((version) => version.supersededByUploadId !== null)).toHaveLength(1);
    const [latest] = await listUploads(board.viewer);
    expect(latest).toMatchObject({ source: 'hand', fileName: null, rowCount: 1, replacedCount: 1, createdByName: expect.any(String) });
    const audited = await getPrisma().auditEvent.findMany({
      where: { trustId: board.trust.id, tableName: 'IndicatorValue', actorUserId: board.analyst.userId },
    });
    expect(audited.map((event) => event.action).sort()).toEqual(['insert', 'update']);
  });

  it('refuses an indicator that is switched off, and roles that do not handle figures', async () => {
    await setIndicatorEnabled(board.admin, { indicatorId: waitId, enabled: false, expectedVersion: 1 });
    await expect(enterFigure(board.lead, form({}), NOW)).rejects.toMatchObject({ fieldErrors: { indicatorId: [expect.stringMatching(/switched off/)] } });
    await expect(enterFigure(board.viewer, form({}), NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(enterFigure(board.ned, form({}), NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the upload history', () => {
  it('lists the indicators and periods with earlier versions, and who sent each batch', async () => {
    await importIndicatorCsv(board.lead, { name: 'first.csv', bytes: bytes(waitingListCsv('2024/25')) }, 'upload', NOW);
    await importIndicatorCsv(board.lead, { name: 'other-year.csv', bytes: bytes(waitingListCsv('2023/24')) }, 'upload', NOW);
    expect(await replacedPeriods(board.viewer)).toEqual([]);
    await importIndicatorCsv(board.analyst, { name: 'second.csv', bytes: bytes(waitingListCsv('2024/25', 20)) }, 'upload', NOW);
    expect(await replacedPeriods(board.viewer)).toEqual([{ indicatorId: waitId, period: '2024/25', batches: 2 }]);
    const uploads = await listUploads(board.ned);
    expect(uploads.map((upload) => [upload.fileName, upload.rowCount, upload.replacedCount])).toEqual([
      ['second.csv', 6, 6],
      ['other-year.csv', 6, 0],
      ['first.csv', 6, 0],
    ]);
    const names = await getPrisma().user.findMany({
      where: { id: { in: [board.lead.userId, board.analyst.userId] } },
      select: { id: true, displayName: true },
    });
    const nameOf = new Map(names.map((user) => [user.id, user.displayName]));
    expect(uploads.map((upload) => upload.createdByName)).toEqual([
      nameOf.get(board.analyst.userId),
      nameOf.get(board.lead.userId),
      nameOf.get(board.lead.userId),
    ]);
  });

  it('gives another trust the same empty answers with row-level security on and off', async () => {
    await importIndicatorCsv(board.lead, { name: 'first.csv', bytes: bytes(waitingListCsv('2024/25')) }, 'upload', NOW);
    await importIndicatorCsv(board.lead, { name: 'second.csv', bytes: bytes(waitingListCsv('2024/25', 20)) }, 'upload', NOW);
    const other = await indicatorTrust();
    const answers = await expectSameWithoutRowLevelSecurity(
      { replaced: () => replacedPeriods(other.viewer), uploads: () => listUploads(other.viewer) },
      /first\.csv|second\.csv/,
    );
    expect(answers).toEqual({ replaced: [], uploads: [] });
  });

  it('does not let another trust enter a figure against this trust’s indicator, even with row-level security off', async () => {
    const other = await indicatorTrust();
    await withRowLevelSecurityOff(async () => {
      await expect(enterFigure(other.lead, form({}), NOW)).rejects.toMatchObject({ fieldErrors: { indicatorId: [expect.any(String)] } });
    });
    expect(await getPrisma().indicatorValue.count()).toBe(0);
  });
});
