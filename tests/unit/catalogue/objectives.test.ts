import { describe, expect, it } from 'vitest';
import { CATALOGUE, PRIORITY_OBJECTIVE_REFS, compareRefs, findObjective, objectivesForRoleArea } from '../../../lib/catalogue/objectives';
import { ROLE_AREAS } from '../../../lib/catalogue/role-areas';

describe('the objective catalogue', () => {
  it('has the 78 objectives of the published guide', () => {
    expect(CATALOGUE).toHaveLength(78);
  });

  it('has no duplicate refs', () => {
    expect(new Set(CATALOGUE.map((objective) => objective.ref)).size).toBe(CATALOGUE.length);
  });

  it('leaves out the draft objective 5.10 that is not in the published guide', () => {
    expect(findObjective('5.10')).toBeUndefined();
    expect(CATALOGUE.map((objective) => objective.ref)).not.toContain('5.10');
  });

  it('has 2, 3, 12, 13, 9, 5, 5, 9, 9 and 11 objectives for the ten role areas in order', () => {
    const counts = ROLE_AREAS.map((area) => objectivesForRoleArea(area.id).length);
    expect(counts).toEqual([2, 3, 12, 13, 9, 5, 5, 9, 9, 11]);
  });

  it('numbers each role area from 1 without gaps', () => {
    for (const area of ROLE_AREAS) {
      const refs = objectivesForRoleArea(area.id).map((objective) => objective.ref);
      const expected = refs.map((_, index) => `${area.section}.${index + 1}`);
      expect(refs).toEqual(expected);
    }
  });

  it('lists objectives in guide order', () => {
    const refs = CATALOGUE.map((objective) => objective.ref);
    expect([...refs].sort(compareRefs)).toEqual(refs);
    expect(refs[0]).toBe('1.1');
    expect(refs.at(-1)).toBe('10.11');
  });

  it('marks exactly the six priority objectives the guide names', () => {
    const priorities = CATALOGUE.filter((objective) => objective.priority).map((o) => o.ref);
    expect(priorities).toHaveLength(6);
    expect([...priorities].sort(compareRefs)).toEqual(['3.4', '3.5', '3.9', '4.7', '6.1', '9.3']);
    expect(PRIORITY_OBJECTIVE_REFS).toEqual(priorities);
  });

  it('takes maturity and domain from the guide tool, for example 3.4, 2.3, 9.8 and 10.11', () => {
    expect(findObjective('3.4')).toMatchObject({ roleArea: 'chief-executive', domain: 3, maturity: 'emerging' });
    expect(findObjective('2.3')).toMatchObject({ roleArea: 'non-executive-directors', domain: 1, maturity: 'maturing-thriving' });
    expect(findObjective('9.8')).toMatchObject({ roleArea: 'data-digital-information', domain: 4, maturity: 'emerging' });
    expect(findObjective('10.11')).toMatchObject({ roleArea: 'clinical-quality-research', domain: 4, maturity: 'maturing-thriving' });
    expect(findObjective('3.5')).toMatchObject({ domain: 1, maturity: 'developing' });
  });

  it('has 27 emerging, 29 developing and 22 maturing-or-thriving objectives', () => {
    const count = (maturity: string) => CATALOGUE.filter((objective) => objective.maturity === maturity).length;
    expect([count('emerging'), count('developing'), count('maturing-thriving')]).toEqual([27, 29, 22]);
  });

  it('has 15 objectives in domain 1, 22 in domain 2, 28 in domain 3 and 13 in domain 4', () => {
    const count = (domain: number) => CATALOGUE.filter((objective) => objective.domain === domain).length;
    expect([1, 2, 3, 4].map(count)).toEqual([15, 22, 28, 13]);
  });

  it('gives every objective a one-sentence summary of at most 30 words', () => {
    for (const objective of CATALOGUE) {
      const words = objective.summary.trim().split(/\s+/);
      expect(words.length, objective.ref).toBeLessThanOrEqual(30);
      expect(objective.summary, objective.ref).toMatch(/^[A-Z].*\.$/);
      expect(objective.summary.slice(0, -1), objective.ref).not.toMatch(/[.!?]\s/);
    }
  });
});

describe('finding objectives', () => {
  it('finds an objective by its ref', () => {
    expect(findObjective('4.13')?.roleArea).toBe('executive-lead');
  });

  it('returns nothing for a ref that does not exist', () => {
    expect(findObjective('11.1')).toBeUndefined();
    expect(findObjective('')).toBeUndefined();
  });
});

describe('comparing refs', () => {
  it('puts 3.9 before 3.10', () => {
    expect(compareRefs('3.9', '3.10')).toBeLessThan(0);
    expect(compareRefs('3.10', '3.9')).toBeGreaterThan(0);
  });

  it('puts 9.1 before 10.1', () => {
    expect(compareRefs('9.1', '10.1')).toBeLessThan(0);
  });

  it('treats equal refs as equal', () => {
    expect(compareRefs('4.7', '4.7')).toBe(0);
  });

  it('sorts a mixed list numerically rather than as text', () => {
    expect(['10.1', '3.10', '9.3', '3.9', '1.2', '10.11', '10.2'].sort(compareRefs)).toEqual(['1.2', '3.9', '3.10', '9.3', '10.1', '10.2', '10.11']);
  });
});
