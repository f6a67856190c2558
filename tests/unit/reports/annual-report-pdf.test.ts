import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnnualReportPdf } from '../../../lib/reports/annual-report-pdf';
import { DRAFT_MARK, SECTION_HEADINGS, STATEMENT_EXPECTATIONS, documentTitle, reportHeading } from '../../../lib/reports/report-text';
import { findSection, type AnnualReportSnapshot, type ReportObjective } from '../../../lib/reports/snapshot';
import { buildReportSnapshot, CORE_HEADINGS } from '../../support/report-snapshot-fixture';
import { findRoles, poppler, readPdf, squash, withPdfFile, type ReadPdf } from './support/read-pdf';

// Reads the PDF back with pdf.js and with poppler-utils and checks what a reader, a screen
// reader and an auditor would: tags, language, title, headings, numbers, DRAFT marks, fonts.

type Rendered = { snapshot: AnnualReportSnapshot; buffer: Buffer; pdf: ReadPdf };

async function render(snapshot: AnnualReportSnapshot): Promise<Rendered> {
  const buffer = await renderAnnualReportPdf(snapshot);
  return { snapshot, buffer, pdf: await readPdf(buffer) };
}

/** Each page's text from pdftotext: '-layout' keeps table columns side by side, '-raw' keeps drawing order. */
function popplerPageTexts(buffer: Buffer, pageCount: number, mode: '-layout' | '-raw' = '-layout'): string[] {
  return withPdfFile(buffer, (file) =>
    Array.from({ length: pageCount }, (_, index) => poppler('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), mode, file, '-'])),
  );
}

function manyObjectives(count: number): ReportObjective[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `Objective ${index + 1}: reduce missed appointments for people in the most deprived areas`,
    guideRefs: ['8.2'],
    ownerRole: 'Chief Operating Officer',
    statusLabel: 'On track',
    progressSummary: 'Evening clinics started in two areas. Missed appointments there fell from 12% to 8% over six months.',
  }));
}

let approved: Rendered;
let draft: Rendered;

beforeAll(async () => {
  approved = await render(buildReportSnapshot({ status: 'approved' }));
  draft = await render(buildReportSnapshot({ status: 'draft' }));
}, 60_000);

describe('renderAnnualReportPdf: accessibility metadata', () => {
  it('is a tagged PDF 1.7 on A4 with language and title (pdf.js)', () => {
    expect(approved.buffer.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(approved.pdf.marked).toBe(true);
    expect(approved.pdf.language).toBe('en-GB');
    expect(approved.pdf.title).toBe(documentTitle(approved.snapshot));
    expect(approved.pdf.structTrees.every((tree) => tree.children.length > 0)).toBe(true);
  });

  it('is tagged, titled and A4 according to poppler', () => {
    const info = withPdfFile(approved.buffer, (file) => poppler('pdfinfo', [file]));
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(info).toContain(`Title:           ${documentTitle(approved.snapshot)}`);
    expect(info).toMatch(/^Author:\s+Northfield Teaching Hospitals NHS Foundation Trust$/m);
    expect(info).toMatch(/^CreationDate:\s+Tue Apr 14 09:30:00 2026 UTC$/m);
  });

  it('asks viewers to show the title rather than the file name, and has StructTreeRoot and MarkInfo', () => {
    const raw = approved.buffer.toString('latin1');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/Type /StructTreeRoot');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toContain('/Lang (en-GB)');
  });

  it('embeds its own TrueType font and never uses Helvetica', () => {
    const fonts = withPdfFile(approved.buffer, (file) => poppler('pdffonts', [file]));
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((line) => line.trim().length > 0);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/Arimo/);
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    }
    expect(fonts).not.toMatch(/Helvetica/i);
  });

  it('draws the chart as vector paths, with no pictures at all', () => {
    const images = withPdfFile(approved.buffer, (file) => poppler('pdfimages', ['-list', file]));
    expect(
      images
        .split('\n')
        .slice(2)
        .filter((line) => line.trim().length > 0),
    ).toEqual([]);
  });
});

