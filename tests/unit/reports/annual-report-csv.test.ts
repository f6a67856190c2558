import { describe, expect, it } from 'vitest';
import { REPORT_CSV_HEADER, renderAnnualReportCsv } from '../../../lib/reports/annual-report-csv';
import { findSection, type AnnualReportSnapshot } from '../../../lib/reports/snapshot';
import { buildReportSnapshot } from '../../support/report-snapshot-fixture';

// A strict RFC 4180 reader, so the tests check the file a spreadsheet would read, not our own
// string building.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

function withObjectiveTitle(title: string, progressSummary = 'Fine'): AnnualReportSnapshot {
  const snapshot = buildReportSnapshot({ sections: ['objectives'] });
  return {
    ...snapshot,
    sections: [
      { id: 'objectives', content: { objectives: [{ title, guideRefs: ['1.1'], ownerRole: 'Chief Nurse', statusLabel: 'On track', progressSummary }] } },
    ],
  };
}

describe('renderAnnualReportCsv', () => {
  const snapshot = buildReportSnapshot();
  const csv = renderAnnualReportCsv(snapshot);
  const rows = parseCsv(csv.slice(1));

  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    expect(csv.charAt(0)).toBe('\uFEFF');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has a header and one row per domain and per objective, with the snapshot’s numbers', () => {
    expect(rows[0]).toEqual([...REPORT_CSV_HEADER]);
    const column = (name: (typeof REPORT_CSV_HEADER)[number]): number => REPORT_CSV_HEADER.indexOf(name);
    const domains = findSection(snapshot, 'assessment')?.domains ?? [];
    const objectives = findSection(snapshot, 'objectives')?.objectives ?? [];
    const domainRows = rows.filter((row) => row[column('Record')] === 'Domain result');
    const objectiveRows = rows.filter((row) => row[column('Record')] === 'Objective');
    // The indicators section adds 24 rows (report-indicators-fixture.ts): the waiting list's 14 figures
    // and 4 gap measures, and emergency admissions' 6 figures (no gap: a fifth is hidden).
    expect(rows).toHaveLength(1 + domains.length + objectives.length + 24);
    domains.forEach((domain, index) => {
      const row = domainRows[index] ?? [];
      expect(row[column('Trust')]).toBe(snapshot.trust.name);
      expect(row[column('Financial year')]).toBe('2025/26');
      expect(row[column('Domain number')]).toBe(String(domain.number));
      expect(row[column('Domain or objective')]).toBe(domain.label);
      expect(Number(row[column('Score')])).toBe(domain.score);
      expect(Number(row[column('Maximum score')])).toBe(domain.maxScore);
      expect(Number(row[column('Percentage')])).toBe(domain.percent);
      expect(row[column('Maturity')]).toBe(domain.maturityLabel);
      expect(row[column('Last year percentage')]).toBe(domain.previous ? String(domain.previous.percent) : '');
      expect(row[column('Change')]).toBe(domain.changeText);
    });
    objectives.forEach((objective, index) => {
      const row = objectiveRows[index] ?? [];
      expect(row[column('Domain or objective')]).toBe(objective.title);
      expect(row[column('Guide references')]).toBe(objective.guideRefs.join('; '));
      expect(row[column('Owner')]).toBe(objective.ownerRole ?? '');
      expect(row[column('Objective status')]).toBe(objective.statusLabel);
      expect(row[column('Progress summary')]).toBe(objective.progressSummary);
    });
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    const text = renderAnnualReportCsv(withObjectiveTitle('Say "hello", then\r\nwave'));
    expect(text).toContain('"Say ""hello"", then\r\nwave"');
    expect(parseCsv(text.slice(1))[1]?.[REPORT_CSV_HEADER.indexOf('Domain or objective')]).toBe('Say "hello", then\r\nwave');
  });

  it.each(['=HYPERLINK("http://example.invalid")', '+1', '-1+2', '@SUM(A1)', '\tTab first', '\rReturn first'])(
    'puts an apostrophe before %j so spreadsheets do not run it as a formula',
    (title) => {
      const parsed = parseCsv(renderAnnualReportCsv(withObjectiveTitle(title)).slice(1));
      expect(parsed[1]?.[REPORT_CSV_HEADER.indexOf('Domain or objective')]).toBe(`'${title}`);
    },
  );

  it('leaves ordinary text and negative numbers alone', () => {
    const parsed = parseCsv(renderAnnualReportCsv(withObjectiveTitle('Reduce waits – 2025/26', 'Fell by 5%')).slice(1));
    expect(parsed[1]?.[REPORT_CSV_HEADER.indexOf('Domain or objective')]).toBe('Reduce waits – 2025/26');
    expect(parsed[1]?.[REPORT_CSV_HEADER.indexOf('Progress summary')]).toBe('Fell by 5%');
  });

  it('has only the header when neither figures section was chosen', () => {
    const text = renderAnnualReportCsv(buildReportSnapshot({ sections: ['leadership', 'data-quality'] }));
    expect(parseCsv(text.slice(1))).toEqual([[...REPORT_CSV_HEADER]]);
  });

  it('says whether the figures are approved', () => {
    const draftRows = parseCsv(renderAnnualReportCsv(buildReportSnapshot({ status: 'draft' })).slice(1));
    expect(draftRows[1]?.[REPORT_CSV_HEADER.indexOf('Status')]).toBe('Draft');
    expect(rows[1]?.[REPORT_CSV_HEADER.indexOf('Status')]).toBe('Approved');
  });
});
