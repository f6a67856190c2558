import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnnualReportDocx } from '../../../lib/reports/annual-report-docx';
import { DRAFT_MARK, SECTION_HEADINGS, STATEMENT_EXPECTATIONS, documentTitle, reportHeading } from '../../../lib/reports/report-text';
import { findSection, type AnnualReportSnapshot } from '../../../lib/reports/snapshot';
import { BOARD_PAPER_COVER, buildReportSnapshot, CORE_HEADINGS } from '../../support/report-snapshot-fixture';

// Opens the .docx as the zip it is and reads its XML parts, as Word would.

type Docx = { files: Record<string, string>; paragraphs: { style: string | null; text: string }[]; tables: string[] };

function decodeXml(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}

function textOf(xml: string): string {
  return decodeXml([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join(''));
}

async function open(snapshot: AnnualReportSnapshot): Promise<Docx> {
  const buffer = await renderAnnualReportDocx(snapshot);
  const entries = unzipSync(new Uint8Array(buffer));
  const files = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
  const body = files['word/document.xml'] ?? '';
  const paragraphs = [...body.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const xml = match[1] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null, text: textOf(xml) };
  });
  const tables = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((match) => match[1] ?? '');
  return { files, paragraphs, tables };
}

const withStyle = (docx: Docx, style: string): string[] => docx.paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);

let approved: Docx;
let draft: Docx;
const approvedSnapshot = buildReportSnapshot({ status: 'approved' });

beforeAll(async () => {
  approved = await open(approvedSnapshot);
  draft = await open(buildReportSnapshot({ status: 'draft' }));
});

