import { unzipSync, strFromU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { completeReportExport, getReportExport, listReportExports, readReportExportFile, startReportExport } from '../../../lib/reports/exports';
import { sectionsOfferedTo } from '../../../lib/reports/snapshot';
import { BOARD_PAPER_COVER } from '../../support/report-snapshot-fixture';
import { resetDatabase } from '../setup/reset-db';
import { poppler, squash, withPdfFile } from '../../unit/reports/support/read-pdf';
import { NOW, approveEveryNarrative, everyAnswer, importedYear, reportingTrust, storedExport } from './report-fixtures';

// The board paper's cover details kept on the immutable export record and printed from it, and
// the exported PDF's metadata as poppler reads it back.

type Setup = Awaited<ReturnType<typeof reportingTrust>>;
let t: Setup;

beforeEach(async () => {
  await resetDatabase();
  t = await reportingTrust({ name: 'Cover Vale Hospitals NHS Foundation Trust' });
  await importedYear(t.lead, 2025, everyAnswer('partial'));
  await approveEveryNarrative(t.cosec, 2025);
});

const sections = sectionsOfferedTo('acute');

describe('board paper cover details', () => {
  it('are kept in the export record’s options and snapshot, and printed on the cover of the PDF and the Word file', async () => {
    const pdf = await startReportExport(t.cosec, { financialYear: 2025, sections, variant: 'board-paper', format: 'pdf', cover: BOARD_PAPER_COVER }, NOW);
    const stored = await storedExport(pdf.id);
    expect(stored.options).toEqual({ sections: [...sections], cover: BOARD_PAPER_COVER });
    expect((stored.snapshot as { cover?: unknown }).cover).toEqual(BOARD_PAPER_COVER);
    expect(await completeReportExport(t.cosec, pdf)).toMatchObject({ status: 'complete' });
    const file = await readReportExportFile(t.cosec, pdf.id);
    const cover = withPdfFile(Buffer.from(file.content), (path) => squash(poppler('pdftotext', ['-f', '1', '-l', '1', '-raw', path, '-'])));
    expect(cover).toContain('Agenda item 7.2');
    expect(cover).toContain('Executive sponsor Dr Amara Okafor, Chief Nurse');
    expect(cover).toContain('Purpose For approval');
    expect(cover).toContain(BOARD_PAPER_COVER.recommendation);

    const docx = await startReportExport(t.cosec, { financialYear: 2025, sections, variant: 'board-paper', format: 'docx', cover: BOARD_PAPER_COVER }, NOW);
    await completeReportExport(t.cosec, docx);
    const word = strFromU8(unzipSync(new Uint8Array((await readReportExportFile(t.cosec, docx.id)).content))['word/document.xml'] ?? new Uint8Array());
    for (const text of ['Trust board meeting in public', '11 June 2026', 'Sam Patel, Head of Corporate Governance', BOARD_PAPER_COVER.recommendation])
      expect(word).toContain(text);
  });

  it('are required where the export is made, not only by the form: none, or a blank one, is refused and nothing is recorded', async () => {
    const request = { financialYear: 2025, sections, variant: 'board-paper' as const, format: 'pdf' as const };
    await expect(startReportExport(t.cosec, request, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { meeting: [expect.stringContaining('Enter the name of the meeting')], recommendation: ['Enter the recommendation to the board'] },
    });
    await expect(startReportExport(t.cosec, { ...request, cover: null }, NOW)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const blank = { ...BOARD_PAPER_COVER, agendaItem: '  ', sponsor: { name: 'Dr Amara Okafor', jobTitle: '' }, meetingDate: '2026-02-30' };
    await expect(startReportExport(t.cosec, { ...request, cover: blank }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { agendaItem: [expect.any(String)], sponsorTitle: ['Enter the job title of the executive sponsor'], meetingDate: [expect.any(String)] },
    });
    expect(await listReportExports(t.cosec)).toEqual([]);
  });

  it('are shown with the export’s record in the history and on its page', async () => {
    const paper = await startReportExport(t.cosec, { financialYear: 2025, sections, variant: 'board-paper', format: 'csv', cover: BOARD_PAPER_COVER }, NOW);
    const annual = await startReportExport(t.cosec, { financialYear: 2025, sections, variant: 'annual-report', format: 'csv' }, NOW);
    expect((await getReportExport(t.viewer, paper.id)).cover).toEqual(BOARD_PAPER_COVER);
    const listed = new Map((await listReportExports(t.viewer)).map((entry) => [entry.id, entry.cover]));
    expect(listed).toEqual(
      new Map([
        [paper.id, BOARD_PAPER_COVER],
        [annual.id, null],
      ]),
    );
  });

  it('are not kept for the annual-report section, even when passed', async () => {
    const started = await startReportExport(t.cosec, { financialYear: 2025, sections, variant: 'annual-report', format: 'pdf', cover: BOARD_PAPER_COVER }, NOW);
    const stored = await storedExport(started.id);
    expect(stored.options).toEqual({ sections: [...sections] });
    expect(stored.snapshot).not.toHaveProperty('cover');
  });
});

describe('the exported annual-report PDF’s metadata', () => {
  it('declares PDF/UA-1, the title and the language in its XMP, and is tagged', async () => {
    const started = await startReportExport(t.cosec, { financialYear: 2025, sections, variant: 'annual-report', format: 'pdf' }, NOW);
    await completeReportExport(t.cosec, started);
    const file = Buffer.from((await readReportExportFile(t.cosec, started.id)).content);
    const xmp = withPdfFile(file, (path) => poppler('pdfinfo', ['-meta', path]));
    expect(xmp).toMatch(/<rdf:Description xmlns:pdfuaid="http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/" rdf:about="">\s*<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toMatch(
      /<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">Reducing health inequalities: annual report 2025\/26 – Cover Vale Hospitals NHS Foundation Trust<\/rdf:li>/,
    );
    expect(xmp).toMatch(/<dc:language>\s*<rdf:Bag>\s*<rdf:li>en-GB<\/rdf:li>\s*<\/rdf:Bag>\s*<\/dc:language>/);
    const info = withPdfFile(file, (path) => poppler('pdfinfo', [path]));
    expect(info).toMatch(/^Tagged:\s+yes$/m);
  });
});
