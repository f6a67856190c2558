import { describe, expect, it } from 'vitest';
import { MATURITY_LABELS, OBJECTIVE_MATURITY_LABELS, maturityLabel, objectiveMaturityLabel } from '../../../lib/assessments/maturity-labels';

describe('maturity labels', () => {
  it('labels the five assessment levels in order', () => {
    expect(Object.values(MATURITY_LABELS)).toEqual(['Not started', 'Emerging', 'Developing', 'Maturing', 'Thriving']);
    expect(maturityLabel('not-started')).toBe('Not started');
  });

  it('labels the shared objective tag as maturing or thriving', () => {
    expect(OBJECTIVE_MATURITY_LABELS).toEqual({
      emerging: 'Emerging',
      developing: 'Developing',
      'maturing-thriving': 'Maturing or thriving',
    });
    expect(objectiveMaturityLabel('maturing-thriving')).toBe('Maturing or thriving');
  });
});
