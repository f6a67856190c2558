import { beforeEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../../lib/assessments/answer-mutations';
import { recordImportedAssessment } from '../../../lib/assessments/import-assessment';
import { reopenAssessment, startAssessment } from '../../../lib/assessments/mutations';
import { getAssessment, getAssessmentResults, listAssessments } from '../../../lib/assessments/queries';
import { scoreAssessment } from '../../../lib/assessments/scoring';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { MIXED_ANSWERS, NOW, everyAnswer, saveAnswers } from './assessment-fixtures';

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trust: TestTrust;
let lead: Ctx;
let admin: Ctx;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  lead = await createMemberContext(trust, 'executive_lead');
  admin = await createMemberContext(trust, 'trust_admin');
});

describe('results', () => {
  it('are exactly what scoreAssessment gives for the same answers, with labels and objective details', async () => {
    const { id } = await startAssessment(lead, { financialYear: 2026 }, NOW);
    await saveAnswers(lead, id, MIXED_ANSWERS);
    const results = await getAssessmentResults(await createMemberContext(trust, 'non_executive_director'), id);
    const expected = scoreAssessment(MIXED_ANSWERS);
    expect(results.result).toEqual(expected);
    expect(results).toMatchObject({ source: 'answers', suggestionsAvailable: true });
    expect(
      results.domains.map((d) => ({
        domain: d.domain,
        score: d.score,
        maxScore: d.maxScore,
        percent: d.percent,
        maturity: d.maturity,
        suggestedObjectives: d.suggestedObjectives.map((o) => o.ref),
      })),
    ).toEqual(expected.domains);
    const domain3 = results.domains[2];
    expect(domain3?.label).toBe('Strategic leadership and accountability');
    // 3.2 is "no", so the named-lead objective is suggested, with who owns it.
    expect(domain3?.suggestedObjectives.find((o) => o.ref === '3.4')).toMatchObject({ roleAreaLabel: 'Chief executive', summary: expect.any(String) });
  });

  it('count carried-over answers, since they are this year’s answers until changed', async () => {
    const { id: lastYear } = await startAssessment(lead, { financialYear: 2025 }, NOW);
    await saveAnswers(lead, lastYear, MIXED_ANSWERS);
    const { id } = await startAssessment(lead, { financialYear: 2026 }, NOW);
    await saveAnswer(lead, { assessmentId: id, questionRef: '4.5', value: 'yes', evidenceNote: '', evidenceLinks: [], expectedVersion: 1 });
    expect((await getAssessmentResults(lead, id)).result).toEqual(scoreAssessment({ ...MIXED_ANSWERS, '4.5': 'yes' }));
  });

  it('say per domain how many answers are confirmed this year, carried over and unreviewed, or missing', async () => {
    const { id: lastYear } = await startAssessment(lead, { financialYear: 2025 }, NOW);
    await saveAnswers(lead, lastYear, MIXED_ANSWERS);
    const { id } = await startAssessment(lead, { financialYear: 2026 }, NOW);
    await saveAnswer(lead, { assessmentId: id, questionRef: '4.5', value: 'yes', evidenceNote: '', evidenceLinks: [], expectedVersion: 1 });
    await saveAnswer(lead, { assessmentId: id, questionRef: '1.1', value: 'no', evidenceNote: '', evidenceLinks: [], expectedVersion: 1 });
    const { answerCounts } = await getAssessmentResults(lead, id);
    expect(answerCounts.map(({ domain, confirmed, carriedOver, unanswered }) => [domain, confirmed, carriedOver, unanswered])).toEqual([
      [1, 1, 2, 1],
      [2, 0, 5, 2],
      [3, 0, 5, 4],
      [4, 1, 2, 2],
    ]);
  });

  it('of an empty assessment point every domain at its minimum set', async () => {
    const { id } = await startAssessment(lead, { financialYear: 2026 }, NOW);
    const results = await getAssessmentResults(lead, id);
    expect(results.result).toEqual(scoreAssessment({}));
    expect(results.domains.map((d) => d.maturityLabel)).toEqual(['Not started', 'Not started', 'Not started', 'Not started']);
  });
});

