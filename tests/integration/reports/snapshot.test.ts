import { beforeEach, describe, expect, it } from 'vitest';
import { getAssessmentResults } from '../../../lib/assessments/queries';
import { reopenAssessment } from '../../../lib/assessments/mutations';
import { buildAnnualReportSnapshot } from '../../../lib/reports/build-snapshot';
import { saveNarrative } from '../../../lib/reports/narratives';
import { findSection, sectionsOfferedTo } from '../../../lib/reports/snapshot';
import { resetDatabase } from '../setup/reset-db';
import { MIXED_ANSWERS } from '../assessments/assessment-fixtures';
import { NOW, approvedYear, boardMember, draftYear, everyAnswer, importedYear, objectiveWithProgress, reportingTrust } from './report-fixtures';

type Setup = Awaited<ReturnType<typeof reportingTrust>>;
let t: Setup;

beforeEach(async () => {
  await resetDatabase();
  t = await reportingTrust({ name: 'Snapshot Valley NHS Foundation Trust', type: 'acute_and_community', region: 'north_west' });
});

// Every section the trust is offered (the PCREF section is for mental health trusts only).
const ALL = { sections: sectionsOfferedTo('acute'), variant: 'annual-report' } as const;

describe('buildAnnualReportSnapshot: the self-assessment figures', () => {
  it('are exactly the numbers getAssessmentResults gives, with last year’s approved result for the change', async () => {
    const lastYear = await importedYear(t.lead, 2024, everyAnswer('partial'));
    const thisYear = await importedYear(t.lead, 2025, MIXED_ANSWERS);

    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW);

    const app = await getAssessmentResults(t.ned, thisYear);
    const before = await getAssessmentResults(t.ned, lastYear);
    const assessment = findSection(snapshot, 'assessment');
    expect(snapshot).toMatchObject({ financialYear: '2025/26', status: 'approved', variant: 'annual-report', generatedAt: NOW.toISOString() });
    expect(snapshot.trust).toEqual({
      name: 'Snapshot Valley NHS Foundation Trust',
      odsCode: expect.any(String),
      type: 'Combined acute and community trust',
      regionLabel: 'North West',
    });
    expect(assessment?.previousFinancialYear).toBe('2024/25');
    expect(assessment?.domains.map((d) => [d.number, d.label, d.score, d.maxScore, d.percent, d.maturityLabel])).toEqual(
      app.domains.map((d) => [d.domain, d.label, d.score, d.maxScore, d.percent, d.maturityLabel]),
    );
    expect(assessment?.domains.map((d) => d.previous)).toEqual(before.domains.map((d) => ({ maturityLabel: d.maturityLabel, percent: d.percent })));
    for (const domain of assessment?.domains ?? []) {
      const previous = domain.previous?.percent ?? 0;
      const expected = domain.percent > previous ? /^Up from / : domain.percent < previous ? /^Down from / : /^No change$/;
      expect(domain.changeText).toMatch(expected);
    }
  });

  it('say DRAFT and use the current draft answers when the year’s assessment is not approved', async () => {
    await importedYear(t.lead, 2025, everyAnswer('no'));
    const draft = await draftYear(t.lead, 2026, MIXED_ANSWERS);

    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2026, ...ALL }, NOW);

    expect(snapshot.status).toBe('draft');
    const app = await getAssessmentResults(t.lead, draft);
    expect(findSection(snapshot, 'assessment')?.domains.map((d) => [d.score, d.percent])).toEqual(app.domains.map((d) => [d.score, d.percent]));
  });

  it('becomes approved once the board approves, and draft again when the assessment is reopened', async () => {
    const id = await approvedYear(t.lead, t.cosec, 2026);
    expect((await buildAnnualReportSnapshot(t.cosec, { financialYear: 2026, ...ALL }, NOW)).status).toBe('approved');

    const approved = await getAssessmentResults(t.lead, id);
    await reopenAssessment(t.admin, { assessmentId: id, reason: 'A correction to 2.3', expectedVersion: approved.assessment.version }, NOW);

    expect((await buildAnnualReportSnapshot(t.cosec, { financialYear: 2026, ...ALL }, NOW)).status).toBe('draft');
  });

  it('compare only with an approved year before: a draft last year gives no change figures', async () => {
    await draftYear(t.lead, 2025, everyAnswer('partial'));
    await importedYear(t.lead, 2024, everyAnswer('yes'));
    await approvedYear(t.lead, t.cosec, 2026, everyAnswer('yes'));

    const assessment = findSection(await buildAnnualReportSnapshot(t.cosec, { financialYear: 2026, ...ALL }, NOW), 'assessment');

    expect(assessment?.previousFinancialYear).toBeNull();
    expect(assessment?.domains.every((d) => d.previous === null && d.changeText === 'No result for last year')).toBe(true);
  });

  it('refuse a year with no assessment with NOT_FOUND, naming the year', async () => {
    await expect(buildAnnualReportSnapshot(t.cosec, { financialYear: 2023, ...ALL }, NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('2023/24'),
    });
  });
});

