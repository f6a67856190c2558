import { describe, expect, it } from 'vitest';
import {
  indicatorDetail,
  latestPeriod,
  overviewRow,
  parseIndicatorFilters,
  periodsOf,
  widenedGapOf,
  type ViewIndicator,
} from '../../../lib/indicators/indicator-view';
import { NATIONAL_INDICATORS } from '../../../lib/indicators/national-set';
import { demoIndicatorFigures } from '../../../prisma/demo/indicators';
import { WAITING_LIST } from '../../support/report-indicators-fixture';

const demo = (code: string): ViewIndicator => {
  const national = NATIONAL_INDICATORS.find((indicator) => indicator.code === code)!;
  return { ...national, figures: demoIndicatorFigures('northfield').filter((figure) => figure.code === code) };
};
const WIDENING = demo('elective-wait-18w');
const NARROWING = demo('elective-wait-52w');

describe('the indicators page rows', () => {
  it('show the latest period, the trust-wide value, the gap with its interval and the widened flag with its sentence', () => {
    const row = overviewRow(WIDENING, {})!;
    expect(row.period).toBe('2025/26');
    expect(row.value).toBe('35.8%');
    expect(row.gap).toMatch(/^-7\.\d percentage points \(95% confidence interval -\d+\.\d to -\d+\.\d\)$/);
    expect(row.widened).toBe(true);
    expect(row.sentence).toMatch(
      /^The gap between the most and least deprived groups widened from 4\.\d to 7\.\d points since 2023\/24, more than chance would explain\.$/,
    );
    expect(row.recording).toBeNull();
  });

  it('do not flag a gap that narrowed', () => {
    const row = overviewRow(NARROWING, {})!;
    expect(row.widened).toBe(false);
    expect(row.sentence).toContain('narrowed');
  });

  it('read an earlier period when one is chosen, comparing only the periods up to it', () => {
    const row = overviewRow(WIDENING, { period: '2023/24' })!;
    expect(row.period).toBe('2023/24');
    expect(row.widened).toBe(false);
    expect(row.sentence).toBeNull();
  });

  it('give the chosen breakdown’s recording gap, and leave out an indicator without that breakdown', () => {
    expect(overviewRow(WIDENING, { breakdown: 'ethnicity' })!.recording).toBe('11.7%');
    expect(overviewRow(WIDENING, { breakdown: 'deprivation_decile' })).toBeNull();
  });

  it('say an indicator has no figures for a period it lacks', () => {
    expect(overviewRow(WIDENING, { period: '2021/22' })).toMatchObject({ period: null, value: null, gap: null, widened: false });
  });
});

describe('one indicator’s page', () => {
  it('defaults to the latest period and the deprivation groups, with the chart, table, gap measures and trend', () => {
    const view = indicatorDetail(WIDENING, {});
    expect(view.period).toBe('2025/26');
    expect(view.periods).toEqual(['2025/26', '2024/25', '2023/24']);
    expect(view.breakdown).toBe('deprivation_quintile');
    expect(view.rows.map((row) => row.group)).toEqual(['1 (most deprived fifth)', '2', '3', '4', '5 (least deprived fifth)', 'Not known']);
    expect(view.chart?.average?.valueText).toBe('35.8');
    expect(view.chart?.altText).toContain('Trust average: 35.8%.');
    expect(view.gap?.measures.map((measure) => measure.name)).toEqual([
      'Absolute gap (least deprived minus most deprived)',
      'Ratio (most deprived divided by least deprived)',
      'Slope index of inequality',
      'Relative index of inequality',
    ]);
    expect(view.trend.map((point) => point.period)).toEqual(['2023/24', '2024/25', '2025/26']);
    expect(view.trend.every((point) => point.lower! < point.estimate! && point.estimate! < point.upper!)).toBe(true);
    expect(view.widened).toBe(true);
    expect(view.recording).toContainEqual({ breakdown: 'Ethnic group', share: '11.7%' });
    expect(view.notices).toEqual([]);
  });

  it('shows a hidden group as "fewer than 8" with none of its counts', () => {
    const view = indicatorDetail({ ...WAITING_LIST, method: 'crude' }, { breakdown: 'ethnicity', period: '2025/26' });
    const other = view.rows.find((row) => row.group === 'Other ethnic group')!;
    expect(other).toMatchObject({ value: 'fewer than 8', numerator: 'Not shown', denominator: 'Not shown' });
    expect(view.chart?.bars.find((bar) => bar.label === 'Other ethnic group')).toEqual({ label: 'Other ethnic group', value: null, valueText: 'fewer than 8' });
  });

  it('falls back to what it holds, saying so, when the period or breakdown asked for has no figures', () => {
    const view = indicatorDetail(WIDENING, { period: '2021/22', breakdown: 'deprivation_decile' });
    expect(view.period).toBe('2025/26');
    expect(view.breakdown).toBe('deprivation_quintile');
    expect(view.notices).toEqual([
      'There are no figures for 2021/22, so the latest period, 2025/26, is shown.',
      'There are no figures by deprivation (tenths) for 2025/26, so deprivation (fifths) is shown.',
    ]);
  });

  it('has nothing to chart for an indicator with no figures', () => {
    const view = indicatorDetail({ ...WIDENING, figures: [] }, {});
    expect(view).toMatchObject({ period: null, breakdown: null, chart: null, gap: null, rows: [], trend: [], widened: false });
  });
});

describe('the widened gaps and periods', () => {
  it('name the widened indicator with its sentence, and none for an indicator with one period', () => {
    expect(widenedGapOf(WIDENING, '2025/26')).toMatchObject({ code: 'elective-wait-18w', widened: true, period: '2025/26' });
    expect(widenedGapOf(NARROWING, '2025/26')?.widened).toBe(false);
    expect(widenedGapOf(WIDENING, '2023/24')).toBeNull();
  });

  it('order periods newest first, a year before the quarter that ends it', () => {
    const figures = ['2025/26 Q4', '2025/26', '2024/25', '2025-04'].map((period) => ({
      period,
      breakdown: 'all' as const,
      group: 'all',
      numerator: 1,
      denominator: 10,
      value: 10,
    }));
    // April 2025 ends before the year and its last quarter do.
    expect(periodsOf(figures)).toEqual(['2025/26', '2025/26 Q4', '2025-04', '2024/25']);
    expect(latestPeriod([])).toBeNull();
  });
});

describe('the pages’ filters', () => {
  it('keep good choices and answer bad ones with a message, dropping only the bad field', () => {
    expect(parseIndicatorFilters({ breakdown: 'ethnicity', period: '2024/25' })).toEqual({
      filters: { breakdown: 'ethnicity', period: '2024/25' },
      values: { breakdown: 'ethnicity', period: '2024/25' },
      errors: {},
    });
    const bad = parseIndicatorFilters({ breakdown: 'postcode', period: '2024/25' });
    expect(bad.filters).toEqual({ period: '2024/25' });
    expect(bad.errors).toEqual({ breakdown: 'Choose a breakdown from the list' });
    const twice = parseIndicatorFilters({ period: ['2024/25', '2025/26'], breakdown: '' });
    expect(twice.filters).toEqual({});
    expect(twice.errors.period).toBe('Choose one period from the list');
    expect(parseIndicatorFilters({ period: '2025/27' }).errors.period).toMatch(/^Choose a period from the list: a financial year such as 2025\/26/);
  });
});
