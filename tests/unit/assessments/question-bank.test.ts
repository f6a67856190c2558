import { describe, expect, it } from 'vitest';
import { QUESTIONS, QUESTION_BANK_VERSION, QUESTION_REFS, findQuestion, questionsForDomain } from '../../../lib/assessments/question-bank';

describe('the question bank', () => {
  it('is version 1', () => {
    expect(QUESTION_BANK_VERSION).toBe(1);
  });

  it('has 25 questions with unique refs', () => {
    expect(QUESTIONS).toHaveLength(25);
    expect(new Set(QUESTION_REFS).size).toBe(25);
  });

  it('has 4, 7, 9 and 5 questions in domains 1 to 4', () => {
    expect([1, 2, 3, 4].map((domain) => questionsForDomain(domain as 1 | 2 | 3 | 4).length)).toEqual([4, 7, 9, 5]);
  });

  it('numbers questions as domain.question, in order, without gaps', () => {
    for (const domain of [1, 2, 3, 4] as const) {
      const refs = questionsForDomain(domain).map((question) => question.ref);
      expect(refs).toEqual(refs.map((_, index) => `${domain}.${index + 1}`));
    }
    expect(QUESTION_REFS.slice(0, 5)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
  });

  it('allows a partial answer to every question except 3.2', () => {
    const yesNoOnly = QUESTIONS.filter((question) => !question.allowsPartial).map((q) => q.ref);
    expect(yesNoOnly).toEqual(['3.2']);
  });

  it('phrases every question as a question and gives a hint and guidance for each answer', () => {
    for (const question of QUESTIONS) {
      expect(question.text, question.ref).toMatch(/^[A-Z].*\?$/);
      expect(question.hint, question.ref).toMatch(/^[A-Z].*\.$/);
      for (const answer of ['yes', 'partial', 'no'] as const) {
        expect(question.guidance[answer].length, `${question.ref} ${answer}`).toBeGreaterThan(10);
      }
      expect(new Set(Object.values(question.guidance)).size, question.ref).toBe(3);
    }
  });

  it('finds a question by ref and returns nothing for an unknown ref', () => {
    expect(findQuestion('3.2')?.allowsPartial).toBe(false);
    expect(findQuestion('4.6')).toBeUndefined();
  });
});
