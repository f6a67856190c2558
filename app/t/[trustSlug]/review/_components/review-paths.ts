import type { ChallengeTargetInput } from '@/lib/review/schemas';

// Every URL of the board review pages in one place, so pages, forms and actions agree.

export function reviewPath(trustSlug: string): string {
  return `/t/${trustSlug}/review`;
}

export function comparePath(trustSlug: string, years?: Readonly<{ yearA: number; yearB: number }>): string {
  const path = `${reviewPath(trustSlug)}/compare`;
  return years ? `${path}?yearA=${years.yearA}&yearB=${years.yearB}` : path;
}

export function challengesPath(trustSlug: string, financialYear?: number): string {
  const path = `${reviewPath(trustSlug)}/challenges`;
  return financialYear === undefined ? path : `${path}?year=${financialYear}`;
}

export function challengePath(trustSlug: string, challengeId: string, done?: string): string {
  const path = `${challengesPath(trustSlug)}/${challengeId}`;
  return done ? `${path}?done=${done}` : path;
}

/** The "raise a challenge" page, straight at its last step when the target is known. */
export function newChallengePath(trustSlug: string, target?: ChallengeTargetInput): string {
  const path = `${challengesPath(trustSlug)}/new`;
  if (!target) return path;
  const params = new URLSearchParams({ targetKind: target.targetKind });
  if (target.targetKind === 'objective') params.set('objectiveId', target.objectiveId);
  else {
    params.set('assessmentId', target.assessmentId);
    if (target.targetKind === 'answer') params.set('questionRef', target.questionRef);
    else params.set('domain', String(target.domain));
  }
  return `${path}?${params.toString()}`;
}

export function assurancePath(trustSlug: string, financialYear?: number, saved?: number): string {
  const path = `${reviewPath(trustSlug)}/assurance`;
  const params = new URLSearchParams();
  if (financialYear !== undefined) params.set('year', String(financialYear));
  if (saved !== undefined) params.set('saved', String(saved));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function judgementPath(trustSlug: string, financialYear: number, domain: number): string {
  return `${reviewPath(trustSlug)}/assurance/${financialYear}/${domain}`;
}

export function peersPath(trustSlug: string, financialYear?: number): string {
  const path = `${reviewPath(trustSlug)}/peers`;
  return financialYear === undefined ? path : `${path}?year=${financialYear}`;
}
