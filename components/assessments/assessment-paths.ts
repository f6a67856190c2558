import { findQuestion, QUESTION_REFS } from '@/lib/assessments/question-bank';

// Every URL of the self-assessment pages in one place, so pages, forms and actions agree.

export type ReturnTo = 'check';

export function assessmentsPath(trustSlug: string): string {
  return `/t/${trustSlug}/assessments`;
}

export function importPath(trustSlug: string): string {
  return `${assessmentsPath(trustSlug)}/import`;
}

export function assessmentPath(trustSlug: string, assessmentId: string): string {
  return `${assessmentsPath(trustSlug)}/${assessmentId}`;
}

export function questionPath(trustSlug: string, assessmentId: string, ref: string, returnTo?: ReturnTo): string {
  const path = `${assessmentPath(trustSlug, assessmentId)}/questions/${ref}`;
  return returnTo ? `${path}?return=${returnTo}` : path;
}

export function checkPath(trustSlug: string, assessmentId: string): string {
  return `${assessmentPath(trustSlug, assessmentId)}/check`;
}

export function resultsPath(trustSlug: string, assessmentId: string): string {
  return `${assessmentPath(trustSlug, assessmentId)}/results`;
}

/** The anchor of a domain's section on the task list. */
export function domainAnchor(domain: number): string {
  return `domain-${domain}`;
}

/**
 * Where "Save and continue" leads: back to check your answers when the user came from there,
 * otherwise the next question in the same domain, or the task list once the domain is done.
 */
export function nextStepAfterSaving(trustSlug: string, assessmentId: string, ref: string, returnTo?: ReturnTo): string {
  if (returnTo === 'check') return checkPath(trustSlug, assessmentId);
  const question = findQuestion(ref);
  const nextRef = QUESTION_REFS[QUESTION_REFS.indexOf(ref) + 1];
  const next = nextRef ? findQuestion(nextRef) : undefined;
  if (question && next && next.domain === question.domain) return questionPath(trustSlug, assessmentId, next.ref);
  return `${assessmentPath(trustSlug, assessmentId)}#${question ? domainAnchor(question.domain) : 'main-content'}`;
}

export function parseReturnTo(value: unknown): ReturnTo | undefined {
  return value === 'check' ? 'check' : undefined;
}