describe('buildAnnualReportSnapshot: board, objectives and narratives', () => {
  it('names the executive lead and chair in post and the year’s board in the guide’s order, and does not guess the committee from the objectives', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    await boardMember(t.trust, { name: 'Zara Chair', jobTitle: 'Chair', roleAreas: ['chair', 'non-executive-directors'], isExecutive: false });
    await boardMember(t.trust, { name: 'Old Lead', jobTitle: 'Chief Nurse', roleAreas: ['executive-lead'], endDate: '2025-09-30' });
    const lead = await boardMember(t.trust, {
      name: 'Dr New Lead',
      jobTitle: 'Chief Medical Officer',
      roleAreas: ['clinical-quality-research', 'executive-lead'],
      startDate: '2025-10-01',
    });
    await boardMember(t.trust, { name: 'Long Gone', jobTitle: 'Former Director', roleAreas: ['finance'], endDate: '2024-03-31' });
    await boardMember(t.trust, { name: 'Not Yet', jobTitle: 'Incoming Director', roleAreas: ['people'], startDate: '2026-04-01' });
    await objectiveWithProgress(t.lead, lead, { financialYear: '2025', committee: 'Quality Committee', startDate: '2025-04-01', dueDate: '2026-03-31' });
    await objectiveWithProgress(t.lead, lead, {
      financialYear: '2025',
      title: 'Second',
      committee: 'Quality Committee',
      startDate: '2025-04-01',
      dueDate: '2026-03-31',
    });
    await objectiveWithProgress(t.lead, lead, {
      financialYear: '2025',
      title: 'Third',
      committee: 'Audit Committee',
      startDate: '2025-04-01',
      dueDate: '2026-03-31',
    });

    const leadership = findSection(await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW), 'leadership');

    expect(leadership?.executiveLead).toEqual({ name: 'Dr New Lead', jobTitle: 'Chief Medical Officer' });
    expect(leadership?.chair).toEqual({ name: 'Zara Chair', jobTitle: 'Chair' });
    // The committee is a recorded governance setting (report-facts.test.ts), none recorded here.
    expect(leadership?.committee).toBeNull();
    expect(leadership?.boardMembers).toEqual([
      { name: 'Zara Chair', jobTitle: 'Chair', roleAreas: ['Chair', 'Non-executive directors'] },
      { name: 'Dr New Lead', jobTitle: 'Chief Medical Officer', roleAreas: ['Executive lead for health inequalities', 'Clinical, quality and research'] },
      { name: 'Old Lead', jobTitle: 'Chief Nurse', roleAreas: ['Executive lead for health inequalities'] },
    ]);
  });

  it('lists the year’s objectives with the owner’s job title, the status label and the latest progress narrative', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    const owner = await boardMember(t.trust, { name: 'Olu Owner', jobTitle: 'Chief Operating Officer', roleAreas: ['operations-delivery'] });
    await objectiveWithProgress(
      t.lead,
      owner,
      { financialYear: '2025', title: 'Cut missed appointments', catalogueRefs: ['8.2'], questionRefs: [], startDate: '2025-04-01', dueDate: '2026-03-31' },
      [
        { date: '2025-07-01', status: 'on_track', narrative: 'Evening clinics started.' },
        { date: '2025-10-01', status: 'at_risk', narrative: 'Staffing gaps slowed the second site.' },
        { date: '2025-12-01', status: 'on_track', narrative: '' },
      ],
    );
    await objectiveWithProgress(t.lead, null, {
      financialYear: '2025',
      source: 'own',
      catalogueRefs: [],
      title: 'Unowned idea',
      startDate: '2025-04-01',
      dueDate: '2026-03-31',
    });
    await objectiveWithProgress(t.lead, owner, { financialYear: '2026', title: 'Next year’s objective' });

    const objectives = findSection(await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW), 'objectives');

    expect(objectives?.objectives).toEqual([
      {
        title: 'Cut missed appointments',
        guideRefs: ['8.2'],
        ownerRole: 'Chief Operating Officer',
        statusLabel: 'On track',
        progressSummary: 'Staffing gaps slowed the second site.',
      },
      { title: 'Unowned idea', guideRefs: [], ownerRole: null, statusLabel: 'Not started', progressSummary: '' },
    ]);
  });

  it('carries this year’s narratives into their sections, and only the chosen sections', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    await saveNarrative(t.cosec, {
      financialYear: 2025,
      section: 'leadership-governance',
      body: 'The Quality Committee oversees the work.',
      expectedVersion: 0,
    });
    await saveNarrative(t.cosec, { financialYear: 2025, section: 'statement-publish', body: 'We publish it on our website.', expectedVersion: 0 });
    await saveNarrative(t.cosec, { financialYear: 2025, section: 'data-quality', body: 'Ethnicity is missing for 7% of records.', expectedVersion: 0 });
    await saveNarrative(t.cosec, { financialYear: 2024, section: 'data-quality', body: 'Last year’s note.', expectedVersion: 0 });

    const all = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW);
    const some = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, sections: ['data-quality', 'statement-review'], variant: 'board-paper' }, NOW);

    expect(findSection(all, 'leadership')?.governanceNarrative).toBe('The Quality Committee oversees the work.');
    expect(findSection(all, 'statement-review')?.expectations).toEqual([
      { id: 'understand-need', narrative: '' },
      { id: 'break-down-data', narrative: '' },
      { id: 'data-quality', narrative: '' },
      { id: 'act-and-evaluate', narrative: '' },
      { id: 'publish', narrative: 'We publish it on our website.' },
    ]);
    expect(findSection(all, 'data-quality')?.note).toBe('Ethnicity is missing for 7% of records.');
    expect(some.sections.map((section) => section.id)).toEqual(['statement-review', 'data-quality']);
    expect(some.variant).toBe('board-paper');
  });

  it('is frozen and survives a JSON round trip, so it can be stored with the export and rendered again', async () => {
    await importedYear(t.lead, 2025, MIXED_ANSWERS);
    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW);

    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(findSection(snapshot, 'assessment')?.domains[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('never reads another trust’s rows', async () => {
    const other = await reportingTrust({ name: 'Other Hills NHS Trust' });
    await importedYear(other.lead, 2025, everyAnswer('yes'));
    await boardMember(other.trust, { name: 'Other Lead', jobTitle: 'Other', roleAreas: ['executive-lead'] });
    await saveNarrative(other.cosec, { financialYear: 2025, section: 'data-quality', body: 'Other trust’s note', expectedVersion: 0 });
    await importedYear(t.lead, 2025, everyAnswer('no'));

    const snapshot = await buildAnnualReportSnapshot(t.cosec, { financialYear: 2025, ...ALL }, NOW);

    expect(JSON.stringify(snapshot)).not.toMatch(/Other/);
    expect(findSection(snapshot, 'assessment')?.domains.every((d) => d.score === 0)).toBe(true);
  });
});
