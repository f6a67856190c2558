import { findQuestion, QUESTION_REFS } from '@/lib/assessments/question-bank';
import { assessmentCheckPath, assessmentPath, assessmentQuestionPath } from '@/lib/routes/paths';

// How the self-assessment's question pages lead from one to the next (the addresses are in lib/routes/paths.ts).

export type ReturnTo = 'check';

/** The anchor of a domain's section on the task list. */
export function domainAnchor(domain: number): string {
  return `domain-${domain}`;
}

/**
 * Where "Save and continue" leads: back to check your answers when the user came from there,
 * otherwise the next question in the same domain, or the task list once the domain is done.
 */
export function nextStepAfterSaving(trustSlug: string, assessmentId: string, ref: string, returnTo?: ReturnTo): string {
  if (returnTo === 'check') return assessmentCheckPath(trustSlug, assessmentId);
  const question = findQuestion(ref);
  const nextRef = QUESTION_REFS[QUESTION_REFS.indexOf(ref) + 1];
  const next = nextRef ? findQuestion(nextRef) : undefined;
  if (question && next && next.domain === question.domain) return assessmentQuestionPath(trustSlug, assessmentId, next.ref);
  return assessmentPath(trustSlug, assessmentId, {}, question ? domainAnchor(question.domain) : 'main-content');
}

export function parseReturnTo(value: unknown): ReturnTo | undefined {
  return value === 'check' ? 'check' : undefined;
}
