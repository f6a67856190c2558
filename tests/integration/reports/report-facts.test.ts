import { strFromU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderSnapshot } from '../../../lib/reports/render';
import { readPdf } from '../../unit/reports/support/read-pdf';
import { buildAnnualReportSnapshot } from '../../../lib/reports/build-snapshot';
import { startReportExport } from '../../../lib/reports/exports';
import { findSection, sectionsOfferedTo } from '../../../lib/reports/snapshot';
import { getGovernanceSettings, saveGovernanceSettings } from '../../../lib/trusts/governance';
import { governanceSettingsSchema } from '../../../lib/trusts/governance-schemas';
import { withTenant } from '../../../lib/db/with-tenant';
import { resetDatabase } from '../setup/reset-db';
import { MIXED_ANSWERS } from '../assessments/assessment-fixtures';
import { NOW, boardMember, importedYear, objectiveWithProgress, reportingTrust, storedExport, submittedYear } from './report-fixtures';
import { docxParts, pdfText } from './read-files';

// The facts the annual report states: who oversees the work and how often it reports (recorded
// governance settings, not guesses), the law and the statement's edition, the five maturity
// levels, a completed objective's final update, and DRAFT for a year not yet approved.

type Setup = Awaited<ReturnType<typeof reportingTrust>>;
let t: Setup;

beforeEach(async () => {
  await resetDatabase();
  t = await reportingTrust({ name: 'Facts Vale NHS Trust' });
});

// Every section the trust is offered (the PCREF section is for mental health trusts only).
const ALL = { sections: sectionsOfferedTo('acute'), variant: 'annual-report' } as const;
const SETTINGS = { oversightCommittee: 'Health Equity Committee', boardReportingFrequency: 'quarterly', statementEdition: '2023-11' };

describe('governance settings', () => {
  it('are validated with zod, naming each field that is wrong', () => {
    const result = governanceSettingsSchema.safeParse({ oversightCommittee: '  ', boardReportingFrequency: 'weekly', statementEdition: '' });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(fields).toEqual([
      ['oversightCommittee', 'Enter the name of the committee that oversees this work'],
      ['boardReportingFrequency', 'Select how often the committee reports to the board'],
      ['statementEdition', 'Select the edition of NHS England’s statement the report reviews against'],
    ]);
    expect(governanceSettingsSchema.safeParse({ ...SETTINGS, oversightCommittee: 'x'.repeat(201) }).success).toBe(false);
  });

  it('are set by the trust administrator only, and the database refuses values outside the lists', async () => {
    const input = governanceSettingsSchema.parse(SETTINGS);
    for (const ctx of [t.cosec, t.lead, t.ned, t.viewer]) await expect(saveGovernanceSettings(ctx, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getGovernanceSettings(t.cosec)).missing).toHaveLength(3);

    await saveGovernanceSettings(t.admin, input);

    expect(await getGovernanceSettings(t.cosec)).toMatchObject({
      oversightCommittee: 'Health Equity Committee',
      boardReportingFrequency: 'quarterly',
      statementEdition: '2023-11',
      missing: [],
      canChange: false,
    });
    await expect(withTenant(t.admin, (tx) => tx.trust.update({ where: { id: t.trust.id }, data: { boardReportingFrequency: 'weekly' } }))).rejects.toThrow(
      /Trust_boardReportingFrequency_known/,
    );
  });

  it('name the committee and its reporting in the report, never the committee most objectives name', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    const owner = await boardMember(t.trust, { name: 'Ola Owner', jobTitle: 'Chief Nurse', roleAreas: ['people'] });
    for (const title of ['One', 'Two'])
      await objectiveWithProgress(t.lead, owner, {
        financialYear: '2025',
        title,
        committee: 'Audit Committee',
        startDate: '2025-04-01',
        dueDate: '2026-03-31',
      });

    const before = findSection(await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW), 'leadership');
    expect(before).toMatchObject({ committee: null, committeeReportsToBoard: null });

    await saveGovernanceSettings(t.admin, governanceSettingsSchema.parse(SETTINGS));
    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW);
    expect(findSection(snapshot, 'leadership')).toMatchObject({ committee: 'Health Equity Committee', committeeReportsToBoard: 'every quarter' });

    const pdf = await pdfText(snapshot);
    expect(pdf).toContain('Committee that oversees this work: Health Equity Committee');
    expect(pdf).toContain('The committee reports to the board: every quarter');
    expect(pdf).not.toContain('Audit Committee');
    expect((await docxParts(snapshot)).text).toContain('Health Equity Committee');
  });
});

