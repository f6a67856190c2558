import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnnualReportPdf } from '../../../lib/reports/annual-report-pdf';
import { DRAFT_MARK, documentTitle, reportHeading } from '../../../lib/reports/report-text';
import type { AnnualReportSnapshot } from '../../../lib/reports/snapshot';
import { BOARD_PAPER_COVER, buildReportSnapshot, CORE_HEADINGS } from '../../support/report-snapshot-fixture';
import { findRoles, poppler, readPdf, squash, withPdfFile, type ReadPdf } from './support/read-pdf';

// The board paper's cover page, read back with pdf.js and poppler: the status and contents, and
// the cover details NHS board-paper templates carry, as real tagged text (a table with row headers).

type Rendered = { snapshot: AnnualReportSnapshot; buffer: Buffer; pdf: ReadPdf };

async function render(snapshot: AnnualReportSnapshot): Promise<Rendered> {
  const buffer = await renderAnnualReportPdf(snapshot);
  return { snapshot, buffer, pdf: await readPdf(buffer) };
}

let approved: Rendered;
let boardPaper: Rendered;
let draftPaper: Rendered;
let withoutCover: Rendered;

// Rendered once up front, where a loaded machine has the time it needs.
beforeAll(async () => {
  approved = await render(buildReportSnapshot({ status: 'approved' }));
  boardPaper = await render(buildReportSnapshot({ variant: 'board-paper', status: 'approved' }));
  draftPaper = await render(buildReportSnapshot({ variant: 'board-paper', status: 'draft' }));
  withoutCover = await render(buildReportSnapshot({ variant: 'board-paper', cover: null }));
}, 90_000);

describe('renderAnnualReportPdf: board paper', () => {
  it('adds a cover page with the approval status and the contents', () => {
    const cover = squash(boardPaper.pdf.pageTexts[0] ?? '');
    expect(cover).toContain('Board paper');
    expect(cover).toContain('Status: Approved');
    expect(cover).toContain(reportHeading(boardPaper.snapshot));
    for (const heading of CORE_HEADINGS) expect(cover).toContain(heading);
    expect(findRoles(boardPaper.pdf.structTrees, 'H1')).toHaveLength(1);
    expect(boardPaper.pdf.title).toBe(documentTitle(boardPaper.snapshot));
    expect(boardPaper.pdf.pageCount).toBeGreaterThan(approved.pdf.pageCount - 1);
  });

  it('says draft on the cover of a draft board paper', () => {
    expect(squash(draftPaper.pdf.pageTexts[0] ?? '')).toContain('Status: Draft, not yet approved');
    for (const text of draftPaper.pdf.pageTexts) expect(text).toContain(DRAFT_MARK);
  });

  it('says DRAFT on no page of an approved board paper', () => {
    for (const text of boardPaper.pdf.pageTexts) expect(text).not.toContain(DRAFT_MARK);
  });

  it('prints the meeting, date, agenda item, sponsor, author, purpose and recommendation on the cover', () => {
    const cover = withPdfFile(boardPaper.buffer, (file) => squash(poppler('pdftotext', ['-f', '1', '-l', '1', '-raw', file, '-'])));
    for (const text of [
      'Meeting Trust board meeting in public',
      'Date of meeting 11 June 2026',
      'Agenda item 7.2',
      'Executive sponsor Dr Amara Okafor, Chief Nurse',
      'Author Sam Patel, Head of Corporate Governance',
      'Purpose For approval',
      BOARD_PAPER_COVER.recommendation,
    ]) {
      expect(cover).toContain(text);
    }
  });

  it('tags the cover details as a table with a row header for each, and the recommendation under its own heading', () => {
    const tables = findRoles(boardPaper.pdf.structTrees, 'Table');
    const coverTable = tables.find((table) => squash(table.text).includes('Agenda item'));
    expect(coverTable?.children.slice(1).map((row) => row.children.map((cell) => cell.role))).toEqual(Array(6).fill(['TH', 'TD']));
    expect(coverTable?.children.slice(1).map((row) => squash(row.children[0]?.text ?? ''))).toEqual([
      'Meeting',
      'Date of meeting',
      'Agenda item',
      'Executive sponsor',
      'Author',
      'Purpose',
    ]);
    const tree = withPdfFile(boardPaper.buffer, (file) => poppler('pdfinfo', ['-struct-text', file]));
    expect(tree).toMatch(/TH:\s*\n\s*\/Scope \/Row\s*\n\s*"Executive sponsor"/);
    const h2s = findRoles(boardPaper.pdf.structTrees, 'H2').map((node) => squash(node.text));
    expect(h2s.slice(0, 2)).toEqual(['Recommendation', 'What this paper covers']);
  });

  it('keeps the general sentence when a board paper has no cover details (exported before they were asked for)', () => {
    const cover = squash(withoutCover.pdf.pageTexts[0] ?? '');
    expect(cover).toContain('This paper asks the board to agree');
    expect(cover).not.toContain('Agenda item');
  });
});
