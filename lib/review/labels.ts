import type { AssuranceLevel, ChallengeStatus, ChallengeTarget } from '../db/generated/enums';
import type { Maturity } from '../assessments/scoring';

// Pure: the words for challenge states, assurance levels and maturity movement, so pages and the
// printed summary say the same thing.

export type { AssuranceLevel, ChallengeStatus, ChallengeTarget };

export const CHALLENGE_STATUS_LABELS: Readonly<Record<ChallengeStatus, string>> = {
  open: 'Awaiting response',
  answered: 'Responded',
  closed: 'Closed',
};

export const ASSURANCE_LEVELS = ['assured', 'partially_assured', 'not_assured'] as const satisfies readonly AssuranceLevel[];

export const ASSURANCE_LEVEL_LABELS: Readonly<Record<AssuranceLevel, string>> = {
  assured: 'Assured',
  partially_assured: 'Partially assured',
  not_assured: 'Not assured',
};

export const MATURITY_ORDER: readonly Maturity[] = ['not-started', 'emerging', 'developing', 'maturing', 'thriving'];

export type Movement = 'up' | 'same' | 'down';

/** Whether a domain's maturity level rose, held or fell between two years. */
export function maturityMovement(from: Maturity, to: Maturity): Movement {
  const difference = MATURITY_ORDER.indexOf(to) - MATURITY_ORDER.indexOf(from);
  return difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
}

export const MOVEMENT_LABELS: Readonly<Record<Movement, string>> = { up: 'Moved up', same: 'Same level', down: 'Moved down' };
