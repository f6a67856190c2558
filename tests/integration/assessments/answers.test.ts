import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { confirmCarriedOverAnswer, saveAnswer } from '../../../lib/assessments/answer-mutations';
import { AnswerConflictError } from '../../../lib/assessments/answer-dto';
import { startAssessment } from '../../../lib/assessments/mutations';
import { getAssessment, getAssessmentQuestion } from '../../../lib/assessments/queries';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { NOW, saveAnswers, versionOf } from './assessment-fixtures';

let trust: TestTrust;
let lead: Awaited<ReturnType<typeof createMemberContext>>;
let assessmentId: string;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  lead = await createMemberContext(trust, 'executive_lead');
  ({ id: assessmentId } = await startAssessment(lead, { financialYear: 2026 }, NOW));
});

function answerInput(overrides: Partial<Parameters<typeof saveAnswer>[1]> = {}): Parameters<typeof saveAnswer>[1] {
  return {
    assessmentId,
    questionRef: '2.2',
    value: 'partial',
    evidenceNote: 'Ethnicity split shown for outpatients only.',
    evidenceLinks: ['https://example.nhs.uk/board/2026-05'],
    expectedVersion: 1,
    ...overrides,
  };
}

describe('saving answers', () => {
  it('saves the answer and its evidence, moves the version on and records who saved it', async () => {
    const saved = await saveAnswer(lead, answerInput());
    expect(saved).toMatchObject({
      questionRef: '2.2',
      value: 'partial',
      evidenceNote: 'Ethnicity split shown for outpatients only.',
      evidenceLinks: ['https://example.nhs.uk/board/2026-05'],
      version: 2,
      updatedById: lead.userId,
      carriedOver: false,
    });

    const page = await getAssessmentQuestion(lead, assessmentId, '2.2');
    expect(page.answer).toMatchObject({ value: 'partial', version: 2, state: 'answered', updatedByName: 'Test User' });
    expect(page.question.ref).toBe('2.2');
    expect([page.previousRef, page.nextRef]).toEqual(['2.1', '2.3']);
  });

  it('lets several executives answer different questions without getting in each other’s way', async () => {
    const director = await createMemberContext(trust, 'executive_director');
    const admin = await createMemberContext(trust, 'trust_admin');
    await saveAnswer(lead, answerInput({ questionRef: '1.1', value: 'yes' }));
    await saveAnswer(director, answerInput({ questionRef: '1.2', value: 'no' }));
    await saveAnswer(admin, answerInput({ questionRef: '1.3', value: 'partial' }));
    const assessment = await getAssessment(lead, assessmentId);
    expect(assessment.answers.filter((a) => a.state === 'answered').map((a) => [a.questionRef, a.value])).toEqual([
      ['1.1', 'yes'],
      ['1.2', 'no'],
      ['1.3', 'partial'],
    ]);
  });

  it('refuses a stale save, returning both the saved and the attempted answer, and changes nothing', async () => {
    const director = await createMemberContext(trust, 'executive_director');
    await saveAnswer(director, answerInput({ value: 'yes', evidenceNote: 'Reported monthly since April.', evidenceLinks: [] }));
    const before = await getPrisma().assessmentAnswer.findFirstOrThrow({ where: { assessmentId, questionRef: '2.2' } });

    const stale = saveAnswer(lead, answerInput({ value: 'no', evidenceNote: 'Not yet reported.', expectedVersion: 1 }));
    await expect(stale).rejects.toBeInstanceOf(AnswerConflictError);
    const error = (await stale.catch((e: unknown) => e)) as AnswerConflictError;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/question 2\.2/);
    expect(error.saved).toMatchObject({ value: 'yes', evidenceNote: 'Reported monthly since April.', version: 2, updatedById: director.userId });
    expect(error.attempted).toEqual({ value: 'no', evidenceNote: 'Not yet reported.', evidenceLinks: ['https://example.nhs.uk/board/2026-05'] });

    const after = await getPrisma().assessmentAnswer.findFirstOrThrow({ where: { assessmentId, questionRef: '2.2' } });
    expect(after).toEqual(before);

    // Having seen both, the user can overwrite deliberately from the version they were shown.
    const overwritten = await saveAnswer(lead, answerInput({ value: 'no', expectedVersion: error.saved.version }));
    expect(overwritten).toMatchObject({ value: 'no', version: 3 });
  });

  it('lets exactly one of two simultaneous saves from the same version through', async () => {
    const director = await createMemberContext(trust, 'executive_director');
    const results = await Promise.allSettled([saveAnswer(lead, answerInput({ value: 'yes' })), saveAnswer(director, answerInput({ value: 'no' }))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toBeInstanceOf(AnswerConflictError);
    expect(await versionOf(lead, assessmentId, '2.2')).toBe(2);
  });

  it('refuses partial for question 3.2 and links that are not web addresses, even when called directly', async () => {
    await expect(saveAnswer(lead, answerInput({ questionRef: '3.2', value: 'partial' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { value: ['Question 3.2 can only be answered yes or no'] },
    });
    await expect(saveAnswer(lead, answerInput({ evidenceLinks: ['javascript:alert(1)'] }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { evidenceLinks: [expect.stringMatching(/web address/)] },
    });
    await expect(saveAnswer(lead, answerInput({ questionRef: '9.9' }))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await versionOf(lead, assessmentId, '3.2')).toBe(1);
  });

  it('the database itself refuses partial for question 3.2', async () => {
    await expect(getPrisma().assessmentAnswer.updateMany({ where: { assessmentId, questionRef: '3.2' }, data: { value: 'partial' } })).rejects.toThrow(
      /AssessmentAnswer_exec_lead_yes_or_no|check constraint/i,
    );
  });

  it.each(['non_executive_director', 'viewer', 'company_secretary'] as const)('does not let a %s change an answer, though they can read it', async (role) => {
    const reader = await createMemberContext(trust, role);
    await expect(saveAnswer(reader, answerInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(confirmCarriedOverAnswer(reader, { assessmentId, questionRef: '2.2', expectedVersion: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getAssessment(reader, assessmentId)).answers).toHaveLength(25);
    expect(await versionOf(lead, assessmentId, '2.2')).toBe(1);
  });

  it('leaves a question unanswered when saved without a value, keeping its evidence', async () => {
    await saveAnswer(lead, answerInput({ value: null, evidenceNote: 'Still gathering papers.' }));
    const page = await getAssessmentQuestion(lead, assessmentId, '2.2');
    expect(page.answer).toMatchObject({ value: null, evidenceNote: 'Still gathering papers.', state: 'unanswered' });
  });
});

describe('progress and sections', () => {
  it('shows each domain as not started, in progress or completed, and progress as answered out of 25', async () => {
    await saveAnswers(lead, assessmentId, { '1.1': 'yes', '1.2': 'no', '1.3': 'partial', '1.4': 'yes', '2.1': 'no' });
    const assessment = await getAssessment(lead, assessmentId);
    expect(assessment.sections.map((s) => [s.domain, s.status, s.answeredCount])).toEqual([
      [1, 'completed', 4],
      [2, 'in-progress', 1],
      [3, 'not-started', 0],
      [4, 'not-started', 0],
    ]);
    expect(assessment).toMatchObject({ answeredCount: 5, totalQuestions: 25, progressPercent: 20, isReadyToSubmit: false, isEditable: true });
  });
});
