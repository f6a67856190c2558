import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withTenant } from '../../../lib/db/with-tenant';
import { confirmCarriedOverAnswer, saveAnswer } from '../../../lib/assessments/answer-mutations';
import { approveAssessment, reopenAssessment, startAssessment, submitAssessment } from '../../../lib/assessments/mutations';
import { getAssessment, listAssessments } from '../../../lib/assessments/queries';
import { QUESTION_BANK_VERSION } from '../../../lib/assessments/question-bank';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { MIXED_ANSWERS, NOW, auditEventsFor, everyAnswer, saveAnswers, versionOf } from './assessment-fixtures';

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trust: TestTrust;
let lead: Ctx;
let admin: Ctx;
let secretary: Ctx;

beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust();
  lead = await createMemberContext(trust, 'executive_lead');
  admin = await createMemberContext(trust, 'trust_admin');
  secretary = await createMemberContext(trust, 'company_secretary');
});

async function submittedAssessment(financialYear = 2026): Promise<string> {
  const { id } = await startAssessment(lead, { financialYear }, NOW);
  await saveAnswers(lead, id, everyAnswer('partial'));
  await submitAssessment(lead, { assessmentId: id }, NOW);
  return id;
}

describe('starting an assessment', () => {
  it('creates a draft with an empty answer for each of the 25 questions and the question bank version', async () => {
    const started = await startAssessment(lead, { financialYear: 2026 }, NOW);
    expect(started).toMatchObject({ financialYear: 2026, carriedOverFrom: null, carriedOverCount: 0 });
    const assessment = await getAssessment(lead, started.id);
    expect(assessment).toMatchObject({
      status: 'draft',
      financialYearLabel: '2026/27',
      questionBankVersion: QUESTION_BANK_VERSION,
      progressPercent: 0,
      createdBy: { id: lead.userId },
    });
    expect(assessment.answers.map((a) => a.questionRef).slice(0, 5)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    expect(assessment.answers.every((a) => a.value === null && a.state === 'unanswered' && a.version === 1)).toBe(true);
  });

  it('allows one assessment per trust per financial year', async () => {
    await startAssessment(lead, { financialYear: 2025 }, NOW);
    await expect(startAssessment(admin, { financialYear: 2025 }, NOW)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2025/26') });
    const other = await createTestTrust();
    const otherLead = await createMemberContext(other, 'executive_lead');
    await expect(startAssessment(otherLead, { financialYear: 2025 }, NOW)).resolves.toMatchObject({ financialYear: 2025 });
  });

  it('refuses two simultaneous starts for the same year with a conflict, not a crash', async () => {
    const results = await Promise.allSettled([startAssessment(lead, { financialYear: 2025 }, NOW), startAssessment(admin, { financialYear: 2025 }, NOW)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await getPrisma().assessment.count()).toBe(1);
  });

  it('refuses a financial year that has not started yet', async () => {
    await expect(startAssessment(lead, { financialYear: 2027 }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { financialYear: ['Choose 2026/27 or an earlier financial year'] },
    });
  });

  it('is for the executive lead or an administrator only', async () => {
    for (const role of ['executive_director', 'non_executive_director', 'company_secretary', 'viewer'] as const) {
      await expect(startAssessment(await createMemberContext(trust, role), { financialYear: 2026 }, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(startAssessment(admin, { financialYear: 2026 }, NOW)).resolves.toBeTruthy();
  });

  it('pre-fills from the most recent earlier year, marked carried over until confirmed or changed', async () => {
    const { id: older } = await startAssessment(lead, { financialYear: 2024 }, NOW);
    await saveAnswers(lead, older, { '1.1': 'no' });
    const { id: lastYear } = await startAssessment(lead, { financialYear: 2025 }, NOW);
    await saveAnswers(lead, lastYear, MIXED_ANSWERS, { '2.2': 'Quarterly report, board paper 7.' });
    await saveAnswer(lead, {
      assessmentId: lastYear,
      questionRef: '3.4',
      value: null,
      evidenceNote: 'Lead appointed in March.',
      evidenceLinks: ['https://example.nhs.uk/papers/march'],
      expectedVersion: 1,
    });

    const started = await startAssessment(lead, { financialYear: 2026 }, NOW);
    expect(started).toMatchObject({ carriedOverFrom: 2025, carriedOverCount: Object.keys(MIXED_ANSWERS).length + 1 });
    const thisYear = await getAssessment(lead, started.id);
    const byRef = new Map(thisYear.answers.map((a) => [a.questionRef, a]));
    expect(byRef.get('1.1')).toMatchObject({ value: 'yes', carriedOver: true, state: 'carried-over' });
    expect(byRef.get('2.2')).toMatchObject({ value: 'yes', evidenceNote: 'Quarterly report, board paper 7.', carriedOver: true });
    expect(byRef.get('3.4')).toMatchObject({
      value: null,
      evidenceNote: 'Lead appointed in March.',
      evidenceLinks: ['https://example.nhs.uk/papers/march'],
      carriedOver: true,
    });
    expect(byRef.get('4.5')).toMatchObject({ value: null, evidenceNote: '', carriedOver: false, state: 'unanswered' });
    expect(thisYear).toMatchObject({ answeredCount: 0, carriedOverCount: 16, progressPercent: 0 });
    expect(thisYear.sections[0]).toMatchObject({ status: 'not-started', carriedOverCount: 3 });

    // Confirming keeps the answer; changing it clears the mark too.
    const confirmed = await confirmCarriedOverAnswer(lead, { assessmentId: started.id, questionRef: '1.1', expectedVersion: 1 });
    expect(confirmed).toMatchObject({ value: 'yes', carriedOver: false, version: 2 });
    const changed = await saveAnswer(lead, {
      assessmentId: started.id,
      questionRef: '1.2',
      value: 'yes',
      evidenceNote: '',
      evidenceLinks: [],
      expectedVersion: 1,
    });
    expect(changed).toMatchObject({ value: 'yes', carriedOver: false });
    expect((await getAssessment(lead, started.id)).sections[0]).toMatchObject({ status: 'in-progress', answeredCount: 2, carriedOverCount: 1 });
    // Last year's answers are untouched.
    expect((await getAssessment(lead, lastYear)).answers.find((a) => a.questionRef === '1.1')).toMatchObject({ value: 'yes', carriedOver: false });
  });
});

describe('submitting and approving', () => {
  it('refuses to submit until every question is answered and every carried-over answer reviewed', async () => {
    const { id } = await startAssessment(lead, { financialYear: 2025 }, NOW);
    await saveAnswers(lead, id, everyAnswer('yes'));
    await submitAssessment(lead, { assessmentId: id }, NOW);
    await approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-01-20', meetingRef: 'Board 20 Jan 2026, item 11' }, NOW);

    const { id: next } = await startAssessment(lead, { financialYear: 2026 }, NOW);
    await saveAnswer(lead, { assessmentId: next, questionRef: '1.1', value: null, evidenceNote: '', evidenceLinks: [], expectedVersion: 1 });
    const refusal = submitAssessment(lead, { assessmentId: next }, NOW);
    await expect(refusal).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/^Before you submit, answer question 1\.1, and confirm or change the carried-over answers to questions 1\.2, 1\.3/),
    });
    expect((await getAssessment(lead, next)).status).toBe('draft');
  });

  it('records submission and the board’s approval, which locks the answers', async () => {
    const id = await submittedAssessment();
    expect(await getAssessment(lead, id)).toMatchObject({ status: 'submitted', isEditable: false, submittedBy: { id: lead.userId } });
    const version = await versionOf(lead, id, '1.1');
    await expect(
      saveAnswer(lead, { assessmentId: id, questionRef: '1.1', value: 'yes', evidenceNote: '', evidenceLinks: [], expectedVersion: version }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });

    await approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-06-11', meetingRef: 'Public board 11 June 2026, item 8' }, NOW);
    const approved = await getAssessment(admin, id);
    expect(approved).toMatchObject({
      status: 'approved',
      approvalMeetingRef: 'Public board 11 June 2026, item 8',
      approvedBy: { id: secretary.userId, name: 'Test User' },
      approvedAt: NOW,
    });
    expect(approved.approvalDate?.toISOString()).toBe('2026-06-11T00:00:00.000Z');

    await expect(
      saveAnswer(admin, { assessmentId: id, questionRef: '1.1', value: 'yes', evidenceNote: '', evidenceLinks: [], expectedVersion: version }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE', message: expect.stringMatching(/approved/) });
    await expect(confirmCarriedOverAnswer(admin, { assessmentId: id, questionRef: '1.1', expectedVersion: version })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    await expect(submitAssessment(lead, { assessmentId: id }, NOW)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(approveAssessment(admin, { assessmentId: id, approvalDate: '2026-06-11', meetingRef: 'again' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await versionOf(lead, id, '1.1')).toBe(version);
  });

  it('locks approved answers in the database too, whatever the code path', async () => {
    const id = await submittedAssessment();
    await approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-06-11', meetingRef: 'Board item 8' }, NOW);
    await expect(
      withTenant(admin, (tx) => tx.assessmentAnswer.updateMany({ where: { assessmentId: id, trustId: admin.trustId }, data: { value: 'yes' } })),
    ).rejects.toThrow(/not a draft/);
  });

  it('only lets the company secretary or an administrator record approval, with a past date and a meeting reference', async () => {
    const id = await submittedAssessment();
    for (const role of ['executive_lead', 'executive_director', 'non_executive_director', 'viewer'] as const) {
      await expect(
        approveAssessment(await createMemberContext(trust, role), { assessmentId: id, approvalDate: '2026-06-11', meetingRef: 'x' }, NOW),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-06-16', meetingRef: 'Board' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { approvalDate: [expect.any(String)] },
    });
    await expect(approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-06-11', meetingRef: '  ' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { meetingRef: [expect.any(String)] },
    });
    await expect(approveAssessment(admin, { assessmentId: id, approvalDate: '2026-06-15', meetingRef: 'Board' }, NOW)).resolves.toMatchObject({ id });
  });

  it('cannot approve a draft, and refuses a status change made from an out-of-date page', async () => {
    const { id } = await startAssessment(lead, { financialYear: 2026 }, NOW);
    await expect(approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-06-11', meetingRef: 'Board' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    await saveAnswers(lead, id, everyAnswer('no'));
    const { version } = await submitAssessment(lead, { assessmentId: id, expectedVersion: 1 }, NOW);
    expect(version).toBe(2);
    await expect(
      approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-06-11', meetingRef: 'Board', expectedVersion: 1 }, NOW),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('reopening', () => {
  it('needs an administrator and a reason', async () => {
    const id = await submittedAssessment();
    await approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-06-11', meetingRef: 'Board item 8' }, NOW);
    for (const ctx of [lead, secretary, await createMemberContext(trust, 'executive_director'), await createMemberContext(trust, 'non_executive_director')]) {
      await expect(reopenAssessment(ctx, { assessmentId: id, reason: 'Correct 2.1' }, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(reopenAssessment(admin, { assessmentId: id, reason: '   ' }, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect((await getAssessment(admin, id)).status).toBe('approved');
  });

  it('returns the assessment to draft, keeps the reason and writes every change to the audit trail', async () => {
    const id = await submittedAssessment();
    await approveAssessment(secretary, { assessmentId: id, approvalDate: '2026-06-11', meetingRef: 'Board item 8' }, NOW);
    const later = new Date('2026-06-20T09:00:00Z');
    await reopenAssessment(admin, { assessmentId: id, reason: 'Answer 2.1 was based on last year’s audit.' }, later);

    const reopened = await getAssessment(admin, id);
    expect(reopened).toMatchObject({
      status: 'draft',
      isEditable: true,
      reopenReason: 'Answer 2.1 was based on last year’s audit.',
      reopenedAt: later,
      reopenedBy: { id: admin.userId },
      approvedAt: null,
      approvalDate: null,
      approvalMeetingRef: null,
      submittedAt: null,
    });
    await expect(
      saveAnswer(lead, {
        assessmentId: id,
        questionRef: '2.1',
        value: 'no',
        evidenceNote: '',
        evidenceLinks: [],
        expectedVersion: await versionOf(lead, id, '2.1'),
      }),
    ).resolves.toMatchObject({ value: 'no' });

    const events = await auditEventsFor('Assessment', id);
    expect(events.map((e) => e.action)).toEqual(['insert', 'update', 'update', 'update']);
    const reopenEvent = events[3];
    expect(reopenEvent).toMatchObject({ trustId: trust.id, actorUserId: admin.userId, actorLabel: 'user' });
    expect(reopenEvent?.changes).toMatchObject({
      status: { old: 'approved', new: 'draft' },
      reopenReason: { old: null, new: 'Answer 2.1 was based on last year’s audit.' },
      approvalMeetingRef: { old: 'Board item 8', new: null },
      reopenedById: { old: null, new: admin.userId },
    });
    expect(events[2]?.changes).toMatchObject({ status: { old: 'submitted', new: 'approved' }, approvedById: { old: null, new: secretary.userId } });
    const answerEvents = await getPrisma().auditEvent.count({ where: { tableName: 'AssessmentAnswer', trustId: trust.id } });
    expect(answerEvents).toBeGreaterThanOrEqual(25 + 25 + 1);
  });

  it('keeps every reopening in the audit trail, though the row shows only the latest', async () => {
    const id = await submittedAssessment();
    await reopenAssessment(admin, { assessmentId: id, reason: 'First reason' }, NOW);
    await submitAssessment(lead, { assessmentId: id }, NOW);
    await reopenAssessment(admin, { assessmentId: id, reason: 'Second reason' }, NOW);
    expect((await getAssessment(admin, id)).reopenReason).toBe('Second reason');
    const reasons = (await auditEventsFor('Assessment', id)).map((e) => (e.changes as Record<string, { new?: unknown }>).reopenReason?.new).filter(Boolean);
    expect(reasons).toEqual(['First reason', 'Second reason']);
    await expect(reopenAssessment(admin, { assessmentId: id, reason: 'Third' }, NOW)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('listing', () => {
  it('lists the trust’s assessments newest first with their status and progress', async () => {
    await submittedAssessment(2024);
    const { id } = await startAssessment(lead, { financialYear: 2025 }, NOW);
    // Carried over from 2024/25: only the one answer saved this year counts towards progress.
    await saveAnswers(lead, id, { '1.1': 'yes' });
    const list = await listAssessments(await createMemberContext(trust, 'viewer'));
    expect(list.map((a) => [a.financialYearLabel, a.status, a.progressPercent])).toEqual([
      ['2025/26', 'draft', 4],
      ['2024/25', 'submitted', 100],
    ]);
  });
});
