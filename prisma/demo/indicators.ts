import type { IndicatorBreakdown, TrustType } from '../../lib/db/generated/enums';
import type { Tx } from '../../lib/db/with-tenant';
import { installNationalSet } from '../../lib/indicators/catalogue';
import { parsePeriod } from '../../lib/indicators/periods';
import type { DemoTrustKey } from './accounts';

/**
 * Three financial years of fictional indicator figures for each demo trust, built from a few
 * parameters so every row is consistent: groups add up to the all row, each value is its
 * numerator ÷ denominator, and a handful of small groups show the suppression rule. Each trust has
 * one gap that widens year on year beyond its confidence interval, and a recording gap: a share of
 * records with no ethnicity (not stated or not known) or no deprivation (no valid postcode).
 * Used by the seed, and written out as the demo CSV (docs/INDICATORS.md).
 */
export const DEMO_PERIODS = ['2023/24', '2024/25', '2025/26'] as const;

export type DemoFigure = { code: string; period: string; breakdown: IndicatorBreakdown; group: string; numerator: number; denominator: number; value: number };

export type Mix = readonly (readonly [group: string, share: number, factor: number])[];
export type FigureSpec = {
  code: string;
  /** A count indicator: the value is the numerator (episodes); the denominator is the patients they happened to. */
  count?: true;
  scale: 100 | 100_000;
  /** People (the denominator) in each of the three years. */
  people: readonly number[];
  /** The trust's value in each year. */
  level: readonly number[];
  /** Most deprived fifth's value minus the least deprived fifth's, each year (the widening gap). */
  deprivationGap: readonly number[];
  /** Share of records with no deprivation and with no ethnicity, each year (the recording gap). */
  noPostcode: readonly number[];
  noEthnicity: readonly number[];
  ethnicity: Mix;
  age: Mix;
};

export const BROAD_ETHNICITY: Mix = [
  ['white', 0.78, 1],
  ['asian', 0.09, 1.08],
  ['black', 0.04, 1.18],
  ['mixed', 0.03, 1.05],
  ['other', 0.0015, 1.1],
];
export const ADULT_AGES: Mix = [
  ['0-17', 0.12, 0.7],
  ['18-64', 0.58, 0.95],
  ['65+', 0.3, 1.25],
];

