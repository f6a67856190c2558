import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, isFormulaLike, objectivesCsvFileName, OBJECTIVE_CSV_HEADER, objectiveCsvRow, toCsv } from '../../../lib/objectives/csv-export';
import { parseCsv } from './csv-parse';
import { summaryOf } from './objective-builders';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

/** Text of every kind: printable, full Unicode, and the characters CSV and spreadsheets care about. */
const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.constantFrom(...DANGEROUS, '"', ',', '\n', '\r\n', "'", ' '), fc.string()).map(([start, rest]) => `${start}${rest}`),
  fc.constantFrom('=HYPERLINK("http://evil","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', 'a,b', 'say "hi"', 'line\r\nbreak', ''),
);
const rows = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
const escaped = (text: string) => (isFormulaLike(text) ? `'${text}` : text);

describe('CSV writing', () => {
  it('round-trips any text through a strict RFC 4180 reader, formula-like cells gaining only a leading apostrophe', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), rows, (header, body) => {
        const csv = toCsv(header, body);
        expect(csv.startsWith(CSV_BOM)).toBe(true);
        expect(parseCsv(csv.slice(CSV_BOM.length))).toEqual([header, ...body].map((row) => row.map(escaped)));
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves a text cell that a spreadsheet would read as a formula', () => {
    fc.assert(
      fc.property(rows, (body) => {
        for (const row of parseCsv(toCsv(['h'], body).slice(CSV_BOM.length))) {
          for (const cell of row) expect(DANGEROUS.includes(cell.charAt(0))).toBe(false);
        }
      }),
    );
  });

  it('leaves safe text alone and quotes only when it must', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !isFormulaLike(text) && !/[",\r\n]/.test(text)),
        (text) => {
          expect(csvCell(text)).toBe(text);
        },
      ),
    );
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('@x, y')).toBe(`"'@x, y"`);
  });

  it('writes numbers as numbers, so a negative baseline stays a number; no value is an empty cell', () => {
    expect([csvCell(-12.5), csvCell(0), csvCell(1e21), csvCell(Number.NaN), csvCell(Number.POSITIVE_INFINITY), csvCell(null), csvCell(undefined)]).toEqual([
      '-12.5',
      '0',
      '1e+21',
      '',
      '',
      '',
      '',
    ]);
  });

  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe(`${CSV_BOM}a,b\r\n1,2\r\n`);
  });
});

describe('objectives as CSV', () => {
  it('has one cell per header column, with dates as YYYY-MM-DD and the owner’s details', () => {
    const row = objectiveCsvRow(
      summaryOf({
        title: '+44 helpline',
        baseline: -3,
        owner: { id: 'o', name: 'Dana Director', jobTitle: 'Director of Strategy', isExecutive: true, hasLeft: false },
      }),
    );
    expect(row).toHaveLength(OBJECTIVE_CSV_HEADER.length);
    const byColumn = Object.fromEntries(OBJECTIVE_CSV_HEADER.map((column, index) => [column, row[index]]));
    expect(byColumn).toMatchObject({
      'Financial year': '2026/27',
      Title: '+44 helpline',
      Baseline: -3,
      'Start date': '2026-04-01',
      'Due date': '2027-03-31',
      Owner: 'Dana Director',
      'Owner has left': 'No',
      Breakdowns: 'Deprivation; Ethnicity',
      Status: 'Not started',
      Agreed: 'No',
      'Linked indicator': '',
      'Baseline from the data': '',
    });
    expect(csvCell(byColumn.Title)).toBe("'+44 helpline");
  });

  it('names the linked indicator by its code and says whether the baseline is the data’s', () => {
    const link = { indicatorId: 'i', code: 'elective-wait-18w', name: 'Waiting list', figure: 'group_value', breakdown: 'all', group: 'all' } as const;
    const row = objectiveCsvRow(summaryOf({ indicatorLink: link, baselineFromData: true }));
    const byColumn = Object.fromEntries(OBJECTIVE_CSV_HEADER.map((column, index) => [column, row[index]]));
    expect(byColumn).toMatchObject({ 'Linked indicator': 'elective-wait-18w', 'Baseline from the data': 'Yes' });
  });

  it('names files by trust and financial year without a slash', () => {
    expect(objectivesCsvFileName('riverside-nhs-trust', 2025)).toBe('riverside-nhs-trust-objectives-2025-26.csv');
    expect(objectivesCsvFileName('Odd/Slug!')).toBe('odd-slug-objectives-all-years.csv');
  });
});
