import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  approveAssessmentSchema,
  recordImportedAssessmentSchema,
  reopenAssessmentSchema,
  saveAnswerSchema,
  startAssessmentSchema,
} from '../../../lib/assessments/schemas';
import { toFieldErrors } from '../../../lib/actions/action-result';

const assessmentId = randomUUID();

function save(overrides: Record<string, unknown>) {
  return saveAnswerSchema.safeParse({
    assessmentId,
    questionRef: '1.1',
    value: 'yes',
    evidenceNote: '',
    evidenceLinks: '',
    expectedVersion: '1',
    ...overrides,
  });
}

describe('startAssessmentSchema', () => {
  it('takes the year as shown or as a select value', () => {
    expect(startAssessmentSchema.parse({ financialYear: '2025/26' })).toEqual({ financialYear: 2025 });
    expect(startAssessmentSchema.parse({ financialYear: '2025' })).toEqual({ financialYear: 2025 });
  });

  it('refuses a year whose halves do not follow on or that is out of range', () => {
    for (const financialYear of ['2025/27', '1999', '2101/02', '', 'next year']) {
      const result = startAssessmentSchema.safeParse({ financialYear });
      expect(result.success).toBe(false);
      if (!result.success) expect(toFieldErrors(result.error).financialYear).toEqual(['Enter a financial year like 2025/26']);
    }
  });
});

describe('saveAnswerSchema', () => {
  it('turns form strings into an answer: version as a number, links one per line', () => {
    const result = save({
      value: 'partial',
      evidenceNote: '  Board minutes, May.\r\n',
      evidenceLinks: 'https://example.nhs.uk/a\n\n  http://example.org/b  \nhttps://example.nhs.uk/a',
      expectedVersion: '3',
    });
    expect(result.success && result.data).toEqual({
      assessmentId,
      questionRef: '1.1',
      value: 'partial',
      evidenceNote: 'Board minutes, May.',
      evidenceLinks: ['https://example.nhs.uk/a', 'http://example.org/b'],
      expectedVersion: 3,
    });
  });

  it('leaves the question unanswered when no radio is chosen', () => {
    const result = saveAnswerSchema.safeParse({ assessmentId, questionRef: '2.1', expectedVersion: '1' });
    expect(result.success && result.data).toMatchObject({ value: null, evidenceNote: '', evidenceLinks: [] });
  });

  it('refuses partial for question 3.2, on the value field', () => {
    const result = save({ questionRef: '3.2', value: 'partial' });
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldErrors(result.error).value).toEqual(['Question 3.2 can only be answered yes or no']);
    expect(save({ questionRef: '3.2', value: 'no' }).success).toBe(true);
  });

  it('accepts only http and https web addresses as evidence links', () => {
    for (const link of ['javascript:alert(1)', 'ftp://example.org/file', 'example.nhs.uk/report', 'mailto:someone@nhs.net', 'https://']) {
      const result = save({ evidenceLinks: link });
      expect(result.success, link).toBe(false);
      if (!result.success) expect(toFieldErrors(result.error).evidenceLinks?.[0]).toMatch(/full web address/);
    }
    expect(save({ evidenceLinks: ['https://example.nhs.uk/board/papers?item=7#minutes'] }).success).toBe(true);
  });

  it('refuses unknown questions and answers, and a missing version', () => {
    expect(save({ questionRef: '5.1' }).success).toBe(false);
    expect(save({ value: 'maybe' }).success).toBe(false);
    expect(save({ expectedVersion: '' }).success).toBe(false);
    expect(save({ assessmentId: 'not-an-id' }).success).toBe(false);
  });

  it('bounds the evidence note and the number of links', () => {
    expect(save({ evidenceNote: 'x'.repeat(5001) }).success).toBe(false);
    expect(save({ evidenceLinks: Array.from({ length: 11 }, (_, i) => `https://example.nhs.uk/${i}`) }).success).toBe(false);
  });
});

describe('approval and reopening', () => {
  it('needs a real meeting date and a reference', () => {
    expect(approveAssessmentSchema.safeParse({ assessmentId, approvalDate: '2026-05-14', meetingRef: 'Board 14 May, item 9' }).success).toBe(true);
    const result = approveAssessmentSchema.safeParse({ assessmentId, approvalDate: '2026-02-30', meetingRef: ' ' });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(toFieldErrors(result.error)).sort()).toEqual(['approvalDate', 'meetingRef']);
  });

  it('needs a reason to reopen', () => {
    const result = reopenAssessmentSchema.safeParse({ assessmentId, reason: '   ' });
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldErrors(result.error).reason).toEqual(['Enter why the assessment is being reopened']);
  });
});

describe('recordImportedAssessmentSchema', () => {
  it('takes domain scores from form fields and checks each against its domain maximum', () => {
    const parsed = recordImportedAssessmentSchema.parse({
      kind: 'scores',
      financialYear: '2024/25',
      domain1: '3',
      domain2: '0',
      domain3: '18',
      domain4: ' 10 ',
      approvalDate: '',
      meetingRef: '',
    });
    expect(parsed).toEqual({ kind: 'scores', financialYear: 2024, approvalDate: undefined, meetingRef: undefined, domainScores: { 1: 3, 2: 0, 3: 18, 4: 10 } });
    const tooHigh = recordImportedAssessmentSchema.safeParse({
      kind: 'scores',
      financialYear: '2024/25',
      domain1: '9',
      domain2: '1.5',
      domain3: '-1',
      domain4: '',
    });
    expect(tooHigh.success).toBe(false);
    if (!tooHigh.success) expect(Object.keys(toFieldErrors(tooHigh.error)).sort()).toEqual(['domain1', 'domain2', 'domain3', 'domain4']);
  });

  it('takes answers as an object or as answer-<ref> form fields', () => {
    const fromObject = recordImportedAssessmentSchema.parse({ kind: 'answers', financialYear: 2023, answers: { '1.1': 'yes', '3.2': 'no' } });
    expect(fromObject).toMatchObject({ kind: 'answers', financialYear: 2023, answers: { '1.1': 'yes', '3.2': 'no' } });
    const fromFields = recordImportedAssessmentSchema.parse({
      kind: 'answers',
      financialYear: '2023/24',
      'answer-1.1': 'partial',
      'answer-1.2': '',
      'answer-4.5': 'yes',
    });
    expect(fromFields).toMatchObject({ answers: { '1.1': 'partial', '4.5': 'yes' } });
  });

  it('refuses partial for 3.2 and unknown questions in imported answers', () => {
    expect(recordImportedAssessmentSchema.safeParse({ kind: 'answers', financialYear: 2023, answers: { '3.2': 'partial' } }).success).toBe(false);
    expect(recordImportedAssessmentSchema.safeParse({ kind: 'answers', financialYear: 2023, answers: { '9.9': 'yes' } }).success).toBe(false);
    expect(recordImportedAssessmentSchema.safeParse({ kind: 'guess', financialYear: 2023 }).success).toBe(false);
  });
});