describe('imported results', () => {
  it('record a past year’s domain scores, approved and marked imported, with percentages and maturity from the same bands', async () => {
    const { id } = await recordImportedAssessment(
      lead,
      { kind: 'scores', financialYear: 2024, domainScores: { 1: 3, 2: 14, 3: 9, 4: 0 }, approvalDate: '2025-03-12', meetingRef: 'Board March 2025' },
      NOW,
    );
    const results = await getAssessmentResults(lead, id);
    expect(results.answerCounts).toEqual([]);
    expect(results).toMatchObject({
      source: 'imported-scores',
      suggestionsAvailable: false,
      assessment: { isImported: true, status: 'approved', financialYearLabel: '2024/25', isEditable: false, progressPercent: null },
    });
    expect(results.domains.map((d) => [d.score, d.maxScore, d.percent, d.maturity, d.suggestedObjectives.length])).toEqual([
      [3, 8, 38, 'developing', 0],
      [14, 14, 100, 'thriving', 0],
      [9, 18, 50, 'maturing', 0],
      [0, 10, 0, 'not-started', 0],
    ]);
    const assessment = await getAssessment(lead, id);
    expect(assessment).toMatchObject({ source: 'imported-scores', answers: [], approvalMeetingRef: 'Board March 2025', approvedBy: { id: lead.userId } });
    expect((await listAssessments(lead)).map((a) => [a.financialYear, a.isImported, a.progressPercent])).toEqual([[2024, true, null]]);
  });

  it('from answers score like any assessment, and pre-fill the next year', async () => {
    const { id } = await recordImportedAssessment(admin, { kind: 'answers', financialYear: 2024, answers: MIXED_ANSWERS }, NOW);
    expect((await getAssessmentResults(lead, id)).result).toEqual(scoreAssessment(MIXED_ANSWERS));
    const next = await startAssessment(lead, { financialYear: 2025 }, NOW);
    expect(next).toMatchObject({ carriedOverFrom: 2024, carriedOverCount: Object.keys(MIXED_ANSWERS).length });
  });

  it('take the year: no second assessment or import for it, and no editing or reopening', async () => {
    const { id } = await recordImportedAssessment(lead, { kind: 'answers', financialYear: 2024, answers: everyAnswer('yes') }, NOW);
    await expect(recordImportedAssessment(lead, { kind: 'scores', financialYear: 2024, domainScores: { 1: 0, 2: 0, 3: 0, 4: 0 } }, NOW)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(startAssessment(lead, { financialYear: 2024 }, NOW)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      saveAnswer(admin, { assessmentId: id, questionRef: '1.1', value: 'no', evidenceNote: '', evidenceLinks: [], expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(reopenAssessment(admin, { assessmentId: id, reason: 'Typo' }, NOW)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('are refused for roles that cannot start assessments, out-of-range scores and future years', async () => {
    await expect(
      recordImportedAssessment(
        await createMemberContext(trust, 'non_executive_director'),
        { kind: 'scores', financialYear: 2024, domainScores: { 1: 1, 2: 1, 3: 1, 4: 1 } },
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recordImportedAssessment(lead, { kind: 'scores', financialYear: 2024, domainScores: { 1: 9, 2: 1, 3: 1, 4: 1 } }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { domain1: [expect.any(String)] },
    });
    await expect(recordImportedAssessment(lead, { kind: 'answers', financialYear: 2024, answers: { '3.2': 'partial' } }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(recordImportedAssessment(lead, { kind: 'scores', financialYear: 2027, domainScores: { 1: 1, 2: 1, 3: 1, 4: 1 } }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await listAssessments(lead)).toEqual([]);
  });
});