describe('renderAnnualReportPdf: structure and content', () => {
  it('has one H1 and an H2 for each chosen section, in order, inside Sect elements', () => {
    const trees = approved.pdf.structTrees;
    expect(findRoles(trees, 'H1').map((node) => squash(node.text))).toEqual([reportHeading(approved.snapshot)]);
    const h2s = findRoles(trees, 'H2').map((node) => squash(node.text));
    expect(h2s).toEqual(CORE_HEADINGS);
    const sects = findRoles(trees, 'Sect');
    expect(sects.length).toBeGreaterThanOrEqual(5);
    const h3s = findRoles(trees, 'H3').map((node) => squash(node.text));
    for (const expectation of STATEMENT_EXPECTATIONS) expect(h3s).toContain(expectation.heading);
  });

  it('contains the trust name and all four domain names', () => {
    const text = squash(approved.pdf.pageTexts.join(' '));
    expect(text).toContain('Northfield Teaching Hospitals NHS Foundation Trust');
    for (const domain of findSection(approved.snapshot, 'assessment')?.domains ?? []) {
      expect(text).toContain(domain.label);
    }
    const popplerText = squash(popplerPageTexts(approved.buffer, approved.pdf.pageCount, '-raw').join(' '));
    expect(popplerText).toContain('Northfield Teaching Hospitals NHS Foundation Trust');
    for (const domain of findSection(approved.snapshot, 'assessment')?.domains ?? []) {
      expect(popplerText).toContain(`${domain.number}. ${domain.label}`);
      expect(popplerText).toContain(`${domain.score} out of ${domain.maxScore}`);
    }
  });

  it('puts the domain results in a table with header cells, and the numbers equal the snapshot', () => {
    const domains = findSection(approved.snapshot, 'assessment')?.domains ?? [];
    const tables = findRoles(approved.pdf.structTrees, 'Table');
    const results = tables.find((table) => squash(table.children[0]?.text ?? '').startsWith('Domain'));
    expect(results).toBeDefined();
    const rows = results?.children ?? [];
    expect(rows.every((row) => row.role === 'TR')).toBe(true);
    expect(rows[0]?.children.map((cell) => cell.role)).toEqual(['TH', 'TH', 'TH', 'TH', 'TH', 'TH']);
    expect(rows[0]?.children.map((cell) => squash(cell.text))).toEqual(['Domain', 'Score', 'Percentage', 'Maturity', 'Last year (2024/25)', 'Change']);
    expect(rows.length).toBe(domains.length + 1);
    domains.forEach((domain, index) => {
      const cells = rows[index + 1]?.children ?? [];
      expect(cells.map((cell) => cell.role)).toEqual(['TH', 'TD', 'TD', 'TD', 'TD', 'TD']);
      const [name, score, percent, maturity] = cells.map((cell) => squash(cell.text));
      expect(name).toBe(`${domain.number}. ${domain.label}`);
      const match = /^(\d+) out of (\d+)$/.exec(score ?? '');
      expect(match && [Number(match[1]), Number(match[2])]).toEqual([domain.score, domain.maxScore]);
      expect(Number((percent ?? '').replace('%', ''))).toBe(domain.percent);
      expect(maturity).toBe(domain.maturityLabel);
    });
  });

  it('marks the chart up as a Figure whose alternative text states every percentage', () => {
    const figures = findRoles(approved.pdf.structTrees, 'Figure');
    // The maturity chart, then one chart for each of the two indicators with figures (report-indicators-fixture.ts).
    expect(figures).toHaveLength(3);
    const alt = figures[0]?.alt ?? '';
    for (const domain of findSection(approved.snapshot, 'assessment')?.domains ?? []) {
      expect(alt).toContain(`${domain.label}: ${domain.percent}%, ${domain.maturityLabel}`);
      if (domain.previous) expect(alt).toContain(`2024/25: ${domain.previous.percent}%`);
    }
  });

  it('lists the objectives with owner role, status and progress', () => {
    const text = squash(approved.pdf.pageTexts.join(' '));
    for (const objective of findSection(approved.snapshot, 'objectives')?.objectives ?? []) {
      expect(text).toContain(objective.title);
      expect(text).toContain(objective.statusLabel);
      expect(text).toContain(objective.ownerRole ?? 'No owner yet');
    }
    const lists = findRoles(approved.pdf.structTrees, 'L');
    expect(lists.length).toBeGreaterThan(0);
    expect(lists[0]?.children.every((item) => item.role === 'LI')).toBe(true);
    expect(lists[0]?.children[0]?.children.map((part) => part.role)).toEqual(['Lbl', 'LBody']);
  });

  it('has the same structure tree when poppler reads it', () => {
    const tree = withPdfFile(approved.buffer, (file) => poppler('pdfinfo', ['-struct-text', file]));
    expect(tree.split('\n')[0]).toBe('Document');
    for (const role of ['H1', 'Sect', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TD', 'Figure']) {
      expect(tree).toMatch(new RegExp(`^\\s*${role}\\b`, 'm'));
    }
    expect(tree).toMatch(/TH:\s*\n\s*\/Scope \/Column\s*\n\s*"Domain"/);
    expect(tree).toMatch(/TH:\s*\n\s*\/Scope \/Row\s*\n\s*"1\. Public health capacity and capability"/);
    expect(tree).toContain(`"${reportHeading(approved.snapshot)}"`);
  });

  it('copes with empty narrative, no objectives, no last year and a paragraph running over a page', async () => {
    const base = buildReportSnapshot({ status: 'draft' });
    const long = Array.from({ length: 60 }, (_, index) => `Sentence ${index + 1} about what we learned from the data this year.`).join(' ');
    const sparse: AnnualReportSnapshot = {
      ...base,
      sections: base.sections.map((section) => {
        switch (section.id) {
          case 'leadership':
            return { id: 'leadership', content: { ...section.content, executiveLead: null, committee: null, governanceNarrative: `${long}\n\n${long}` } };
          case 'assessment':
            return {
              id: 'assessment',
              content: {
                ...section.content,
                previousFinancialYear: null,
                domains: section.content.domains.map((domain) => ({ ...domain, previous: null, changeText: 'No result for last year' })),
              },
            };
          case 'objectives':
            return { id: 'objectives', content: { objectives: [] } };
          case 'statement-review':
            return { id: 'statement-review', content: { edition: null, expectations: [] } };
          case 'indicators':
            return { id: 'indicators', content: { edition: null, indicators: [], withoutFigures: [] } };
          case 'data-quality':
            return { id: 'data-quality', content: { note: '' } };
          default:
            return { id: section.id, content: { narrative: '' } };
        }
      }),
    };
    const rendered = await render(sparse);
    const text = squash(rendered.pdf.pageTexts.join(' '));
    expect(text).toContain('Executive lead: Not named yet');
    expect(text).toContain('The trust has no objectives recorded for 2025/26.');
    expect(text).toContain('No indicator that the trust has switched on has figures for 2025/26.');
    expect(text).toContain('Not written yet.');
    expect(text).toContain('Sentence 60 about');
    expect(findRoles(rendered.pdf.structTrees, 'Figure')[0]?.alt).not.toContain('2024/25');
    for (const pageText of popplerPageTexts(rendered.buffer, rendered.pdf.pageCount)) expect(pageText).toContain(DRAFT_MARK);
  });

  it('includes only the chosen sections', async () => {
    const partial = await render(buildReportSnapshot({ sections: ['data-quality', 'assessment'] }));
    expect(findRoles(partial.pdf.structTrees, 'H2').map((node) => squash(node.text))).toEqual([SECTION_HEADINGS.assessment, SECTION_HEADINGS['data-quality']]);
    const text = squash(partial.pdf.pageTexts.join(' '));
    expect(text).not.toContain(SECTION_HEADINGS.leadership);
    expect(text).not.toContain(SECTION_HEADINGS.objectives);
  });
});

describe('renderAnnualReportPdf: draft marking and page numbers', () => {
  it('says DRAFT on every page of a draft (poppler and pdf.js)', () => {
    expect(draft.pdf.pageCount).toBeGreaterThan(1);
    for (const text of popplerPageTexts(draft.buffer, draft.pdf.pageCount)) expect(text).toContain(DRAFT_MARK);
    for (const text of draft.pdf.pageTexts) expect(text).toContain(DRAFT_MARK);
  });

  it('says DRAFT on no page once approved', () => {
    for (const text of popplerPageTexts(approved.buffer, approved.pdf.pageCount)) expect(text).not.toContain(DRAFT_MARK);
    // The approved board paper's pages are checked in annual-report-pdf-board-paper.test.ts.
  });

  it('numbers every page "Page n of N"', () => {
    const count = draft.pdf.pageCount;
    popplerPageTexts(draft.buffer, count).forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${count}`);
    });
  });

  it('keeps DRAFT, page numbers and the header row on every page of a long table', async () => {
    const base = buildReportSnapshot({ status: 'draft', sections: ['objectives'] });
    const long = await render({ ...base, sections: [{ id: 'objectives', content: { objectives: manyObjectives(40) } }] });
    expect(long.pdf.pageCount).toBeGreaterThanOrEqual(3);
    const texts = popplerPageTexts(long.buffer, long.pdf.pageCount);
    texts.forEach((text, index) => {
      expect(text).toContain(DRAFT_MARK);
      expect(text).toContain(`Page ${index + 1} of ${long.pdf.pageCount}`);
      expect(text).toMatch(/Objective\s+Guide ref\s+Owner\s+Status\s+Progress/);
    });
    // pdf.js gives each page the whole table, with text only for what is on that page. The table
    // has one tagged header row; the header rows repeated on later pages are artifacts, so the
    // header row has no text there.
    const tables = long.pdf.structTrees.map((tree) => findRoles([tree], 'Table')[0]);
    const rows = tables[0]?.children ?? [];
    expect(rows).toHaveLength(41);
    expect(rows.filter((row) => row.children.every((cell) => cell.role === 'TH'))).toHaveLength(1);
    expect(squash(rows[0]?.text ?? '')).toBe('Objective Guide ref Owner Status Progress');
    for (const table of tables.slice(1)) expect(table?.children[0]?.text).toBe('');
    const titles = tables.flatMap((table) => (table?.children ?? []).slice(1).map((row) => squash(row.children[0]?.text ?? '')));
    expect(titles.filter((title) => title.length > 0)).toHaveLength(40);
  });
});

describe('renderAnnualReportPdf: deterministic output', () => {
  it('gives byte-identical files for the same snapshot, also after a JSON round trip', async () => {
    const again = await renderAnnualReportPdf(buildReportSnapshot({ status: 'approved' }));
    expect(again.equals(approved.buffer)).toBe(true);
    const stored: AnnualReportSnapshot = JSON.parse(JSON.stringify(approved.snapshot));
    expect((await renderAnnualReportPdf(stored)).equals(approved.buffer)).toBe(true);
  });

  it('differs when the snapshot differs', async () => {
    const later = await renderAnnualReportPdf(buildReportSnapshot({ generatedAt: '2026-04-15T09:30:00.000Z' }));
    expect(later.equals(approved.buffer)).toBe(false);
  });

  it('keeps the metadata valid when the trust name has an ampersand', async () => {
    const snapshot = buildReportSnapshot({ trustName: 'Barking, Havering & Redbridge University Hospitals NHS Trust' });
    const rendered = await render(snapshot);
    expect(rendered.pdf.title).toContain('Barking, Havering and Redbridge');
    expect(squash(rendered.pdf.pageTexts.join(' '))).toContain('Barking, Havering & Redbridge');
    const info = withPdfFile(rendered.buffer, (file) => poppler('pdfinfo', ['-meta', file]));
    expect(info).toContain('<dc:title>');
    expect(info).not.toContain('& Redbridge');
  });
});
