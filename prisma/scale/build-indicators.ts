import type { Prisma } from '../../lib/db/generated/client';
import type { TrustType } from '../../lib/db/generated/enums';
import { formatFinancialYear } from '../../lib/calendar/financial-year';
import { appliesTo, NATIONAL_INDICATORS, NATIONAL_SET_VERSION } from '../../lib/indicators/national-set';
import { parsePeriod } from '../../lib/indicators/periods';
import { ADULT_AGES, BROAD_ETHNICITY, figuresFor, type FigureSpec } from '../demo/indicators';
import type { SeededRandom } from './random';

/**
 * A scale trust's indicators: the national catalogue (switched on by trust type), one upload a
 * year for its last three years and, for up to four of its indicators, the all row and the four
 * breakdowns, built like the demo figures from parameters drawn from the trust's generator.
 */
export type ScaleIndicatorRows = Readonly<{
  indicators: (Prisma.IndicatorCreateManyInput & { id: string })[];
  indicatorUploads: (Prisma.IndicatorUploadCreateManyInput & { id: string })[];
  indicatorValues: Prisma.IndicatorValueCreateManyInput[];
}>;

const SCALE_INDICATOR_YEARS = 3;
const MAX_WITH_FIGURES = 4;

function specFor(random: SeededRandom, code: string, unit: string): FigureSpec {
  const rate = unit === 'rate_per_100000';
  const level = rate ? random.int(80, 9_000) : random.int(5, 60);
  const people = rate ? random.int(200_000, 900_000) : random.int(1_500, 60_000);
  const gap = (level * random.int(5, 25)) / 100;
  const widen = random.int(-10, 20) / 100;
  const noEthnicity = random.int(3, 16) / 100;
  return {
    code,
    scale: rate ? 100_000 : 100,
    ...(unit === 'count' ? { count: true as const } : {}),
    people: [0, 1, 2].map((year) => Math.round(people * (1 + year * 0.02))),
    level: [0, 1, 2].map((year) => level * (1 - year * 0.02)),
    deprivationGap: [0, 1, 2].map((year) => gap * (1 + widen * year)),
    noPostcode: [0.02, 0.018, 0.016],
    noEthnicity: [0, 1, 2].map((year) => Math.max(0.01, noEthnicity - year * 0.01)),
    ethnicity: BROAD_ETHNICITY,
    age: ADULT_AGES,
  };
}

export function buildIndicators(
  random: SeededRandom,
  input: Readonly<{ trustId: string; trustType: TrustType; uploaderId: string; latestYear: number }>,
): ScaleIndicatorRows {
  const { trustId } = input;
  const indicators = NATIONAL_INDICATORS.map((indicator) => ({
    id: random.uuid(),
    trustId,
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition,
    unit: indicator.unit,
    method: indicator.method,
    higherIsBetter: indicator.higherIsBetter,
    trustTypes: [...indicator.trustTypes],
    source: indicator.source,
    origin: 'national' as const,
    nationalSetVersion: NATIONAL_SET_VERSION,
    enabled: appliesTo(indicator, input.trustType),
  }));
  const measured = indicators.filter((indicator) => indicator.enabled).slice(0, MAX_WITH_FIGURES);
  const specs = measured.map((indicator) => ({ id: indicator.id, spec: specFor(random, indicator.code, indicator.unit) }));
  const indicatorUploads: ScaleIndicatorRows['indicatorUploads'] = [];
  const indicatorValues: Prisma.IndicatorValueCreateManyInput[] = [];
  for (let year = 0; year < SCALE_INDICATOR_YEARS; year += 1) {
    const financialYear = input.latestYear - SCALE_INDICATOR_YEARS + 1 + year;
    const period = formatFinancialYear(financialYear);
    const uploadId = random.uuid();
    const rows = specs.flatMap(({ id, spec }) =>
      figuresFor(spec, year, period).map(({ code: _code, ...figure }) => ({
        ...figure,
        id: random.uuid(),
        trustId,
        indicatorId: id,
        uploadId,
        periodStart: parsePeriod(period)!.start,
      })),
    );
    indicatorUploads.push({
      id: uploadId,
      trustId,
      source: 'seed',
      fileName: `indicators-${period.replace('/', '-')}.csv`,
      rowCount: rows.length,
      createdById: input.uploaderId,
      createdAt: new Date(Date.UTC(financialYear + 1, 5, random.int(1, 28))),
    });
    indicatorValues.push(...rows);
  }
  return { indicators, indicatorUploads, indicatorValues };
}
