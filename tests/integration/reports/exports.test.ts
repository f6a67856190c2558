import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAssessmentResults } from '../../../lib/assessments/queries';
import { getPrisma } from '../../../lib/db/client';
import { withSystem, withTenant } from '../../../lib/db/with-tenant';
import {
  completeReportExport,
  getReportExport,
  listReportExports,
  readReportExportFile,
  RENDER_FAILED_REASON,
  STALLED_AFTER_MS,
  STALLED_REASON,
  startReportExport,
} from '../../../lib/reports/exports';
import { renderSnapshot } from '../../../lib/reports/render';
import { SECTION_HEADINGS } from '../../../lib/reports/report-text';
import { sectionsOfferedTo, type AnnualReportSnapshot } from '../../../lib/reports/snapshot';
import { BOARD_PAPER_COVER } from '../../support/report-snapshot-fixture';
import { resetDatabase } from '../setup/reset-db';
import { MIXED_ANSWERS } from '../assessments/assessment-fixtures';
import { findRoles, poppler, readPdf, squash, withPdfFile } from '../../unit/reports/support/read-pdf';
import { NOW, approveEveryNarrative, draftYear, everyAnswer, importedYear, reportingTrust, storedExport } from './report-fixtures';

type Setup = Awaited<ReturnType<typeof reportingTrust>>;
let t: Setup;

beforeEach(async () => {
  await resetDatabase();
  t = await reportingTrust({ name: 'Export Vale Hospitals NHS Foundation Trust' });
  await importedYear(t.lead, 2024, everyAnswer('partial'));
  await approveEveryNarrative(t.cosec, 2024);
});

// Every section an acute trust is offered (the PCREF section is for mental health trusts).
const OFFERED = sectionsOfferedTo('acute');
const allSections = { sections: OFFERED, variant: 'annual-report' as const };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function exportNow(ctx: Setup['cosec'], format: 'pdf' | 'docx' | 'csv', financialYear = 2025, at = NOW) {
  // The annual report needs every chosen section approved.
  await approveEveryNarrative(ctx, financialYear);
  const started = await startReportExport(ctx, { financialYear, sections: OFFERED, variant: 'annual-report', format }, at);
  const outcome = await completeReportExport(ctx, started);
  return { started, outcome };
}