describe('renderAnnualReportDocx', () => {
  it('is a valid Office Open XML package', async () => {
    const buffer = await renderAnnualReportDocx(approvedSnapshot);
    expect(buffer.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(Object.keys(approved.files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']),
    );
    expect(approved.files['[Content_Types].xml']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
  });

  it('uses Word heading styles for the title, the sections and the statement prompts', () => {
    expect(withStyle(approved, 'Heading1')).toEqual([reportHeading(approvedSnapshot)]);
    expect(withStyle(approved, 'Heading2')).toEqual(CORE_HEADINGS);
    const h3s = withStyle(approved, 'Heading3');
    for (const expectation of STATEMENT_EXPECTATIONS) expect(h3s).toContain(expectation.heading);
    const styles = approved.files['word/styles.xml'] ?? '';
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:styleId="Heading2"');
  });

  it('sets Arial and British English as the defaults, and title, creator and language metadata', () => {
    const styles = approved.files['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Arial"[\s\S]*<\/w:docDefaults>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    const core = approved.files['docProps/core.xml'] ?? '';
    expect(decodeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '')).toBe(documentTitle(approvedSnapshot));
    expect(core).toContain('<dc:creator>Fairboard</dc:creator>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-14T09:30:00.000Z</dcterms:created>');
  });

  it('has tables whose first row is a repeating header row', () => {
    // Board members, domain results, maturity levels, objectives; then the indicators section's
    // waiting-list figures and gap measures, and emergency admissions' figures (no gap: a fifth is hidden).
    expect(approved.tables).toHaveLength(7);
    for (const table of approved.tables) {
      const firstRow = /<w:tr>([\s\S]*?)<\/w:tr>/.exec(table)?.[1] ?? '';
      expect(firstRow).toContain('<w:tblHeader/>');
      expect([...table.matchAll(/<w:tblHeader\/>/g)]).toHaveLength(1);
    }
  });

  it('puts the same numbers as the snapshot in the domain table', () => {
    const results = approved.tables.find((table) => textOf(table).startsWith('DomainScorePercentage')) ?? '';
    const rows = [...results.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((match) =>
      [...(match[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1] ?? '')),
    );
    const domains = findSection(approvedSnapshot, 'assessment')?.domains ?? [];
    expect(rows).toHaveLength(domains.length + 1);
    domains.forEach((domain, index) => {
      expect(rows[index + 1]?.slice(0, 4)).toEqual([
        `${domain.number}. ${domain.label}`,
        `${domain.score} out of ${domain.maxScore}`,
        `${domain.percent}%`,
        domain.maturityLabel,
      ]);
    });
  });

  it('says DRAFT in the page header of a draft, and not once approved', () => {
    const headers = (docx: Docx): string =>
      Object.entries(docx.files)
        .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
        .map(([, xml]) => textOf(xml))
        .join(' ');
    expect(headers(draft)).toContain(DRAFT_MARK);
    expect(headers(approved)).not.toContain(DRAFT_MARK);
    expect(headers(approved)).toContain('Northfield Teaching Hospitals NHS Foundation Trust');
    expect(draft.paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain('has not been approved yet');
  });

  it('adds a cover for the board paper and starts the content on a new page', async () => {
    const paper = await open(buildReportSnapshot({ variant: 'board-paper' }));
    expect(paper.paragraphs[0]?.text).toBe('Board paper');
    expect(paper.paragraphs.map((paragraph) => paragraph.text)).toContain('Status: Approved');
    expect(withStyle(paper, 'Heading2')).toEqual(['Recommendation', 'What this paper covers', ...CORE_HEADINGS]);
    expect(paper.paragraphs.map((paragraph) => paragraph.text)).toContain(BOARD_PAPER_COVER.recommendation);
    const coverRows = [...(paper.tables[0] ?? '').matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => textOf(row[0]));
    expect(coverRows).toEqual([
      'About this paperDetails',
      'MeetingTrust board meeting in public',
      'Date of meeting11 June 2026',
      'Agenda item7.2',
      'Executive sponsorDr Amara Okafor, Chief Nurse',
      'AuthorSam Patel, Head of Corporate Governance',
      'PurposeFor approval',
    ]);
    expect(paper.files['word/document.xml']).toContain('<w:pageBreakBefore/>');
  });

  it('gives byte-identical files for the same snapshot, with [Content_Types].xml first', async () => {
    const first = await renderAnnualReportDocx(approvedSnapshot);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past ZIP's two-second clock
    const second = await renderAnnualReportDocx(JSON.parse(JSON.stringify(approvedSnapshot)));
    expect(second.equals(first)).toBe(true);
    expect(first.subarray(30, 30 + '[Content_Types].xml'.length).toString('latin1')).toBe('[Content_Types].xml');
  });

  it('includes the year-on-year chart as a PNG picture whose alternative text names every domain and its values', async () => {
    const entries = unzipSync(new Uint8Array(await renderAnnualReportDocx(approvedSnapshot)));
    const pictures = Object.keys(entries).filter((name) => name.startsWith('word/media/'));
    // The maturity chart and the two indicators' charts (annual-report-indicators.test.ts reads those).
    expect(pictures).toHaveLength(3);
    const png = entries[pictures[0] ?? ''] ?? new Uint8Array();
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(Buffer.from(png).readUInt32BE(16)).toBe(1280); // drawn at twice the 640-pixel width it is shown at
    const body = strFromU8(entries['word/document.xml'] ?? new Uint8Array());
    const descr = decodeXml(/<wp:docPr [^>]*descr="([^"]*)"/.exec(body)?.[1] ?? '');
    const assessment = findSection(approvedSnapshot, 'assessment');
    expect(assessment?.domains).toHaveLength(4);
    for (const domain of assessment?.domains ?? []) {
      expect(descr).toContain(`Domain ${domain.number}, ${domain.label}: ${domain.percent}%, ${domain.maturityLabel}`);
      if (domain.previous) expect(descr).toContain(`2024/25: ${domain.previous.percent}%, ${domain.previous.maturityLabel}`);
    }
    expect(body).toMatch(/<wp:docPr [^>]*title="Maturity by domain, 2025\/26"/);
    const partial = unzipSync(new Uint8Array(await renderAnnualReportDocx(buildReportSnapshot({ sections: ['leadership'] }))));
    expect(Object.keys(partial).filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });

  it('includes only the chosen sections', async () => {
    const partial = await open(buildReportSnapshot({ sections: ['statement-review'] }));
    expect(withStyle(partial, 'Heading2')).toEqual([SECTION_HEADINGS['statement-review']]);
    expect(partial.tables).toHaveLength(0);
  });
});
