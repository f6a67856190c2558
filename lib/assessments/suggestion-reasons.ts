import type { DomainNumber } from '../catalogue/domains';
import { PRIORITY_OBJECTIVE_REFS } from '../catalogue/objectives';
import { EXECUTIVE_LEAD_OBJECTIVE_REF, EXECUTIVE_LEAD_QUESTION_REF, NOT_STARTED_MINIMUM_SETS, QUESTION_OBJECTIVE_LINKS } from './objective-links';
import { questionsForDomain } from './question-bank';
import type { Maturity } from './scoring';

// Pure, and read-only over the suggestion rules in scoring.ts: it explains a suggestion that
// suggestObjectives has already made, and never decides one. An objective's own domain in the
// catalogue and the assessment domain whose answers suggested it are different facts (objective
// 3.10 sits in catalogue domain 3 but comes from question 2.2), so pages show both.

export type SuggestionReason =
  /** Linked in the guide's tool to these questions of the assessment domain. */
  | Readonly<{ kind: 'answers'; questionRefs: readonly string[] }>
  /** The domain has not started, and this is one of the guide's starting points for it. */
  | Readonly<{ kind: 'not-started' }>;

/** Why `ref` is suggested for an assessment domain at `maturity`. */
export function suggestionReason(domain: DomainNumber, maturity: Maturity, ref: string): SuggestionReason {
  if (maturity === 'not-started' && NOT_STARTED_MINIMUM_SETS[domain].includes(ref)) return { kind: 'not-started' };
  // The named-lead objective follows question 3.2 at every level (see suggestObjectives).
  if (domain === 3 && ref === EXECUTIVE_LEAD_OBJECTIVE_REF) return { kind: 'answers', questionRefs: [EXECUTIVE_LEAD_QUESTION_REF] };
  const questionRefs = questionsForDomain(domain)
    .map((question) => question.ref)
    .filter((questionRef) => QUESTION_OBJECTIVE_LINKS[questionRef]?.includes(ref));
  return { kind: 'answers', questionRefs };
}

/** Maturity levels at which the guide points trusts to its priority objectives first. */
export const EARLY_STAGE_MATURITIES: readonly Maturity[] = ['not-started', 'emerging'];

/**
 * The guide's priority objectives (3.4, 3.5, 3.9, 4.7, 6.1, 9.3), for a trust with any domain at
 * an early stage; none otherwise. Shown beside the suggestions, never mixed into them.
 */
export function earlyStagePriorities(domains: readonly Readonly<{ maturity: Maturity }>[]): readonly string[] {
  return domains.some((domain) => EARLY_STAGE_MATURITIES.includes(domain.maturity)) ? PRIORITY_OBJECTIVE_REFS : [];
}
