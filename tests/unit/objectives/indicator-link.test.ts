import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/indicators/analysis';
import {
  ALL_PATIENTS,
  baselineAndLatest,
  decideBaseline,
  describeFigure,
  figureChoices,
  figureKey,
  linkedSeries,
  parseFigureKey,
  BASELINE_REASON_NEEDED,
  type IndicatorLink,
} from '../../../lib/objectives/indicator-link';

const row = (period: string, breakdown: Figure['breakdown'], group: string, numerator: number, denominator: number): Figure => ({
  period,
  breakdown,
  group,
  numerator,
  denominator,
  value: Math.round((numerator / denominator) * 1000) / 10,
});

/** A percentage indicator: the all row and five deprivation fifths that add up to it. */
function year(period: string, fifths: readonly [number, number][]): Figure[] {
  const numerator = fifths.reduce((sum, [n]) => sum + n, 0);
  const denominator = fifths.reduce((sum, [, d]) => sum + d, 0);
  return [row(period, 'all', 'all', numerator, denominator), ...fifths.map(([n, d], index) => row(period, 'deprivation_quintile', String(index + 1), n, d))];
}

const figures: Figure[] = [
  ...year('2024/25', [
    [400, 1000],
    [350, 1000],
    [300, 1000],
    [250, 1000],
    [200, 1000],
  ]),
  ...year('2025/26', [
    [380, 1000],
    [340, 1000],
    [300, 1000],
    [260, 1000],
    [220, 1000],
  ]),
];
const gap: IndicatorLink = { figure: 'deprivation_gap', breakdown: 'deprivation_quintile', group: null };
const mostDeprived: IndicatorLink = { figure: 'group_value', breakdown: 'deprivation_quintile', group: '1' };

describe('linkedSeries', () => {
  it('gives the trust-wide figure, a group and the gap (least minus most deprived) per period', () => {
    expect(linkedSeries('percentage', figures, ALL_PATIENTS)).toEqual([
      { period: '2024/25', value: 30, suppressed: false },
      { period: '2025/26', value: 30, suppressed: false },
    ]);
    expect(linkedSeries('percentage', figures, mostDeprived).map((figure) => figure.value)).toEqual([40, 38]);
    expect(linkedSeries('percentage', figures, gap).map((figure) => figure.value)).toEqual([-20, -16]);
  });

  it('never gives a hidden group’s figure, nor a gap that would lead back to it', () => {
    const small = year('2025/26', [
      [5, 1000],
      [340, 1000],
      [300, 1000],
      [260, 1000],
      [220, 1000],
    ]);
    const series = linkedSeries('percentage', small, mostDeprived);
    expect(series).toEqual([{ period: '2025/26', value: null, suppressed: true }]);
    expect(linkedSeries('percentage', small, gap)).toEqual([{ period: '2025/26', value: null, suppressed: true }]);
    // Another group is hidden too, so the small one cannot be worked out from the total.
    const protectedGroup = linkedSeries('percentage', small, { figure: 'group_value', breakdown: 'deprivation_quintile', group: '5' });
    expect(
      protectedGroup[0]!.suppressed ||
        linkedSeries('percentage', small, { figure: 'group_value', breakdown: 'deprivation_quintile', group: '4' })[0]!.suppressed,
    ).toBe(true);
    expect(describeFigure(series[0]!)).toBe('hidden to protect a small group (2025/26)');
  });

  it('skips periods without the figure', () => {
    const onlyAll = [row('2023/24', 'all', 'all', 300, 1000), ...figures];
    expect(linkedSeries('percentage', onlyAll, mostDeprived).map((figure) => figure.period)).toEqual(['2024/25', '2025/26']);
  });
});

describe('baselineAndLatest', () => {
  const series = [
    { period: '2024/25', value: 40, suppressed: false },
    { period: '2025/26', value: 38, suppressed: false },
    { period: '2025/26 Q4', value: 37, suppressed: false },
    { period: '2026-05', value: 36, suppressed: false },
  ];

  it('takes the latest period ending before the year starts, the year over its last quarter', () => {
    expect(baselineAndLatest(series, 2026).baseline).toEqual({ period: '2025/26', value: 38, suppressed: false });
    expect(baselineAndLatest(series, 2025).baseline?.period).toBe('2024/25');
  });

  it('falls back to the earliest figure when the data starts after the year does', () => {
    expect(baselineAndLatest(series, 2023).baseline?.period).toBe('2024/25');
    expect(baselineAndLatest(series.slice(2), 2024).baseline?.period).toBe('2025/26 Q4');
  });

  it('gives the latest-ending period as the latest figure, and nothing for no figures', () => {
    expect(baselineAndLatest(series, 2026).latest).toEqual({ period: '2026-05', value: 36, suppressed: false });
    expect(baselineAndLatest([], 2026)).toEqual({ baseline: null, latest: null });
    expect(describeFigure(null)).toBe('no figures yet');
  });
});

describe('decideBaseline', () => {
  const data = { period: '2025/26', value: 38.4, suppressed: false };
  it('uses the data’s figure when the baseline is blank or the same', () => {
    expect(decideBaseline(null, data, '')).toEqual({ ok: true, baseline: 38.4, fromData: true, reason: '' });
    expect(decideBaseline(38.4, data, 'ignored')).toEqual({ ok: true, baseline: 38.4, fromData: true, reason: '' });
  });
  it('asks for a reason when the baseline differs, and keeps it when given', () => {
    expect(decideBaseline(35, data, '')).toEqual({ ok: false, message: BASELINE_REASON_NEEDED });
    expect(decideBaseline(35, data, 'Local audit')).toEqual({ ok: true, baseline: 35, fromData: false, reason: 'Local audit' });
  });
  it('lets the typed baseline stand when the data has no figure to compare', () => {
    expect(decideBaseline(35, null, '')).toEqual({ ok: true, baseline: 35, fromData: false, reason: '' });
    expect(decideBaseline(35, { period: '2025/26', value: null, suppressed: true }, '')).toMatchObject({ ok: true, fromData: false });
  });
});

describe('figure keys and choices', () => {
  it('round-trips keys and refuses unknown ones', () => {
    for (const link of [ALL_PATIENTS, gap, mostDeprived, { figure: 'group_value', breakdown: 'age', group: '65+' } as const]) {
      expect(parseFigureKey(figureKey(link))).toEqual(link);
    }
    expect(parseFigureKey('gap:ethnicity')).toBeNull();
    expect(parseFigureKey('group:all:all')).toBeNull();
    expect(parseFigureKey('nonsense')).toBeNull();
  });

  it('offers the trust-wide figure always, and the gap and groups the data holds', () => {
    expect(figureChoices('percentage', []).map((choice) => choice.key)).toEqual(['all']);
    const keys = figureChoices('percentage', figures).map((choice) => choice.key);
    expect(keys).toEqual(['all', 'gap:deprivation_quintile', ...[1, 2, 3, 4, 5].map((rank) => `group:deprivation_quintile:${rank}`)]);
  });
});
