import { describe, expect, it } from 'vitest';
import { analyseIndicator } from '../../../lib/indicators/analysis';
import { readTemplateCsv } from '../../../lib/indicators/csv-file';
import { NATIONAL_INDICATORS } from '../../../lib/indicators/national-set';
import { validateRows, type CatalogueEntry } from '../../../lib/indicators/validate-rows';
import { DEMO_PERIODS, demoIndicatorCsv, demoIndicatorFigures } from '../../../prisma/demo/indicators';

const CATALOGUE = new Map<string, CatalogueEntry>(
  NATIONAL_INDICATORS.map((indicator) => [indicator.code, { id: indicator.code, unit: indicator.unit, method: indicator.method, enabled: true }]),
);
const unitOf = (code: string) => NATIONAL_INDICATORS.find((indicator) => indicator.code === code)!.unit;

describe.each(['northfield', 'southmoor'] as const)('the %s demo figures', (trust) => {
  const figures = demoIndicatorFigures(trust);

  it('pass every check of an upload (the demo CSV is a good file)', () => {
    const read = readTemplateCsv(`${trust}.csv`, new TextEncoder().encode(demoIndicatorCsv(trust)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const checked = validateRows(read.rows, CATALOGUE, new Date('2026-12-04T12:00:00Z'));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(read.rows).toHaveLength(figures.length);
  });

  it('cover three years, with every breakdown adding up to the all row', () => {
    expect([...new Set(figures.map((figure) => figure.period))]).toEqual([...DEMO_PERIODS]);
    for (const all of figures.filter((figure) => figure.breakdown === 'all')) {
      for (const breakdown of ['deprivation_quintile', 'ethnicity', 'age', 'sex'] as const) {
        const groups = figures.filter((figure) => figure.code === all.code && figure.period === all.period && figure.breakdown === breakdown);
        expect(groups.reduce((sum, figure) => sum + figure.denominator, 0)).toBe(all.denominator);
      }
    }
  });

  it('show one gap widening beyond its interval, and a recording gap', () => {
    const codes = [...new Set(figures.map((figure) => figure.code))];
    const analyses = codes.map((code) => ({
      code,
      analysis: analyseIndicator(
        unitOf(code),
        figures.filter((figure) => figure.code === code),
      ),
    }));
    expect(analyses.filter(({ analysis }) => analysis.widened).map(({ code }) => code)).toEqual([
      trust === 'northfield' ? 'elective-wait-18w' : 'mha-detentions',
    ]);
    const widened = analyses.find(({ analysis }) => analysis.widened)!.analysis;
    expect(widened.sentence).toMatch(
      /^The gap between the most and least deprived groups widened from [\d.,]+ to [\d.,]+ .*since 2023\/24, more than chance would explain\.$/,
    );
    const ethnicityGap = widened.periods.at(-1)!.recording.find((gap) => gap.breakdown === 'ethnicity')!;
    expect(ethnicityGap.share).toBeGreaterThan(0.05);
  }, 30_000);
});

describe('the demo figures and suppression', () => {
  it('include small groups that the page shows as “fewer than 8”', () => {
    const figures = demoIndicatorFigures('northfield').filter((figure) => figure.code === 'cancer-early-stage');
    const analysis = analyseIndicator('percentage', figures);
    const shown = analysis.periods.flatMap((period) => [...period.breakdowns.values()].flat());
    expect(shown.some((figure) => figure.suppression === 'fewer-than-8')).toBe(true);
  });
});
