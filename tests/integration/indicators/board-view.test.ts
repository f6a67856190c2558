import { beforeEach, describe, expect, it } from 'vitest';
import { currentIndicators, indicatorByCode, widenedGaps } from '../../../lib/indicators/board-view';
import { importIndicatorCsv } from '../../../lib/indicators/import';
import { getBoardSummary } from '../../../lib/review/summary';
import { resetDatabase } from '../setup/reset-db';
import { expectSameWithoutRowLevelSecurity } from '../support/row-level-security';
import { bytes, indicatorTrust, waitingListCsv } from './indicator-fixtures';

const NOW = new Date('2026-12-04T12:00:00Z');
type Board = Awaited<ReturnType<typeof indicatorTrust>>;
let a: Board;
let b: Board;

const load = (board: Board, name: string, csv: string) => importIndicatorCsv(board.lead, { name, bytes: bytes(csv) }, 'upload', NOW);
const waitingList = (figures: readonly { period: string; breakdown: string; group: string; numerator: number | null }[]) =>
  figures.map((figure) => `${figure.period} ${figure.breakdown} ${figure.group} ${figure.numerator}`).sort();

beforeEach(async () => {
  await resetDatabase();
  a = await indicatorTrust();
  b = await indicatorTrust();
  // Trust A: the least deprived fifth's share falls from 25% to 15% while the most deprived stays
  // at 42%, so the gap widens well beyond its interval. 2025/26 is uploaded twice; the first is superseded.
  await load(a, 'a-2023.csv', waitingListCsv('2023/24'));
  await load(a, 'a-2025-first.csv', waitingListCsv('2025/26', 50));
  await load(a, 'a-2025-again.csv', waitingListCsv('2025/26', 100));
  // Trust B: one year only, with its own figures.
  await load(b, 'b-2024.csv', waitingListCsv('2024/25', 10));
});

describe('the board view of the indicators', () => {
  it('reads current figures only: a superseded upload never reaches the page or the widened list', async () => {
    const indicator = await indicatorByCode(a.ned, 'elective-wait-18w');
    const fifth = indicator!.figures.filter((figure) => figure.period === '2025/26' && figure.group === '5');
    expect(fifth).toEqual([{ period: '2025/26', breakdown: 'deprivation_quintile', group: '5', numerator: 150, denominator: 1000, value: 15 }]);
    expect(indicator!.figures).toHaveLength(12);
    const gaps = await widenedGaps(a.ned);
    expect(gaps.compared).toBe(1);
    expect(gaps.widened).toEqual([
      {
        code: 'elective-wait-18w',
        name: indicator!.name,
        period: '2025/26',
        widened: true,
        sentence: 'The gap between the most and least deprived groups widened from 17 to 27 points since 2023/24, more than chance would explain.',
      },
    ]);
  });

  it('lists switched-on indicators with their figures, and the board summary carries the widened gaps', async () => {
    const indicators = await currentIndicators(a.viewer);
    expect(indicators.every((indicator) => indicator.enabled)).toBe(true);
    expect(indicators.filter((indicator) => indicator.figures.length > 0).map((indicator) => indicator.code)).toEqual(['elective-wait-18w']);
    const summary = await getBoardSummary(a.ned, NOW);
    expect(summary.widenedGaps.widened.map((gap) => gap.code)).toEqual(['elective-wait-18w']);
    expect(await indicatorByCode(a.viewer, 'no-such-indicator')).toBeNull();
  });

  it('never shows another trust’s figures, with row-level security on or off', async () => {
    const answers = await expectSameWithoutRowLevelSecurity(
      {
        indicator: () => indicatorByCode(b.viewer, 'elective-wait-18w').then((indicator) => waitingList(indicator!.figures)),
        list: () => currentIndicators(b.viewer).then((indicators) => indicators.flatMap((indicator) => waitingList(indicator.figures))),
        gaps: () => widenedGaps(b.viewer),
      },
      /2023\/24|2025\/26/,
    );
    expect(answers.indicator).toEqual(waitingList((await indicatorByCode(b.viewer, 'elective-wait-18w'))!.figures));
    expect((answers.indicator as string[]).every((line) => line.startsWith('2024/25'))).toBe(true);
    expect(answers.gaps).toEqual({ compared: 0, widened: [] });
  });
});
