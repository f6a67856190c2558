import { describe, expect, it } from 'vitest';
import { CATALOGUE, compareRefs, findObjective } from '../../../lib/catalogue/objectives';
import {
  EXECUTIVE_LEAD_OBJECTIVE_REF,
  EXECUTIVE_LEAD_QUESTION_REF,
  NOT_STARTED_MINIMUM_SETS,
  QUESTION_OBJECTIVE_LINKS,
  REMOVE_IF_YES,
} from '../../../lib/assessments/objective-links';
import { QUESTION_REFS } from '../../../lib/assessments/question-bank';

describe('the question-to-objective link map', () => {
  it('has an entry for every question and no others', () => {
    expect(Object.keys(QUESTION_OBJECTIVE_LINKS).sort(compareRefs)).toEqual([...QUESTION_REFS]);
  });

  it('only names objectives that exist in the catalogue', () => {
    for (const [questionRef, refs] of Object.entries(QUESTION_OBJECTIVE_LINKS)) {
      for (const ref of refs) expect(findObjective(ref), `${questionRef} -> ${ref}`).toBeDefined();
    }
  });

  it('links every catalogue objective to exactly one question', () => {
    const linked = Object.values(QUESTION_OBJECTIVE_LINKS).flat();
    expect(linked).toHaveLength(CATALOGUE.length);
    expect([...linked].sort(compareRefs)).toEqual(CATALOGUE.map((objective) => objective.ref));
  });

  it('drops the draft 5.10 from question 3.8', () => {
    expect(QUESTION_OBJECTIVE_LINKS['3.8']).toEqual(['5.8', '5.9']);
  });
});

describe('the remove-if-yes map', () => {
  it('is keyed by real questions and names only catalogue objectives', () => {
    for (const [questionRef, refs] of Object.entries(REMOVE_IF_YES)) {
      expect(QUESTION_REFS).toContain(questionRef);
      for (const ref of refs) expect(findObjective(ref), `${questionRef} -> ${ref}`).toBeDefined();
    }
  });

  it('only removes objectives linked to the same question', () => {
    for (const [questionRef, refs] of Object.entries(REMOVE_IF_YES)) {
      for (const ref of refs) expect(QUESTION_OBJECTIVE_LINKS[questionRef]).toContain(ref);
    }
  });
});

describe('the not-started minimum sets', () => {
  it('are the six priority objectives for domains 1 to 3 and 9.8 for domain 4', () => {
    expect(NOT_STARTED_MINIMUM_SETS).toEqual({
      1: ['3.5', '4.7'],
      2: ['3.9', '9.3'],
      3: ['3.4', '6.1'],
      4: ['9.8'],
    });
    const priorities = CATALOGUE.filter((objective) => objective.priority).map((o) => o.ref);
    const domainsOneToThree = [1, 2, 3] as const;
    expect(domainsOneToThree.flatMap((domain) => NOT_STARTED_MINIMUM_SETS[domain]).sort(compareRefs)).toEqual([...priorities].sort(compareRefs));
  });

  it('points the executive lead rule at question 3.2 and objective 3.4', () => {
    expect([EXECUTIVE_LEAD_QUESTION_REF, EXECUTIVE_LEAD_OBJECTIVE_REF]).toEqual(['3.2', '3.4']);
  });
});
