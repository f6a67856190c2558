import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { setIndicatorEnabled } from '../../../lib/indicators/catalogue';
import { importIndicatorCsv } from '../../../lib/indicators/import';
import { linkedIndicatorFigures, listIndicatorLinkChoices, listObjectivesActingOn } from '../../../lib/objectives/indicator-link-queries';
import { createObjective, updateObjective } from '../../../lib/objectives/mutations';
import { getObjective } from '../../../lib/objectives/queries';
import { resetDatabase } from '../setup/reset-db';
import { bytes, indicatorTrust, waitingListCsv } from '../indicators/indicator-fixtures';
import { NOW, parseCreate, parseUpdate, smartForm, storedObjective } from './objective-fixtures';

type Board = Awaited<ReturnType<typeof indicatorTrust>>;
let ours: Board;
let theirs: Board;

async function indicatorId(board: Board, code = 'elective-wait-18w'): Promise<string> {
  const row = await getPrisma().indicator.findFirstOrThrow({ where: { trustId: board.trust.id, code } });
  return row.id;
}

/** A draft own objective (no owner) linked as the form would post it. */
const linkedForm = (id: string, overrides: Record<string, unknown> = {}) =>
  parseCreate(
    smartForm(null, {
      source: 'own',
      catalogueRefs: [],
      title: 'Shorten waits for the most deprived',
      indicatorId: id,
      indicatorFigure: 'all',
      baseline: '',
      ...overrides,
    }),
  );

beforeEach(async () => {
  await resetDatabase();
  ours = await indicatorTrust();
  theirs = await indicatorTrust();
  for (const board of [ours, theirs]) {
    await importIndicatorCsv(board.lead, { name: 'older.csv', bytes: bytes(waitingListCsv('2024/25')) }, 'upload', NOW);
    await importIndicatorCsv(board.lead, { name: 'newer.csv', bytes: bytes(waitingListCsv('2025/26', 20)) }, 'upload', NOW);
  }
});