const SPECS: Record<DemoTrustKey, readonly FigureSpec[]> = {
  northfield: [
    {
      code: 'elective-wait-18w',
      scale: 100,
      people: [41_200, 43_800, 45_100],
      level: [38.4, 36.9, 35.8],
      deprivationGap: [4.1, 5.2, 7.4],
      noPostcode: [0.021, 0.019, 0.018],
      noEthnicity: [0.094, 0.108, 0.117],
      ethnicity: BROAD_ETHNICITY,
      age: ADULT_AGES,
    },
    {
      code: 'elective-wait-52w',
      scale: 100,
      people: [41_200, 43_800, 45_100],
      level: [4.6, 3.9, 3.1],
      deprivationGap: [1.4, 1.3, 1.2],
      noPostcode: [0.021, 0.019, 0.018],
      noEthnicity: [0.094, 0.108, 0.117],
      ethnicity: BROAD_ETHNICITY,
      age: ADULT_AGES,
    },
    {
      code: 'cancer-early-stage',
      scale: 100,
      people: [2_140, 2_210, 2_260],
      level: [53.2, 54.1, 55.0],
      deprivationGap: [-6.8, -6.5, -6.1],
      noPostcode: [0.012, 0.011, 0.01],
      noEthnicity: [0.061, 0.058, 0.052],
      ethnicity: BROAD_ETHNICITY,
      age: [
        ['18-64', 0.38, 1.1],
        ['65+', 0.62, 0.94],
      ],
    },
    {
      code: 'emergency-admissions',
      scale: 100_000,
      people: [612_000, 615_500, 619_000],
      level: [9_480, 9_610, 9_720],
      deprivationGap: [5_100, 5_150, 5_180],
      noPostcode: [0.008, 0.008, 0.007],
      noEthnicity: [0.083, 0.079, 0.071],
      ethnicity: BROAD_ETHNICITY,
      age: ADULT_AGES,
    },
  ],
  southmoor: [
    {
      code: 'mha-detentions',
      scale: 100_000,
      people: [486_000, 488_500, 491_000],
      level: [88.1, 90.4, 93.6],
      deprivationGap: [61, 78, 104],
      noPostcode: [0.034, 0.031, 0.029],
      noEthnicity: [0.142, 0.129, 0.118],
      ethnicity: [
        ['white', 0.9, 0.92],
        ['asian', 0.03, 1.1],
        ['black', 0.012, 3.4],
        ['mixed', 0.018, 1.7],
        ['other', 0.004, 1.2],
      ],
      age: [
        ['18-64', 0.7, 1.2],
        ['65+', 0.3, 0.55],
      ],
    },
    {
      code: 'restrictive-interventions',
      count: true,
      scale: 100,
      people: [1_240, 1_205, 1_190],
      level: [61.2, 58.7, 55.3],
      deprivationGap: [9.5, 9.1, 8.8],
      noPostcode: [0.05, 0.045, 0.04],
      noEthnicity: [0.16, 0.15, 0.13],
      ethnicity: [
        ['white', 0.88, 0.95],
        ['asian', 0.03, 1.05],
        ['black', 0.02, 2.1],
        ['mixed', 0.02, 1.4],
        ['other', 0.005, 1.1],
      ],
      age: [
        ['18-64', 0.82, 1.05],
        ['65+', 0.18, 0.77],
      ],
    },
  ],
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const figureValue = (spec: FigureSpec, numerator: number, denominator: number) => (spec.count ? numerator : round1((numerator / denominator) * spec.scale));

/** Splits people across groups and gives each its numerator from its value. */
function groupsOf(spec: FigureSpec, year: number, period: string, breakdown: IndicatorBreakdown, groups: Mix, people: number): DemoFigure[] {
  const sizes = groups.map(([, share]) => Math.max(1, Math.round(people * share)));
  // The first (largest) group takes the rounding remainder, so the groups add up to everyone.
  sizes[0] = people - sizes.slice(1).reduce((sum, size) => sum + size, 0);
  return groups.map(([group, , factor], index) => {
    const denominator = sizes[index]!;
    const numerator = Math.round((spec.level[year]! * factor * denominator) / spec.scale);
    return { code: spec.code, period, breakdown, group, numerator, denominator, value: figureValue(spec, numerator, denominator) };
  });
}

/** One period's figures (year = index into the spec's yearly parameters): the all row and four breakdowns. */
export function figuresFor(spec: FigureSpec, year: number, period: string): DemoFigure[] {
  const people = spec.people[year]!;
  const known = 1 - spec.noPostcode[year]!;
  // Five equal fifths on a straight line from most to least deprived, centred on the trust's level.
  const fifthFactor = (rank: number) => 1 + (spec.deprivationGap[year]! / spec.level[year]!) * ((3 - rank) / 4);
  const deprivation = groupsOf(
    spec,
    year,
    period,
    'deprivation_quintile',
    [...[1, 2, 3, 4, 5].map((rank) => [String(rank), known / 5, fifthFactor(rank)] as const), ['not known', spec.noPostcode[year]!, 1]],
    people,
  );
  const unknownEthnicity = spec.noEthnicity[year]!;
  const ethnicity = groupsOf(
    spec,
    year,
    period,
    'ethnicity',
    [
      ...spec.ethnicity.map(
        ([group, share, factor]) => [group, (share * (1 - unknownEthnicity)) / spec.ethnicity.reduce((sum, [, s]) => sum + s, 0), factor] as const,
      ),
      ['Z', unknownEthnicity * 0.7, 0.9],
      ['99', unknownEthnicity * 0.3, 0.9],
    ],
    people,
  );
  const age = groupsOf(spec, year, period, 'age', [...spec.age, ['not known', 0.0004, 1]], people);
  const sex = groupsOf(
    spec,
    year,
    period,
    'sex',
    [
      ['female', 0.52, 0.98],
      ['male', 0.4795, 1.02],
      ['not known', 0.0005, 1],
    ],
    people,
  );
  // The all row is the sum of the deprivation groups, so every breakdown's numerators tell one story.
  const numerator = deprivation.reduce((sum, figure) => sum + figure.numerator, 0);
  const all: DemoFigure = {
    code: spec.code,
    period,
    breakdown: 'all',
    group: 'all',
    numerator,
    denominator: people,
    value: figureValue(spec, numerator, people),
  };
  return [all, ...deprivation, ...ethnicity, ...age, ...sex];
}

export function demoIndicatorFigures(trust: DemoTrustKey): DemoFigure[] {
  return SPECS[trust].flatMap((spec) => DEMO_PERIODS.flatMap((period, year) => figuresFor(spec, year, period)));
}

/** The first day of a demo period, for IndicatorValue.periodStart. */
const demoPeriodStart = (period: string): Date => parsePeriod(period)!.start;

/** The figures as the CSV template, header first (what the lead uploads in the demo). */
export function demoIndicatorCsv(trust: DemoTrustKey): string {
  const label: Record<IndicatorBreakdown, string> = {
    all: 'all',
    deprivation_quintile: 'deprivation quintile',
    deprivation_decile: 'deprivation decile',
    ethnicity: 'ethnicity',
    age: 'age',
    sex: 'sex',
  };
  const rows = demoIndicatorFigures(trust).map((figure) =>
    [figure.code, figure.period, label[figure.breakdown], figure.group, figure.numerator, figure.denominator, figure.value].join(','),
  );
  return `${['indicator,period,breakdown,group,numerator,denominator,value', ...rows].join('\n')}\n`;
}

/**
 * The demo trust's catalogue (the national set) and its figures, one batch a year as if uploaded
 * each spring, written on the seed's system path.
 */
export async function seedDemoIndicators(tx: Tx, trustId: string, trust: DemoTrustKey, type: TrustType, uploaderId: string | undefined): Promise<void> {
  await installNationalSet(tx, trustId, type);
  const ids = new Map((await tx.indicator.findMany({ where: { trustId }, select: { id: true, code: true } })).map((row) => [row.code, row.id]));
  const figures = demoIndicatorFigures(trust);
  for (const [index, period] of DEMO_PERIODS.entries()) {
    const batch = figures.filter((figure) => figure.period === period);
    const upload = await tx.indicatorUpload.create({
      data: {
        trustId,
        source: 'seed',
        fileName: `${trust}-indicators-${period.replace('/', '-')}.csv`,
        rowCount: batch.length,
        createdById: uploaderId,
        createdAt: new Date(Date.UTC(2024 + index, 5, 10)),
      },
      select: { id: true },
    });
    await tx.indicatorValue.createMany({
      data: batch.map(({ code, ...figure }) => ({
        ...figure,
        trustId,
        indicatorId: ids.get(code)!,
        uploadId: upload.id,
        periodStart: demoPeriodStart(period),
      })),
    });
  }
}
