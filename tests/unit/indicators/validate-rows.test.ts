import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTemplateCsv } from '../../../lib/indicators/csv-file';
import { canonicalGroup } from '../../../lib/indicators/groups';
import { isFuturePeriod, parsePeriod } from '../../../lib/indicators/periods';
import { validateRows, type CatalogueEntry } from '../../../lib/indicators/validate-rows';

const CATALOGUE = new Map<string, CatalogueEntry>([
  ['wait', { id: 'i-wait', unit: 'percentage', method: 'crude', enabled: true }],
  ['rate', { id: 'i-rate', unit: 'rate_per_100000', method: 'age_standardised', enabled: true }],
  ['episodes', { id: 'i-episodes', unit: 'count', method: 'crude', enabled: true }],
  ['off', { id: 'i-off', unit: 'count', method: 'crude', enabled: false }],
]);
const TODAY = new Date('2026-12-04T12:00:00Z');
const HEADER = 'indicator,period,breakdown,group,numerator,denominator,value';
const check = (...lines: string[]) => {
  const read = readTemplateCsv('figures.csv', new TextEncoder().encode([HEADER, ...lines].join('\n')));
  if (!read.ok) return read;
  return validateRows(read.rows, CATALOGUE, TODAY);
};

describe('periods', () => {
  it('reads financial years, quarters and months', () => {
    expect(parsePeriod('2025/26')).toMatchObject({ kind: 'year', start: new Date('2025-04-01T00:00:00Z'), end: new Date('2026-03-31T00:00:00Z') });
    expect(parsePeriod('2025/26 Q4')).toMatchObject({ kind: 'quarter', start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-03-31T00:00:00Z') });
    expect(parsePeriod('2025-02')).toMatchObject({ kind: 'month', end: new Date('2025-02-28T00:00:00Z') });
    expect(parsePeriod('2025/27')).toBeNull();
    expect(parsePeriod('2025-13')).toBeNull();
    expect(isFuturePeriod(parsePeriod('2027/28')!, TODAY)).toBe(true);
    expect(isFuturePeriod(parsePeriod('2026/27')!, TODAY)).toBe(false);
  });
});

describe('groups', () => {
  it('accepts the template’s spellings and stores one form', () => {
    expect(canonicalGroup('deprivation_quintile', 'Q1')).toBe('1');
    expect(canonicalGroup('deprivation_quintile', '6')).toBeNull();
    expect(canonicalGroup('ethnicity', 'a')).toBe('A');
    expect(canonicalGroup('ethnicity', 'Not stated')).toBe('Z');
    expect(canonicalGroup('ethnicity', 'I')).toBeNull();
    expect(canonicalGroup('age', '65 and over')).toBe('65+');
    expect(canonicalGroup('age', '18 – 64')).toBe('18-64');
    expect(canonicalGroup('age', '64-18')).toBeNull();
    expect(canonicalGroup('sex', 'Female')).toBe('female');
  });
});

describe('checking an upload row by row', () => {
  it('works the value out from the counts when it is left blank', () => {
    expect(check('wait,2024/25,sex,female,25,200,')).toMatchObject({ ok: true, figures: [{ value: 12.5, group: 'female' }] });
  });

  it('accepts a value rounded to the decimals given, and refuses one that does not match', () => {
    expect(check('wait,2024/25,all,all,1,3,33.3').ok).toBe(true);
    expect(check('wait,2024/25,all,all,1,3,33').ok).toBe(true);
    expect(check('wait,2024/25,all,all,1,3,33.4')).toMatchObject({ ok: false, problems: [{ row: 2, column: 'value' }] });
  });

  it('does not hold an age-standardised rate to the crude ratio, but needs its counts', () => {
    expect(check('rate,2024/25,all,all,120,100000,131.7').ok).toBe(true);
    expect(check('rate,2024/25,all,all,,,131.7')).toMatchObject({ ok: false, problems: [{ column: 'numerator' }] });
  });

  it('names a switched-off indicator and a count that is not whole', () => {
    const result = check('off,2024/25,all,all,3,,', 'episodes,2024/25,all,all,,,2.5');
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { row: 2, column: 'indicator' },
        { row: 3, column: 'value' },
      ],
    });
  });

  it('saves nothing unless every row is good: any one bad row makes the whole check fail (property)', () => {
    const goodRow = fc
      .record({ group: fc.constantFrom('1', '2', '3', '4', '5'), numerator: fc.integer({ min: 0, max: 500 }), year: fc.integer({ min: 2019, max: 2025 }) })
      .map(({ group, numerator, year }) => `wait,${year}/${String((year + 1) % 100).padStart(2, '0')},deprivation quintile,${group},${numerator},500,`);
    const badRow = fc.constantFrom(
      'wait,2024/25,deprivation quintile,7,1,2,',
      'nope,2024/25,all,all,1,2,50',
      'wait,2030/31,all,all,1,2,50',
      'wait,2024/25,all,all,3,2,',
      'wait,2024/25,all,all,1,2,70',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(goodRow, { minLength: 1, maxLength: 20, selector: (row) => row.split(',').slice(0, 4).join() }),
        fc.option(fc.tuple(badRow, fc.nat()), { nil: undefined }),
        (rows, bad) => {
          const lines = [...rows];
          if (bad) lines.splice(bad[1] % (lines.length + 1), 0, bad[0]);
          const result = check(...lines);
          expect(result.ok).toBe(bad === undefined);
          if (result.ok) expect('figures' in result && result.figures).toHaveLength(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
