import { describe, expect, it } from 'vitest';
import { analyseIndicator } from '../../../lib/indicators/analysis';
import { indicatorsContent, reportIndicator, reportPeriod, valueText } from '../../../lib/reports/indicators-builder';
import { indicatorFiguresTable, indicatorGapTable, indicatorsBasis } from '../../../lib/reports/indicator-tables';
import { indicatorCsvRows } from '../../../lib/reports/indicators-csv';
import { CANCER_STAGING, EMERGENCY_ADMISSIONS, REPORT_EDITION, WAITING_LIST } from '../../support/report-indicators-fixture';

// The builders of "The statement's indicators": which period a year reports, suppression carried
// into every cell, the gap measures and the chart, and no hidden count anywhere in the snapshot.

const content = indicatorsContent([WAITING_LIST, EMERGENCY_ADMISSIONS, CANCER_STAGING], 2025, REPORT_EDITION);
const [waiting, emergency] = content.indicators;

describe('reportPeriod', () => {
  it('takes the financial year itself when there are figures for it', () => {
    expect(reportPeriod(2025, ['2025/26 Q4', '2025/26', '2025-06'])).toBe('2025/26');
  });
  it('else the period of the year that ends last, the quarter before the month that ends it', () => {
    expect(reportPeriod(2025, ['2025/26 Q1', '2025/26 Q3', '2025-09', '2024/25'])).toBe('2025/26 Q3');
    expect(reportPeriod(2025, ['2026-03', '2025/26 Q4'])).toBe('2025/26 Q4');
    expect(reportPeriod(2025, ['2025-04', '2025-05'])).toBe('2025-05');
  });
  it('is null when nothing falls in the year', () => {
    expect(reportPeriod(2025, ['2024/25', '2026/27 Q1', '2026-04'])).toBeNull();
  });
});

