import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnnualReportDocx } from '../../../lib/reports/annual-report-docx';
import { renderAnnualReportPdf } from '../../../lib/reports/annual-report-pdf';
import { SECTION_HEADINGS } from '../../../lib/reports/report-text';
import { findSection } from '../../../lib/reports/snapshot';
import { buildReportSnapshot } from '../../support/report-snapshot-fixture';
import { findRoles, poppler, readPdf, squash, withPdfFile, type ReadPdf, type StructNode } from './support/read-pdf';

// "The statement's indicators" read back from the PDF (pdf.js's structure tree and poppler's
// text) and from the Word file's XML: headed, tagged tables with header cells, suppressed cells
// as "fewer than 8", a Figure per chart with its text alternative.

const snapshot = buildReportSnapshot({ sections: ['indicators'] });
const content = findSection(snapshot, 'indicators')!;
let pdf: ReadPdf;
let buffer: Buffer;

beforeAll(async () => {
  buffer = await renderAnnualReportPdf(snapshot);
  pdf = await readPdf(buffer);
}, 60_000);

const cellTexts = (row: StructNode) => row.children.map((cell) => squash(cell.text));

describe('the indicators section in the PDF', () => {
  it('is a section headed by its H2, with an H3 per indicator that has figures', () => {
    expect(findRoles(pdf.structTrees, 'H2').map((node) => squash(node.text))).toEqual([SECTION_HEADINGS.indicators]);
    expect(findRoles(pdf.structTrees, 'H3').map((node) => squash(node.text))).toEqual([
      'Waiting list: share waiting over 18 weeks, 2025/26',
      'Emergency admissions: age-standardised rate, 2025/26',
    ]);
  });

  it('names section 13SA, the edition, the small-numbers rule and the indicator without figures', () => {
    const text = squash(pdf.pageTexts.join(' '));
    expect(text).toContain('Section 13SA of the National Health Service Act 2006');
    expect(text).toContain(`We report them against ${content.edition}.`);
    expect(text).toContain('Counts from 1 to 7 are shown as “fewer than 8”');
    expect(text).toContain('No figures for 2025/26 were held for: Cancers diagnosed at stage 1 or 2.');
    expect(text).toContain('The gap between the most and least deprived groups widened from 16 to 20.7 points since 2024/25.');
  });

  it('puts each indicator’s figures in a table with column and row header cells, hidden groups as “fewer than 8”', () => {
    const tables = findRoles(pdf.structTrees, 'Table');
    // Waiting list: figures and gap measures; emergency admissions: figures only.
    expect(tables).toHaveLength(3);
    const [figures, gap, emergency] = tables;
    const header = figures!.children[0]!;
    expect(header.children.map((cell) => cell.role)).toEqual(['TH', 'TH', 'TH', 'TH', 'TH']);
    expect(cellTexts(header)).toEqual(['Group', 'Breakdown', 'Percentage', 'Numerator', 'Denominator']);
    const rows = figures!.children.slice(1);
    expect(rows).toHaveLength(14);
    for (const row of rows) expect(row.children.map((cell) => cell.role)).toEqual(['TH', 'TD', 'TD', 'TD', 'TD']);
    expect(cellTexts(rows[1]!)).toEqual(['1 (most deprived fifth)', 'Deprivation (fifths)', '52.0', '260', '500']);
    expect(cellTexts(rows.find((row) => squash(row.children[0]!.text) === 'Other ethnic group')!)).toEqual([
      'Other ethnic group',
      'Ethnic group',
      'fewer than 8',
      'Not shown',
      'Not shown',
    ]);
    expect(cellTexts(gap!.children[0]!)).toEqual(['Gap measure', 'Estimate', '95% confidence interval']);
    expect(cellTexts(gap!.children[1]!).slice(0, 2)).toEqual(['Absolute gap (least deprived minus most deprived)', '-20.7 percentage points']);
    expect(emergency!.children.slice(1).map((row) => squash(row.children[2]!.text))).toEqual([
      '9,000.0',
      '15,000.0',
      '12,500.0',
      '10,000.0',
      'not shown (protects a small group)',
      'fewer than 8',
    ]);
  });

  it('draws each chart as a Figure whose alternative text is the snapshot’s', () => {
    const figures = findRoles(pdf.structTrees, 'Figure');
    expect(figures.map((figure) => figure.alt)).toEqual(content.indicators.map((indicator) => indicator.chart!.altText));
  });

  it('reads “fewer than 8” in the text poppler extracts', () => {
    const text = squash(withPdfFile(buffer, (file) => poppler('pdftotext', [file, '-'])));
    expect(text).toContain('fewer than 8');
    expect(text).toContain('The statement’s indicators');
  });
});

describe('the indicators section in Word', () => {
  it('gives each indicator native tables with a repeating header row and the same cells as the PDF', async () => {
    const entries = unzipSync(new Uint8Array(await renderAnnualReportDocx(snapshot)));
    const body = strFromU8(entries['word/document.xml']!);
    const tables = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((match) => match[1]!);
    expect(tables).toHaveLength(3);
    for (const table of tables) expect([...table.matchAll(/<w:tblHeader\/>/g)]).toHaveLength(1);
    const rows = [...tables[0]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((cell) => cell[1]),
    );
    expect(rows[0]).toEqual(['Group', 'Breakdown', 'Percentage', 'Numerator', 'Denominator']);
    expect(rows).toContainEqual(['Other ethnic group', 'Ethnic group', 'fewer than 8', 'Not shown', 'Not shown']);
    expect(body).toContain('Section 13SA of the National Health Service Act 2006');
    expect(body).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]*?Waiting list: share waiting over 18 weeks, 2025\/26/);
  });

  it('puts each chart in as a PNG picture whose alternative text is the snapshot’s', async () => {
    const entries = unzipSync(new Uint8Array(await renderAnnualReportDocx(snapshot)));
    const media = Object.keys(entries).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const name of media) expect(Buffer.from(entries[name]!.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const body = strFromU8(entries['word/document.xml']!);
    const descriptions = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) =>
      match[1]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&apos;', "'"),
    );
    expect(descriptions).toEqual(content.indicators.map((indicator) => indicator.chart!.altText));
    expect(body).toMatch(/<wp:docPr [^>]*title="Waiting list: share waiting over 18 weeks, 2025\/26"/);
  });
});