describe('the law, the statement’s edition and the maturity levels', () => {
  it('are named in the PDF and the Word file', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    await saveGovernanceSettings(t.admin, governanceSettingsSchema.parse(SETTINGS));
    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW);

    for (const text of [await pdfText(snapshot), (await docxParts(snapshot)).text]) {
      expect(text).toContain('Section 13SA of the National Health Service Act 2006');
      expect(text).toContain('the first edition, published on 27 November 2023');
      for (const level of ['Not started 0%', 'Emerging 1% to 24%', 'Developing 25% to 49%', 'Maturing 50% to 74%', 'Thriving 75% to 100%'])
        expect(text).toContain(level);
    }
  });

  it('say plainly when the edition has not been recorded', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW);
    expect(findSection(snapshot, 'statement-review')?.edition).toBeNull();
    expect(await pdfText(snapshot)).toContain('The edition of the statement reviewed against has not been recorded');
  });
});

describe('a completed objective', () => {
  it('shows its final update, not "Not written yet", even when the final update has no narrative', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    const owner = await boardMember(t.trust, { name: 'Cara Owner', jobTitle: 'Chief Operating Officer', roleAreas: ['operations-delivery'] });
    await objectiveWithProgress(
      t.lead,
      owner,
      { financialYear: '2025', title: 'Open evening clinics', unit: '%', startDate: '2025-04-01', dueDate: '2026-03-31' },
      [
        { date: '2025-09-01', status: 'at_risk', narrative: 'Recruitment is slow.' },
        { date: '2026-03-12', status: 'complete', narrative: '' },
      ],
    );
    await objectiveWithProgress(t.lead, owner, { financialYear: '2025', title: 'Translate letters', startDate: '2025-04-01', dueDate: '2026-03-31' }, [
      { date: '2025-09-01', status: 'on_track', narrative: 'Half translated.' },
      { date: '2026-02-20', status: 'complete', narrative: 'Every letter is now offered in the ten most used languages.' },
    ]);

    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW);

    expect(findSection(snapshot, 'objectives')?.objectives.map((objective) => objective.progressSummary)).toEqual([
      'Completed on 12 March 2026.',
      'Completed on 20 February 2026. Every letter is now offered in the ten most used languages.',
    ]);
    const pdf = await pdfText(snapshot);
    expect(pdf).toContain('Completed on 12 March 2026.');
    expect(pdf).not.toContain('Recruitment is slow.');
  });
});

describe('the snapshot’s status', () => {
  it('is DRAFT for a year submitted to the board but not yet approved, in the record and on every page', async () => {
    await submittedYear(t.lead, 2026);

    const started = await startReportExport(
      t.cosec,
      { financialYear: 2026, sections: ['assessment', 'objectives'], variant: 'annual-report', format: 'pdf' },
      NOW,
    );

    expect(started.snapshot.status).toBe('draft');
    expect((await storedExport(started.id)).reportStatus).toBe('draft');
    const pages = (await readPdf((await renderSnapshot('pdf', started.snapshot)).content)).pageTexts;
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.includes('DRAFT'))).toBe(true);
    const headers = Object.entries((await docxParts(started.snapshot)).files).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.some(([, xml]) => strFromU8(xml).includes('DRAFT'))).toBe(true);
  });
});