describe('linking an objective’s measure to an indicator', () => {
  it('takes a blank baseline from the data for the year before the objective’s, and shows the latest figure', async () => {
    const { id } = await createObjective(ours.lead, linkedForm(await indicatorId(ours)), NOW);

    const stored = await storedObjective(id);
    // 2025/26's all row: (420 + 380 + 330 + 300 + 230) / 5000.
    expect(stored).toMatchObject({
      baseline: 33.2,
      baselineFromData: true,
      baselineReason: '',
      indicatorFigure: 'group_value',
      indicatorBreakdown: 'all',
      indicatorGroup: 'all',
    });
    const objective = await getObjective(ours.lead, id, NOW);
    expect(objective.indicatorLink).toMatchObject({ code: 'elective-wait-18w', figure: 'group_value', breakdown: 'all' });
    const figures = await linkedIndicatorFigures(ours.lead, objective);
    expect(figures).toMatchObject({ code: 'elective-wait-18w', baseline: { period: '2025/26', value: 33.2 }, latest: { period: '2025/26', value: 33.2 } });
  });

  it('follows the deprivation gap, with 2024/25 as the baseline of a 2025/26 objective', async () => {
    const { id } = await createObjective(
      ours.lead,
      linkedForm(await indicatorId(ours), { financialYear: '2025', startDate: '2025-04-01', indicatorFigure: 'gap:deprivation_quintile' }),
      NOW,
    );
    // Least deprived 25.0% − most deprived 42.0%.
    expect(await storedObjective(id)).toMatchObject({ baseline: -17, baselineFromData: true, indicatorFigure: 'deprivation_gap', indicatorGroup: null });
  });

  it('asks for a reason when the baseline differs from the data’s, and keeps it when given', async () => {
    const indicator = await indicatorId(ours);
    await expect(createObjective(ours.lead, linkedForm(indicator, { baseline: '30' }), NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { baselineReason: ['Say why the baseline differs from the data’s figure'] },
    });
    expect(await getPrisma().objective.count({ where: { trustId: ours.trust.id } })).toBe(0);

    const { id } = await createObjective(ours.lead, linkedForm(indicator, { baseline: '30', baselineReason: 'The audit in March counted more records' }), NOW);
    expect(await storedObjective(id)).toMatchObject({ baseline: 30, baselineFromData: false, baselineReason: 'The audit in March counted more records' });
  });

  it('refuses another trust’s indicator, a switched-off one and a figure the data does not hold', async () => {
    await expect(createObjective(ours.lead, linkedForm(await indicatorId(theirs)), NOW)).rejects.toMatchObject({
      fieldErrors: { indicatorId: [expect.stringContaining('Choose an indicator')] },
    });
    await expect(createObjective(ours.lead, linkedForm(await indicatorId(ours), { indicatorFigure: 'group:ethnicity:A' }), NOW)).rejects.toMatchObject({
      fieldErrors: { indicatorFigure: [expect.any(String)] },
    });
    const off = await getPrisma().indicator.findFirstOrThrow({ where: { trustId: ours.trust.id, code: 'elective-wait-18w' } });
    await setIndicatorEnabled(ours.admin, { indicatorId: off.id, enabled: false, expectedVersion: off.version });
    await expect(createObjective(ours.lead, linkedForm(off.id), NOW)).rejects.toMatchObject({ fieldErrors: { indicatorId: [expect.any(String)] } });
    expect(await getPrisma().objective.count()).toBe(0);
  });

  it('adds a link on edit, with the same reason rule, and can remove it', async () => {
    const { id, version } = await createObjective(ours.lead, parseCreate(smartForm(null, { source: 'own', catalogueRefs: [], title: 'Waiting times' })), NOW);
    const edit = (overrides: Record<string, unknown>, expectedVersion: number) =>
      parseUpdate({
        ...smartForm(null, { title: 'Waiting times', catalogueRefs: [] }),
        objectiveId: id,
        expectedVersion: String(expectedVersion),
        ...overrides,
      });
    const indicator = await indicatorId(ours);

    await expect(
      updateObjective(ours.lead, edit({ indicatorId: indicator, indicatorFigure: 'group:deprivation_quintile:1', baseline: '20' }, version), NOW),
    ).rejects.toMatchObject({ fieldErrors: { baselineReason: [expect.any(String)] } });
    const saved = await updateObjective(
      ours.lead,
      edit({ indicatorId: indicator, indicatorFigure: 'group:deprivation_quintile:1', baseline: '42' }, version),
      NOW,
    );
    expect(await storedObjective(id)).toMatchObject({ baseline: 42, baselineFromData: true, indicatorBreakdown: 'deprivation_quintile', indicatorGroup: '1' });

    await updateObjective(ours.lead, edit({ indicatorId: '', indicatorFigure: '', baseline: '42' }, saved.version), NOW);
    expect(await storedObjective(id)).toMatchObject({ indicatorId: null, indicatorFigure: null, baselineFromData: false, baselineReason: '' });
  });

  it('offers the switched-on indicators with the figures their data holds', async () => {
    const choices = await listIndicatorLinkChoices(ours.lead);
    const wait = choices.find((choice) => choice.code === 'elective-wait-18w')!;
    expect(wait.figures.map((figure) => figure.key)).toContain('gap:deprivation_quintile');
    expect(choices.every((choice) => choice.figures[0]!.key === 'all')).toBe(true);
  });
});

describe('objectives acting on an indicator', () => {
  it('lists this trust’s linked objectives only, newest year first', async () => {
    const ourIndicator = await indicatorId(ours);
    const older = await createObjective(
      ours.lead,
      linkedForm(ourIndicator, { financialYear: '2025', startDate: '2025-04-01', title: 'Last year’s waits' }),
      NOW,
    );
    const newer = await createObjective(ours.lead, linkedForm(ourIndicator, { title: 'This year’s waits' }), NOW);
    await createObjective(ours.lead, parseCreate(smartForm(null, { source: 'own', catalogueRefs: [], title: 'Not linked' })), NOW);
    const theirIndicator = await indicatorId(theirs);
    await createObjective(theirs.lead, linkedForm(theirIndicator, { title: 'Their waits' }), NOW);

    const acting = await listObjectivesActingOn(ours.viewer, ourIndicator, NOW);
    expect(acting.map((objective) => objective.id)).toEqual([newer.id, older.id]);
    expect(await listObjectivesActingOn(ours.viewer, theirIndicator, NOW)).toEqual([]);
    expect(await listObjectivesActingOn(ours.viewer, 'not-an-id', NOW)).toEqual([]);
  });

  it('cannot point into another trust, even written directly', async () => {
    const { id } = await createObjective(ours.lead, parseCreate(smartForm(null, { source: 'own', catalogueRefs: [], title: 'Waits' })), NOW);
    await expect(
      getPrisma().objective.update({
        where: { id },
        data: { indicatorId: await indicatorId(theirs), indicatorFigure: 'group_value', indicatorBreakdown: 'all', indicatorGroup: 'all' },
      }),
    ).rejects.toThrow();
    await expect(getPrisma().objective.update({ where: { id }, data: { baselineFromData: true } })).rejects.toThrow();
  });
});
