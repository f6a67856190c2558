import type { Figure } from '../../lib/indicators/analysis';
import { indicatorsContent, type IndicatorForReport } from '../../lib/reports/indicators-builder';
import type { IndicatorsContent } from '../../lib/indicators/report-content';

// Made-up figures for the report's indicators section, built through the real builder so the
// renderers are tested with what an export would hold. Every breakdown adds up to its all row.
// The waiting list has a widening deprivation gap and an ethnic group of 5 ("fewer than 8", with
// "not stated" hidden to protect it); emergency admissions have a small least-deprived fifth, so
// no gap is given; cancer staging has no figures for the year.

type Row = readonly [breakdown: Figure['breakdown'], group: string, numerator: number, denominator: number];

const figures = (period: string, scale: number, rows: readonly Row[]): Figure[] =>
  rows.map(([breakdown, group, numerator, denominator]) => ({
    period,
    breakdown,
    group,
    numerator,
    denominator,
    value: Math.round((numerator / denominator) * scale * 10) / 10,
  }));

export const WAITING_LIST: IndicatorForReport = {
  code: 'elective-wait-18w',
  name: 'Waiting list: share waiting over 18 weeks',
  definition: 'People on the elective waiting list who had waited more than 18 weeks, as a share of everyone on the list.',
  source: 'Waiting List Minimum Data Set',
  unit: 'percentage',
  higherIsBetter: false,
  figures: [
    ...figures('2024/25', 100, [
      ['all', 'all', 980, 2500],
      ['deprivation_quintile', '1', 240, 500],
      ['deprivation_quintile', '2', 210, 500],
      ['deprivation_quintile', '3', 190, 500],
      ['deprivation_quintile', '4', 180, 500],
      ['deprivation_quintile', '5', 160, 500],
    ]),
    ...figures('2025/26', 100, [
      ['all', 'all', 1000, 2500],
      ['deprivation_quintile', '1', 260, 500],
      ['deprivation_quintile', '2', 220, 500],
      ['deprivation_quintile', '3', 190, 500],
      ['deprivation_quintile', '4', 170, 500],
      ['deprivation_quintile', '5', 150, 480],
      ['deprivation_quintile', 'not known', 10, 20],
      ['ethnicity', 'white', 800, 2000],
      ['ethnicity', 'asian', 120, 280],
      ['ethnicity', 'black', 60, 130],
      ['ethnicity', 'other', 5, 12],
      ['ethnicity', 'Z', 15, 78],
      ['sex', 'female', 530, 1300],
      ['sex', 'male', 470, 1200],
    ]),
  ],
};

export const EMERGENCY_ADMISSIONS: IndicatorForReport = {
  code: 'emergency-admissions',
  name: 'Emergency admissions: age-standardised rate',
  definition: 'Emergency admissions per 100,000 people in the period.',
  source: 'Secondary Uses Service',
  unit: 'rate_per_100000',
  higherIsBetter: false,
  figures: figures('2025/26', 100_000, [
    ['all', 'all', 900, 10_000],
    ['deprivation_quintile', '1', 300, 2000],
    ['deprivation_quintile', '2', 250, 2000],
    ['deprivation_quintile', '3', 200, 2000],
    ['deprivation_quintile', '4', 146, 2000],
    ['deprivation_quintile', '5', 4, 2000],
  ]),
};

export const CANCER_STAGING: IndicatorForReport = {
  code: 'cancer-early-stage',
  name: 'Cancers diagnosed at stage 1 or 2',
  definition: 'New cancer diagnoses at stage 1 or 2 as a share of those with a recorded stage.',
  source: 'Rapid Cancer Registration Data',
  unit: 'percentage',
  higherIsBetter: true,
  figures: figures('2024/25', 100, [['all', 'all', 1100, 2000]]),
};

export const REPORT_EDITION = 'the first edition, published on 27 November 2023 and covering 1 April 2023 to 31 March 2025';

export function indicatorsFixture(): IndicatorsContent {
  return indicatorsContent([WAITING_LIST, EMERGENCY_ADMISSIONS, CANCER_STAGING], 2025, REPORT_EDITION);
}