describe('indicatorsContent', () => {
  it('keeps the indicators with figures for the year, in order, and names those without', () => {
    expect(content.indicators.map((indicator) => indicator.code)).toEqual(['elective-wait-18w', 'emergency-admissions']);
    expect(content.withoutFigures).toEqual(['Cancers diagnosed at stage 1 or 2']);
    expect(content.edition).toBe(REPORT_EDITION);
  });

  it('names section 13SA of the NHS Act 2006 and the edition, or says the edition is not recorded', () => {
    expect(indicatorsBasis(content)).toContain('Section 13SA of the National Health Service Act 2006');
    expect(indicatorsBasis(content)).toContain(`We report them against ${REPORT_EDITION}.`);
    expect(indicatorsBasis({ ...content, edition: null })).toContain('The edition of the statement has not been recorded');
  });

  it('writes the all row first, then each breakdown in order, with the value and both counts', () => {
    const table = indicatorFiguresTable(waiting!);
    expect(table.columns.map((column) => column.header)).toEqual(['Group', 'Breakdown', 'Percentage', 'Numerator', 'Denominator']);
    expect(table.rows.slice(0, 3)).toEqual([
      ['All patients', 'All patients', '40.0', '1,000', '2,500'],
      ['1 (most deprived fifth)', 'Deprivation (fifths)', '52.0', '260', '500'],
      ['2', 'Deprivation (fifths)', '44.0', '220', '500'],
    ]);
    expect(table.rows.map((row) => row[1])).toEqual(['All patients', ...Array(6).fill('Deprivation (fifths)'), ...Array(5).fill('Ethnic group'), 'Sex', 'Sex']);
    expect(table.rows.at(6)).toEqual(['Not known', 'Deprivation (fifths)', '50.0', '10', '20']);
  });

  it('shows a group of 5 as “fewer than 8”, hides the group that would give it away, and keeps none of their figures', () => {
    const rows = indicatorFiguresTable(waiting!).rows;
    expect(rows).toContainEqual(['Other ethnic group', 'Ethnic group', 'fewer than 8', 'Not shown', 'Not shown']);
    expect(rows).toContainEqual(['Not stated', 'Ethnic group', 'not shown (protects a small group)', 'Not shown', 'Not shown']);
    const hidden = waiting!.rows.filter((row) => row.suppressed);
    expect(hidden.map((row) => row.numbers)).toEqual([null, null]);
    // Neither the hidden counts (5 of 12, 15 of 78) nor their values appear anywhere in the content.
    const json = JSON.stringify(content);
    for (const secret of ['41.7', '19.2', '"numerator":5,', '"numerator":15,', '"denominator":12,', '"denominator":78,']) expect(json).not.toContain(secret);
    // The ethnicity recording gap would lead back to the hidden "not stated" group, so it is left out.
    expect(waiting!.recording).toBe('Share of people with no group recorded: deprivation (fifths) 0.8%; sex 0.0%.');
  });

  it('gives the deprivation gap measures with their intervals, as the indicator library works them out', () => {
    const analysis = analyseIndicator('percentage', WAITING_LIST.figures).periods.at(-1)!.gap!;
    const gap = indicatorGapTable(waiting!)!;
    expect(gap.columns.map((column) => column.header)).toEqual(['Gap measure', 'Estimate', '95% confidence interval']);
    expect(gap.rows[0]).toEqual([
      'Absolute gap (least deprived minus most deprived)',
      '-20.7 percentage points',
      `${analysis.absoluteGapCi!.lower.toFixed(1)} to ${analysis.absoluteGapCi!.upper.toFixed(1)}`,
    ]);
    expect(gap.rows[1]?.[1]).toBe((52 / 31.3).toFixed(2));
    expect(gap.rows.map((row) => row[0])).toEqual([
      'Absolute gap (least deprived minus most deprived)',
      'Ratio (most deprived divided by least deprived)',
      'Slope index of inequality',
      'Relative index of inequality',
    ]);
    expect(waiting!.gap!.measures[2]!.numbers.estimate).toBeCloseTo(analysis.sii, 10);
    expect(waiting!.trend).toBe('The gap between the most and least deprived groups widened from 16 to 20.7 points since 2024/25.');
  });

  it('gives no gap when a deprivation group is hidden, and says why', () => {
    expect(emergency!.gap).toBeNull();
    expect(indicatorGapTable(emergency!)).toBeNull();
    expect(emergency!.gapNote).toContain('a deprivation group is hidden');
    expect(emergency!.rows.map((row) => [row.group, row.value])).toEqual([
      ['All patients', '9,000.0'],
      ['1 (most deprived fifth)', '15,000.0'],
      ['2', '12,500.0'],
      ['3', '10,000.0'],
      ['4', 'not shown (protects a small group)'],
      ['5 (least deprived fifth)', 'fewer than 8'],
    ]);
  });

  it('charts the deprivation groups with the trust average, and the text alternative states every bar', () => {
    const chart = waiting!.chart!;
    expect(chart.bars.map((bar) => bar.value)).toEqual([52, 44, 38, 34, 31.3, 50]);
    expect(chart.average).toEqual({ value: 40, valueText: '40.0' });
    expect(chart.altText).toBe(
      'Bar chart of waiting list: share waiting over 18 weeks by deprivation (fifths), 2025/26. 1 (most deprived fifth): 52.0%. 2: 44.0%. 3: 38.0%. 4: 34.0%. 5 (least deprived fifth): 31.3%. Not known: 50.0%. Trust average: 40.0%.',
    );
    expect(emergency!.chart!.bars.map((bar) => bar.value)).toEqual([15_000, 12_500, 10_000, null, null]);
    expect(emergency!.chart!.altText).toContain('5 (least deprived fifth): fewer than 8.');
    expect(emergency!.chart!.altText).toContain('Trust average: 9,000.0 per 100,000.');
  });

  it('withholds a whole period that cannot be protected, with no rows and no chart', () => {
    // A breakdown with one group of 3 out of the trust's 10: it can be worked out however it is hidden.
    const tiny = {
      ...EMERGENCY_ADMISSIONS,
      figures: [
        { period: '2025/26', breakdown: 'all' as const, group: 'all', numerator: 10, denominator: 100, value: 10_000 },
        { period: '2025/26', breakdown: 'sex' as const, group: 'female', numerator: 3, denominator: 50, value: 6_000 },
      ],
    };
    const entry = reportIndicator(tiny, 2025)!;
    expect(entry.withheld).toBe(true);
    expect(entry.rows).toEqual([]);
    expect(entry.chart).toBeNull();
    expect(entry.gapNote).toBe('No gap measures: every figure for this period is withheld.');
  });

  it('formats values by unit', () => {
    expect(valueText('percentage', 35.84)).toBe('35.8');
    expect(valueText('rate_per_100000', 9720.26)).toBe('9,720.3');
    expect(valueText('count', 61)).toBe('61');
  });

  it('gives CSV rows with unformatted numbers, a hidden group with its label and no numbers', () => {
    const rows = indicatorCsvRows(content);
    expect(rows).toHaveLength(14 + 4 + 6);
    expect(rows[1]).toEqual({
      record: 'Indicator figure',
      values: ['elective-wait-18w', '2025/26', 'Deprivation (fifths)', '1 (most deprived fifth)', 52, 260, 500, null, null, ''],
    });
    expect(rows.find((row) => row.values[3] === 'Other ethnic group')?.values).toEqual([
      'elective-wait-18w',
      '2025/26',
      'Ethnic group',
      'Other ethnic group',
      null,
      null,
      null,
      null,
      null,
      'fewer than 8',
    ]);
    const gap = rows.find((row) => row.record === 'Indicator gap');
    expect(gap?.values.slice(3, 5)).toEqual(['Absolute gap (least deprived minus most deprived)', -20.7]);
  });
});
