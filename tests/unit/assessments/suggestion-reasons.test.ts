import { describe, expect, it } from 'vitest';
import { findObjective } from '../../../lib/catalogue/objectives';
import { QUESTION_OBJECTIVE_LINKS } from '../../../lib/assessments/objective-links';
import { scoreAssessment, type Maturity } from '../../../lib/assessments/scoring';
import { earlyStagePriorities, suggestionReason } from '../../../lib/assessments/suggestion-reasons';
import { QUESTIONS } from '../../../lib/assessments/question-bank';
import type { AnswerSet, AnswerValue } from '../../../lib/assessments/scoring';

/** The same answer everywhere ("no" where partial is not allowed), with some answers overridden. */
function everyAnswerExcept(value: AnswerValue, overrides: AnswerSet): AnswerSet {
  return { ...Object.fromEntries(QUESTIONS.map((q) => [q.ref, value === 'partial' && !q.allowsPartial ? 'no' : value])), ...overrides };
}

describe('why an objective is suggested', () => {
  it('names the question of the assessment domain that suggested it, not the catalogue’s domain', () => {
    // 3.10 sits in the catalogue’s domain 3 but comes from question 2.2 of the data domain.
    expect(findObjective('3.10')?.domain).toBe(3);
    expect(suggestionReason(2, 'maturing', '3.10')).toEqual({ kind: 'answers', questionRefs: ['2.2'] });
    expect(suggestionReason(3, 'maturing', '7.2')).toEqual({ kind: 'answers', questionRefs: ['3.7'] });
  });

  it('says a not-started domain’s suggestions are the guide’s starting points, and 3.4 follows question 3.2', () => {
    expect(suggestionReason(1, 'not-started', '3.5')).toEqual({ kind: 'not-started' });
    expect(suggestionReason(3, 'thriving', '3.4')).toEqual({ kind: 'answers', questionRefs: ['3.2'] });
  });

  it('explains every suggestion scoring makes, for every answer set tried, with questions of that domain', () => {
    for (const answers of [
      {},
      everyAnswerExcept('partial', {}),
      everyAnswerExcept('no', { '1.1': 'yes', '2.2': 'partial' }),
      everyAnswerExcept('yes', { '3.2': 'no' }),
    ]) {
      for (const domain of scoreAssessment(answers).domains) {
        for (const ref of domain.suggestedObjectives) {
          const reason = suggestionReason(domain.domain, domain.maturity, ref);
          if (reason.kind === 'not-started') continue;
          expect(reason.questionRefs.length, `${ref} in domain ${domain.domain}`).toBeGreaterThan(0);
          for (const questionRef of reason.questionRefs) {
            expect(questionRef.startsWith(`${domain.domain}.`)).toBe(true);
            expect(QUESTION_OBJECTIVE_LINKS[questionRef]).toContain(ref);
          }
        }
      }
    }
  });
});

describe('the guide’s priorities for trusts at an early stage', () => {
  const at = (...levels: Maturity[]) => levels.map((maturity) => ({ maturity }));

  it('are the six the guide marks, shown when any domain is not started or emerging', () => {
    const six = ['3.4', '3.5', '3.9', '4.7', '6.1', '9.3'];
    expect(earlyStagePriorities(at('not-started', 'thriving', 'thriving', 'thriving'))).toEqual(six);
    expect(earlyStagePriorities(at('maturing', 'emerging', 'developing', 'thriving'))).toEqual(six);
  });

  it('are not shown when every domain is developing or further on', () => {
    expect(earlyStagePriorities(at('developing', 'maturing', 'thriving', 'developing'))).toEqual([]);
  });
});
