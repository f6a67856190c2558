import { beforeEach, describe, expect, it } from 'vitest';
import { startReportExport } from '../../../lib/reports/exports';
import { getExportChecklist, setNarrativeStatus } from '../../../lib/reports/narrative-status';
import { getNarrative, listNarratives, saveNarrative } from '../../../lib/reports/narratives';
import { buildAnnualReportSnapshot } from '../../../lib/reports/build-snapshot';
import { findSection } from '../../../lib/reports/snapshot';
import { withTenant } from '../../../lib/db/with-tenant';
import { BOARD_PAPER_COVER } from '../../support/report-snapshot-fixture';
import { resetDatabase } from '../setup/reset-db';
import { MIXED_ANSWERS } from '../assessments/assessment-fixtures';
import { NOW, importedYear, reportingTrust } from './report-fixtures';
import { docxParts, pdfText } from './read-files';

// Sign-off of the annual report: each narrative is a draft, ready for review or approved (who and
// when); new text makes it a draft again; the annual-report export needs every chosen section
// approved, the board paper does not. And the optional sections, PCREF for mental health trusts only.

type Setup = Awaited<ReturnType<typeof reportingTrust>>;
let t: Setup;

beforeEach(async () => {
  await resetDatabase();
  t = await reportingTrust({ name: 'Signoff Vale NHS Trust' });
  await importedYear(t.lead, 2025, MIXED_ANSWERS);
});

const dq = { financialYear: 2025, section: 'data-quality' } as const;

describe('narrative status', () => {
  it('goes draft → ready for review → approved, recording who approved it and when; new text makes it a draft again', async () => {
    const saved = await saveNarrative(t.cosec, { ...dq, body: 'Ethnicity is missing for 7% of records.', expectedVersion: 0 });
    expect((await getNarrative(t.viewer, 2025, 'data-quality')).status).toBe('draft');

    await setNarrativeStatus(t.cosec, { ...dq, status: 'ready', expectedVersion: saved.version }, NOW);
    expect((await getNarrative(t.viewer, 2025, 'data-quality')).status).toBe('ready');

    await setNarrativeStatus(t.admin, { ...dq, status: 'approved', expectedVersion: saved.version }, NOW);
    const approved = await getNarrative(t.viewer, 2025, 'data-quality');
    expect(approved).toMatchObject({ status: 'approved', approvedAt: NOW, approvedByName: expect.any(String) });
    expect(approved.approvedByName).not.toBe('');

    await saveNarrative(t.cosec, { ...dq, body: 'Ethnicity is missing for 6% of records.', expectedVersion: saved.version });
    expect(await getNarrative(t.viewer, 2025, 'data-quality')).toMatchObject({ status: 'draft', approvedAt: null, approvedByName: null });
  });

  it('cannot approve unwritten text or a version the person has not seen, and only the company secretary or administrator approves', async () => {
    await expect(setNarrativeStatus(t.cosec, { ...dq, status: 'approved', expectedVersion: 0 }, NOW)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    const saved = await saveNarrative(t.cosec, { ...dq, body: 'Text.', expectedVersion: 0 });
    await expect(setNarrativeStatus(t.cosec, { ...dq, status: 'approved', expectedVersion: saved.version - 1 }, NOW)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    for (const ctx of [t.lead, t.ned, t.viewer])
      await expect(setNarrativeStatus(ctx, { ...dq, status: 'approved', expectedVersion: saved.version }, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(withTenant(t.cosec, (tx) => tx.reportNarrative.updateMany({ where: { trustId: t.trust.id }, data: { status: 'approved' } }))).rejects.toThrow(
      /ReportNarrative_approval_recorded/,
    );
  });
});

describe('exporting with sign-off', () => {
  it('lists the sections not written or not approved, and refuses the annual report until every chosen one is approved', async () => {
    const saved = await saveNarrative(t.cosec, { ...dq, body: 'Our note.', expectedVersion: 0 });

    const checklist = await getExportChecklist(t.cosec, 2025);
    expect(checklist.offered).not.toContain('pcref');
    const dataQuality = checklist.readiness.find((section) => section.reportSection === 'data-quality');
    expect(dataQuality?.notReady).toEqual([{ id: 'data-quality', heading: 'Data quality and limitations', state: 'draft' }]);
    expect(checklist.readiness.find((section) => section.reportSection === 'statement-review')?.notReady).toHaveLength(5);

    const request = {
      financialYear: 2025,
      sections: ['assessment' as const, 'data-quality' as const],
      variant: 'annual-report' as const,
      format: 'pdf' as const,
    };
    await expect(startReportExport(t.cosec, request, NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { sections: [expect.stringContaining('Data quality and limitations')] },
    });
    // The board paper may carry drafts.
    await expect(startReportExport(t.cosec, { ...request, variant: 'board-paper', cover: BOARD_PAPER_COVER }, NOW)).resolves.toMatchObject({ format: 'pdf' });

    await setNarrativeStatus(t.cosec, { ...dq, status: 'approved', expectedVersion: saved.version }, NOW);
    expect((await getExportChecklist(t.cosec, 2025)).readiness.find((section) => section.reportSection === 'data-quality')).toBeUndefined();
    await expect(startReportExport(t.cosec, request, NOW)).resolves.toMatchObject({ format: 'pdf' });
  });
});

describe('optional sections', () => {
  it('carry the trust’s own text under their headings in the PDF and the Word file', async () => {
    await saveNarrative(t.cosec, { financialYear: 2025, section: 'workforce-equality', body: 'Our EDI improvement plan has six actions.', expectedVersion: 0 });
    await saveNarrative(t.cosec, {
      financialYear: 2025,
      section: 'next-year-plans',
      body: 'Next year we will break down cancer waits by ethnicity.',
      expectedVersion: 0,
    });
    const sections = ['workforce-equality', 'next-year-plans', 'core20plus5'] as const;

    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, sections, variant: 'board-paper' }, NOW);

    expect(findSection(snapshot, 'workforce-equality')).toEqual({ narrative: 'Our EDI improvement plan has six actions.' });
    for (const text of [await pdfText(snapshot), (await docxParts(snapshot)).text]) {
      expect(text).toContain('Workforce and equality');
      expect(text).toContain('Our EDI improvement plan has six actions.');
      expect(text).toContain('Our plans for next year');
      expect(text).toContain('Core20PLUS5');
    }
  });

  it('offer the Patient and Carer Race Equality Framework to mental health trusts only', async () => {
    await expect(buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, sections: ['pcref'], variant: 'board-paper' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { sections: [expect.stringContaining('mental health trusts only')] },
    });
    expect((await listNarratives(t.cosec, 2025)).map((narrative) => narrative.id)).not.toContain('pcref');

    const mh = await reportingTrust({ name: 'Riverside Mental Health NHS Trust', type: 'mental_health_learning_disability' });
    await importedYear(mh.lead, 2025, MIXED_ANSWERS);
    expect((await listNarratives(mh.cosec, 2025)).map((narrative) => narrative.id)).toContain('pcref');
    expect((await getExportChecklist(mh.cosec, 2025)).offered).toContain('pcref');
    await saveNarrative(mh.cosec, { financialYear: 2025, section: 'pcref', body: 'We began PCREF in two wards.', expectedVersion: 0 });
    const snapshot = await buildAnnualReportSnapshot(mh.cosec, { financialYear: 2025, sections: ['pcref'], variant: 'board-paper' }, NOW);
    expect(await pdfText(snapshot)).toContain('Patient and Carer Race Equality Framework');
  });
});
