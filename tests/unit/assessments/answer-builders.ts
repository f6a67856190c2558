import type { DomainNumber } from '../../../lib/catalogue/domains';
import { questionsForDomain } from '../../../lib/assessments/question-bank';
import type { AnswerSet } from '../../../lib/assessments/scoring';

// Builds a valid answer set worth exactly `score` points in one domain: yes
// answers from the first question on, plus one partial on a question that
// allows it when the score is odd.
export function answersWorth(domain: DomainNumber, score: number): AnswerSet {
  const questions = questionsForDomain(domain);
  const yesCount = Math.floor(score / 2);
  if (score < 0 || yesCount > questions.length || score > questions.length * 2) {
    throw new Error(`Domain ${domain} cannot score ${score}`);
  }
  const answers: AnswerSet = {};
  for (const question of questions.slice(0, yesCount)) answers[question.ref] = 'yes';
  if (score % 2 === 1) {
    const spare = questions.slice(yesCount).find((question) => question.allowsPartial);
    if (!spare) throw new Error(`Domain ${domain} has no question left for a partial answer`);
    answers[spare.ref] = 'partial';
  }
  return answers;
}
