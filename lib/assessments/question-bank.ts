import type { DomainNumber } from '../catalogue/domains';
import type { AssessmentQuestion } from './question-types';
import { CAPACITY_QUESTIONS, DATA_QUESTIONS } from './questions-capacity-and-data';
import { LEADERSHIP_QUESTIONS, PARTNERSHIP_QUESTIONS } from './questions-leadership-and-partnerships';

export type { AnswerGuidance, AssessmentQuestion } from './question-types';

// Stored with every assessment, so past answers can still be read correctly
// if the questions are reworded or renumbered later.
export const QUESTION_BANK_VERSION = 1;

export const QUESTIONS: readonly AssessmentQuestion[] = [...CAPACITY_QUESTIONS, ...DATA_QUESTIONS, ...LEADERSHIP_QUESTIONS, ...PARTNERSHIP_QUESTIONS];

export const QUESTION_REFS: readonly string[] = QUESTIONS.map((question) => question.ref);

const QUESTIONS_BY_REF: ReadonlyMap<string, AssessmentQuestion> = new Map(QUESTIONS.map((question) => [question.ref, question]));

export function findQuestion(ref: string): AssessmentQuestion | undefined {
  return QUESTIONS_BY_REF.get(ref);
}

export function questionsForDomain(domain: DomainNumber): readonly AssessmentQuestion[] {
  return QUESTIONS.filter((question) => question.domain === domain);
}
