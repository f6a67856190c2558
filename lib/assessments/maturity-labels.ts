import type { ObjectiveMaturity } from '../catalogue/objective-types';
import type { Maturity } from './scoring';

export const MATURITY_LABELS: Readonly<Record<Maturity, string>> = {
  'not-started': 'Not started',
  emerging: 'Emerging',
  developing: 'Developing',
  maturing: 'Maturing',
  thriving: 'Thriving',
};

// Objective tags have one level for both maturing and thriving trusts, and
// the label says so rather than picking one of the two.
export const OBJECTIVE_MATURITY_LABELS: Readonly<Record<ObjectiveMaturity, string>> = {
  emerging: 'Emerging',
  developing: 'Developing',
  'maturing-thriving': 'Maturing or thriving',
};

export function maturityLabel(maturity: Maturity): string {
  return MATURITY_LABELS[maturity];
}

export function objectiveMaturityLabel(maturity: ObjectiveMaturity): string {
  return OBJECTIVE_MATURITY_LABELS[maturity];
}