describe('exporting', () => {
  it('records the export as pending with its options and snapshot, then stores the file, its size and its SHA-256 together', async () => {
    const assessmentId = await importedYear(t.lead, 2025, MIXED_ANSWERS);
    const started = await startReportExport(
      t.cosec,
      { financialYear: 2025, sections: ['data-quality', 'assessment'], variant: 'board-paper', format: 'pdf', cover: BOARD_PAPER_COVER },
      NOW,
    );

    const pending = await storedExport(started.id);
    expect(pending).toMatchObject({
      status: 'pending',
      content: null,
      sha256: null,
      byteLength: null,
      completedAt: null,
      financialYear: 2025,
      format: 'pdf',
      variant: 'board_paper',
      reportStatus: 'approved',
      createdById: t.cosec.userId,
    });
    expect(pending.options).toEqual({ sections: ['assessment', 'data-quality'], cover: BOARD_PAPER_COVER });
    expect(pending.snapshot).toEqual(JSON.parse(JSON.stringify(started.snapshot)));
    expect(pending.fileName).toMatch(/^trust-[a-z0-9-]+-board-paper-2025-26\.pdf$/);

    const outcome = await completeReportExport(t.cosec, started);

    const done = await storedExport(started.id);
    expect(outcome).toEqual({ id: started.id, status: 'complete', sha256: done.sha256, byteLength: done.byteLength });
    expect(done.status).toBe('complete');
    expect(done.completedAt).toBeInstanceOf(Date);
    expect(done.sha256).toBe(sha256(done.content ?? new Uint8Array()));
    expect(done.byteLength).toBe(done.content?.byteLength);
    // The stored snapshot renders to the very same bytes again.
    const again = await renderSnapshot('pdf', done.snapshot as unknown as AnnualReportSnapshot);
    expect(again.sha256).toBe(done.sha256);
    // The numbers in the file are the app's.
    const app = await getAssessmentResults(t.ned, assessmentId);
    const pdf = await readPdf(Buffer.from(done.content ?? []));
    const results = findRoles(pdf.structTrees, 'Table').find((table) => squash(table.children[0]?.text ?? '').startsWith('Domain'));
    const rows = (results?.children ?? []).slice(1).map((row) => row.children.slice(0, 4).map((cell) => squash(cell.text)));
    expect(rows).toEqual(
      app.domains.map((domain) => [
        `${domain.domain}. ${domain.label}`,
        `${domain.score} out of ${domain.maxScore}`,
        `${domain.percent}%`,
        domain.maturityLabel,
      ]),
    );
  });

  it('writes a tagged PDF with the trust’s name, every section heading and the domain names (poppler)', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    const { started } = await exportNow(t.cosec, 'pdf');

    const file = await readReportExportFile(t.cosec, started.id);
    const buffer = Buffer.from(file.content);
    const info = withPdfFile(buffer, (path) => poppler('pdfinfo', [path]));
    const text = squash(withPdfFile(buffer, (path) => poppler('pdftotext', [path, '-'])));

    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(text).toContain('Export Vale Hospitals NHS Foundation Trust');
    for (const id of OFFERED) expect(text).toContain(SECTION_HEADINGS[id]);
    for (const label of [
      'Public health capacity and capability',
      'Data, insight, evidence and evaluation',
      'Strategic leadership and accountability',
      'System partnerships',
    ])
      expect(text).toContain(label);
    expect(text).not.toContain('DRAFT');
  });

  it('marks every page DRAFT when the year’s assessment is not approved', async () => {
    await importedYear(t.lead, 2025, everyAnswer('yes'));
    await draftYear(t.lead, 2026, MIXED_ANSWERS);
    const { started } = await exportNow(t.cosec, 'pdf', 2026);

    expect((await storedExport(started.id)).reportStatus).toBe('draft');
    const pdf = await readPdf(Buffer.from((await readReportExportFile(t.cosec, started.id)).content));
    expect(pdf.pageTexts.every((page) => page.includes('DRAFT'))).toBe(true);
  });

  it('writes a Word document that opens as a zip with Word’s heading styles, and a CSV of the figures', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    const word = await exportNow(t.cosec, 'docx');
    const csv = await exportNow(t.cosec, 'csv');

    const docx = await readReportExportFile(t.cosec, word.started.id);
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const body = strFromU8(unzipSync(new Uint8Array(docx.content))['word/document.xml'] ?? new Uint8Array());
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    for (const id of OFFERED) expect(body).toContain(SECTION_HEADINGS[id]);

    const table = Buffer.from((await readReportExportFile(t.cosec, csv.started.id)).content).toString('utf8');
    expect(table.startsWith('\uFEFFTrust,ODS code,Financial year')).toBe(true);
    expect(table).toContain('Export Vale Hospitals NHS Foundation Trust');
  });

  it('refuses a year with no assessment, and roles other than the company secretary and administrators', async () => {
    await expect(startReportExport(t.cosec, { financialYear: 2019, ...allSections, format: 'pdf' }, NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('2019/20'),
    });
    for (const ctx of [t.lead, t.ned, t.viewer]) {
      await expect(startReportExport(ctx, { financialYear: 2024, ...allSections, format: 'pdf' }, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const { started } = await exportNow(t.admin, 'csv', 2024);
    expect((await storedExport(started.id)).status).toBe('complete');
    expect(await getPrisma().reportExport.count()).toBe(1);
  });

  it('marks the export failed, with no file, when rendering fails', async () => {
    const started = await startReportExport(t.cosec, { financialYear: 2024, ...allSections, format: 'pdf' }, NOW);
    const broken = { ...started, snapshot: { ...started.snapshot, generatedAt: 'not a date' } };

    expect(await completeReportExport(t.cosec, broken)).toMatchObject({ status: 'failed' });

    expect(await storedExport(started.id)).toMatchObject({ status: 'failed', content: null, sha256: null, failureReason: RENDER_FAILED_REASON });
    await expect(readReportExportFile(t.cosec, started.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('leaves a process that stops mid-export as pending with no file, then failed once it is clearly gone', async () => {
    const started = await startReportExport(t.cosec, { financialYear: 2024, ...allSections, format: 'pdf' }, NOW);
    // Nothing completes it: the process "stopped" after the pending record was written.
    expect(await getReportExport(t.viewer, started.id, NOW)).toMatchObject({ status: 'pending', sha256: null });
    await expect(readReportExportFile(t.cosec, started.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Readers see it as failed once it is clearly gone, even before anyone exports again.
    const later = new Date(NOW.getTime() + STALLED_AFTER_MS + 1000);
    expect(await getReportExport(t.viewer, started.id, new Date(NOW.getTime() + STALLED_AFTER_MS / 2))).toMatchObject({
      status: 'pending',
      failureReason: null,
    });
    expect(await getReportExport(t.viewer, started.id, later)).toMatchObject({ status: 'failed', failureReason: STALLED_REASON, sha256: null });
    expect((await listReportExports(t.viewer, later)).find((row) => row.id === started.id)).toMatchObject({ status: 'failed', failureReason: STALLED_REASON });
    expect((await storedExport(started.id)).status).toBe('pending');

    await startReportExport(t.cosec, { financialYear: 2024, ...allSections, format: 'csv' }, new Date(NOW.getTime() + STALLED_AFTER_MS / 2));
    expect((await storedExport(started.id)).status).toBe('pending');
    await startReportExport(t.cosec, { financialYear: 2024, ...allSections, format: 'csv' }, new Date(NOW.getTime() + STALLED_AFTER_MS + 1000));
    expect(await storedExport(started.id)).toMatchObject({ status: 'failed', failureReason: STALLED_REASON, content: null });

    // A late finish cannot bring it back.
    expect(await completeReportExport(t.cosec, started)).toMatchObject({ status: 'failed' });
    expect((await storedExport(started.id)).status).toBe('failed');
  });

  it('lists the trust’s exports newest first for everyone in the trust, without their files', async () => {
    const first = await exportNow(t.cosec, 'pdf', 2024);
    const second = await exportNow(t.admin, 'csv', 2024, new Date(NOW.getTime() + 60_000));

    const list = await listReportExports(t.viewer);

    expect(list.map((entry) => [entry.id, entry.format, entry.status, entry.createdByName])).toEqual([
      [second.started.id, 'csv', 'complete', 'Test User'],
      [first.started.id, 'pdf', 'complete', 'Test User'],
    ]);
    expect(list[1]).toMatchObject({
      sha256: first.outcome.sha256,
      byteLength: first.outcome.byteLength,
      sections: OFFERED,
      formatLabel: 'PDF',
      variantLabel: 'Annual report section',
      financialYearLabel: '2024/25',
    });
    expect(Object.keys(list[0] ?? {})).not.toContain('content');
  });
});

describe('downloading', () => {
  it('gives back exactly the stored bytes, every time, and audits each download', async () => {
    const { started, outcome } = await exportNow(t.cosec, 'pdf', 2024);

    const one = await readReportExportFile(t.ned, started.id);
    const two = await readReportExportFile(t.viewer, started.id);

    expect(sha256(one.content)).toBe(outcome.sha256);
    expect(Buffer.compare(Buffer.from(one.content), Buffer.from(two.content))).toBe(0);
    expect(one).toMatchObject({
      contentType: 'application/pdf',
      sha256: outcome.sha256,
      byteLength: outcome.byteLength,
      fileName: expect.stringMatching(/-annual-report-2024-25\.pdf$/),
    });
    const downloads = await getPrisma().auditEvent.findMany({
      where: { tableName: 'ReportExport', rowId: started.id, action: 'download' },
      orderBy: { id: 'asc' },
    });
    expect(downloads.map((event) => [event.actorUserId, event.trustId, (event.changes as { sha256?: string }).sha256])).toEqual([
      [t.ned.userId, t.trust.id, outcome.sha256],
      [t.viewer.userId, t.trust.id, outcome.sha256],
    ]);
  });

  it('treats another trust’s export id like one that does not exist', async () => {
    const { started } = await exportNow(t.cosec, 'csv', 2024);
    const other = await reportingTrust();

    await expect(readReportExportFile(other.cosec, started.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getReportExport(other.admin, started.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readReportExportFile(other.cosec, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listReportExports(other.viewer)).toEqual([]);
    expect(await getPrisma().auditEvent.count({ where: { action: 'download' } })).toBe(0);
  });
});

describe('an export record in the database', () => {
  async function completed(): Promise<string> {
    return (await exportNow(t.cosec, 'csv', 2024)).started.id;
  }

  it('cannot have its file, hash or options changed by the application role, nor be deleted', async () => {
    const id = await completed();
    const before = await storedExport(id);
    const attempts = [
      `UPDATE "ReportExport" SET content = '\\x00'::bytea, sha256 = encode(sha256('\\x00'::bytea), 'hex'), "byteLength" = 1 WHERE id = '${id}'`,
      `UPDATE "ReportExport" SET sha256 = repeat('0', 64) WHERE id = '${id}'`,
      `UPDATE "ReportExport" SET status = 'failed', "failureReason" = 'x' WHERE id = '${id}'`,
      `UPDATE "ReportExport" SET options = '{"sections":["assessment"]}' WHERE id = '${id}'`,
      `DELETE FROM "ReportExport" WHERE id = '${id}'`,
    ];

    for (const sql of attempts) {
      await expect(
        withTenant(t.admin, (tx) => tx.$executeRawUnsafe(sql)),
        sql,
      ).rejects.toThrow(/cannot be changed|permission denied/);
    }

    expect(await storedExport(id)).toEqual(before);
  });

  it('stays as it is even for the owning role once complete, and cannot be deleted while its trust exists', async () => {
    const id = await completed();

    await expect(withSystem('test', (tx) => tx.$executeRawUnsafe(`UPDATE "ReportExport" SET sha256 = repeat('0', 64) WHERE id = '${id}'`))).rejects.toThrow(
      /a complete export cannot be changed/,
    );
    await expect(withSystem('test', (tx) => tx.$executeRawUnsafe(`DELETE FROM "ReportExport" WHERE id = '${id}'`))).rejects.toThrow(
      /a completed export cannot be deleted/,
    );
  });

  it('cannot be marked complete unless the hash is the bytes’ and the size their length', async () => {
    const started = await startReportExport(t.cosec, { financialYear: 2024, ...allSections, format: 'csv' }, NOW);
    const bytes = new Uint8Array([1, 2, 3]);
    const complete = (data: { sha256: string; byteLength: number }) =>
      withTenant(t.cosec, (tx) =>
        tx.reportExport.updateMany({ where: { id: started.id }, data: { status: 'complete', content: bytes, completedAt: new Date(), ...data } }),
      );

    await expect(complete({ sha256: '0'.repeat(64), byteLength: 3 })).rejects.toThrow(/ReportExport_complete_is_whole/);
    await expect(complete({ sha256: sha256(bytes), byteLength: 4 })).rejects.toThrow(/ReportExport_complete_is_whole/);
    await expect(withTenant(t.cosec, (tx) => tx.reportExport.updateMany({ where: { id: started.id }, data: { content: bytes } }))).rejects.toThrow(
      /ReportExport_file_when_complete/,
    );
    await complete({ sha256: sha256(bytes), byteLength: 3 });
    expect((await storedExport(started.id)).status).toBe('complete');
  });

  it('is audited when created and completed, with digests in place of the file and snapshot', async () => {
    const id = await completed();
    const stored = await storedExport(id);

    const events = await getPrisma().auditEvent.findMany({ where: { tableName: 'ReportExport', rowId: id }, orderBy: { id: 'asc' } });

    expect(events.map((event) => [event.action, event.actorUserId])).toEqual([
      ['insert', t.cosec.userId],
      ['update', t.cosec.userId],
    ]);
    const completion = events[1]?.changes as Record<string, { old: unknown; new: unknown }>;
    expect(completion.status).toEqual({ old: 'pending', new: 'complete' });
    expect(completion.content).toEqual({ old: null, new: `sha256:${stored.sha256}` });
    expect(JSON.stringify(events[0]?.changes)).toMatch(/"snapshot":\{"new":"sha256:[0-9a-f]{64}"/);
  });

  it('goes when its trust is deleted', async () => {
    await completed();
    await withSystem('test', (tx) => tx.trust.delete({ where: { id: t.trust.id } }));
    expect(await getPrisma().reportExport.count()).toBe(0);
  });
});
