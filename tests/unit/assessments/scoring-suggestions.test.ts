import { describe, expect, it } from 'vitest';
import type { DomainNumber } from '../../../lib/catalogue/domains';
import { findObjective } from '../../../lib/catalogue/objectives';
import { NOT_STARTED_MINIMUM_SETS, QUESTION_OBJECTIVE_LINKS } from '../../../lib/assessments/objective-links';
import { findQuestion } from '../../../lib/assessments/question-bank';
import { scoreAssessment, suggestObjectives, type AnswerSet, type Maturity } from '../../../lib/assessments/scoring';

function suggestionsFor(answers: AnswerSet, domain: DomainNumber): string[] {
  const result = scoreAssessment(answers).domains[domain - 1];
  if (!result) throw new Error(`No result for domain ${domain}`);
  return result.suggestedObjectives;
}

// Written out from the research notes (section 2.5), independently of the data
// module, so a dropped or altered entry in lib/ is caught.
const EXPECTED_REMOVE_IF_YES: [string, string[]][] = [
  ['1.1', ['2.2', '3.5']],
  ['1.2', ['5.1']],
  ['1.3', ['10.1']],
  ['1.4', ['4.7']],
  ['2.2', ['3.9']],
  ['2.7', ['8.8']],
  ['3.1', ['3.2', '6.1']],
  ['3.2', ['3.4']],
  ['3.3', ['1.2']],
  ['3.4', ['4.1']],
  ['3.5', ['3.1', '4.5']],
  ['3.8', ['5.8', '5.9']],
  ['3.9', ['10.8']],
  ['4.1', ['3.7']],
  ['4.2', ['6.4']],
  ['4.3', ['5.3']],
];

const MATURITY_FOR_TAG = {
  emerging: 'emerging',
  developing: 'developing',
  'maturing-thriving': 'maturing',
} as const satisfies Record<string, Maturity>;

// The domain and maturity at which an objective would normally be suggested.
function whereSuggested(ref: string): { domain: DomainNumber; maturity: Maturity } {
  const questionRef = Object.keys(QUESTION_OBJECTIVE_LINKS).find((key) => QUESTION_OBJECTIVE_LINKS[key]?.includes(ref));
  const question = questionRef ? findQuestion(questionRef) : undefined;
  const objective = findObjective(ref);
  if (!question || !objective) throw new Error(`Objective ${ref} is not linked to a question`);
  return { domain: question.domain, maturity: MATURITY_FOR_TAG[objective.maturity] };
}

describe('suggested objectives when nothing has been answered', () => {
  it('rates every domain as not started and suggests only the minimum sets', () => {
    expect(scoreAssessment({})).toEqual({
      domains: [
        { domain: 1, score: 0, maxScore: 8, percent: 0, maturity: 'not-started', suggestedObjectives: ['3.5', '4.7'] },
        { domain: 2, score: 0, maxScore: 14, percent: 0, maturity: 'not-started', suggestedObjectives: ['3.9', '9.3'] },
        { domain: 3, score: 0, maxScore: 18, percent: 0, maturity: 'not-started', suggestedObjectives: ['3.4', '6.1'] },
        { domain: 4, score: 0, maxScore: 10, percent: 0, maturity: 'not-started', suggestedObjectives: ['9.8'] },
      ],
    });
  });

  it('treats all-no answers the same as no answers', () => {
    const allNo: AnswerSet = { '1.1': 'no', '2.1': 'no', '3.2': 'no', '4.5': 'no' };
    expect(scoreAssessment(allNo)).toEqual(scoreAssessment({}));
  });

  it('returns the four domains in order with keys in the documented order', () => {
    const { domains } = scoreAssessment({ '1.1': 'yes' });
    expect(domains.map((domain) => domain.domain)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(domains[0] ?? {})).toEqual(['domain', 'score', 'maxScore', 'percent', 'maturity', 'suggestedObjectives']);
  });

  it('keeps the minimum set for a not-started domain even when other domains have yes answers', () => {
    const answers: AnswerSet = { '1.1': 'yes', '1.4': 'yes', '2.2': 'yes', '3.1': 'yes', '3.2': 'yes' };
    expect(suggestionsFor(answers, 4)).toEqual(['9.8']);
  });

  it('only removes minimum-set objectives through questions in the same domain, so a not-started domain keeps its whole set', () => {
    // This is what makes running the removal step on the minimum set harmless.
    for (const [questionRef, refs] of EXPECTED_REMOVE_IF_YES) {
      for (const [domain, minimumSet] of Object.entries(NOT_STARTED_MINIMUM_SETS)) {
        if (refs.some((ref) => minimumSet.includes(ref))) {
          expect(`${questionRef} in domain ${findQuestion(questionRef)?.domain}`).toBe(`${questionRef} in domain ${domain}`);
        }
      }
    }
  });
});

describe('suggested objectives once a domain has started', () => {
  it('suggests the emerging objectives linked to domain 2 questions when domain 2 is emerging', () => {
    expect(suggestionsFor({ '2.1': 'partial' }, 2)).toEqual(['3.11', '4.3', '9.1', '9.3', '9.7', '9.8', '10.10']);
  });

  it('suggests the developing objectives linked to domain 1 questions when domain 1 is developing', () => {
    expect(suggestionsFor({ '1.1': 'partial', '1.2': 'partial' }, 1)).toEqual(['3.5', '5.1', '5.2', '9.5', '10.2']);
  });

  it('gives maturing and thriving domains the same maturing-or-thriving objectives', () => {
    const maturing = suggestionsFor({ '4.1': 'partial', '4.2': 'partial', '4.3': 'partial', '4.4': 'partial', '4.5': 'partial' }, 4);
    const thriving = suggestionsFor({ '4.4': 'yes', '4.5': 'yes', '4.1': 'partial', '4.2': 'partial', '4.3': 'partial' }, 4);
    expect(maturing).toEqual(['4.8', '4.11', '4.12', '8.6']);
    expect(thriving).toEqual(maturing);
  });

  it('suggests the emerging domain 3 objectives, sorted by ref, when domain 3 is emerging', () => {
    expect(suggestionsFor({ '3.1': 'partial' }, 3)).toEqual(['1.2', '3.2', '3.4', '3.6', '4.5', '4.13', '5.8', '5.9', '6.1', '7.1', '8.1', '10.7', '10.8']);
  });

  it('sorts refs by number, so 3.9 comes before 3.12 and 9.4 before 10.3', () => {
    expect(suggestionsFor({ '2.1': 'partial', '2.2': 'partial', '2.3': 'partial', '2.4': 'partial' }, 2)).toEqual([
      '3.9',
      '3.12',
      '8.8',
      '9.2',
      '9.4',
      '10.3',
      '10.4',
    ]);
  });

  it('never lists the same objective twice', () => {
    const suggestions = suggestObjectives(3, 'emerging', {});
    expect(new Set(suggestions).size).toBe(suggestions.length);
    expect(suggestions.filter((ref) => ref === '3.4')).toHaveLength(1);
  });
});

describe('the named executive lead rule (question 3.2 and objective 3.4)', () => {
  it('adds 3.4 to a developing domain 3 when 3.2 is unanswered, even though 3.4 is an emerging objective', () => {
    const answers: AnswerSet = { '3.1': 'yes', '3.3': 'yes', '3.4': 'partial' };
    const result = scoreAssessment(answers).domains[2];
    expect(result?.maturity).toBe('developing');
    expect(result?.suggestedObjectives).toContain('3.4');
    // Other emerging objectives stay out, so 3.4 is there because of the rule.
    expect(result?.suggestedObjectives).not.toContain('4.13');
  });

  it('adds 3.4 to a thriving domain 3 when 3.2 is answered no', () => {
    const answers: AnswerSet = {
      '3.1': 'yes',
      '3.2': 'no',
      '3.3': 'yes',
      '3.4': 'yes',
      '3.5': 'yes',
      '3.6': 'yes',
      '3.7': 'yes',
      '3.8': 'yes',
      '3.9': 'yes',
    };
    const result = scoreAssessment(answers).domains[2];
    expect(result?.maturity).toBe('thriving');
    expect(result?.suggestedObjectives).toEqual(['3.4', '4.2', '6.2', '7.2']);
  });

  it('does not suggest 3.4 when 3.2 is answered yes in a developing domain 3', () => {
    const answers: AnswerSet = { '3.2': 'yes', '3.1': 'yes', '3.3': 'partial' };
    const result = scoreAssessment(answers).domains[2];
    expect(result?.maturity).toBe('developing');
    expect(result?.suggestedObjectives).not.toContain('3.4');
  });

  it('removes 3.4 from an emerging domain 3 when 3.2 is answered yes, although it is linked there', () => {
    const result = scoreAssessment({ '3.2': 'yes' }).domains[2];
    expect(result?.maturity).toBe('emerging');
    expect(result?.suggestedObjectives).not.toContain('3.4');
    expect(result?.suggestedObjectives).toContain('3.2');
  });

  it('does not add 3.4 to other domains', () => {
    const answers: AnswerSet = { '1.1': 'partial', '2.1': 'partial', '4.1': 'partial' };
    for (const domain of [1, 2, 4] as const) {
      expect(suggestionsFor(answers, domain)).not.toContain('3.4');
    }
  });
});

describe('objectives removed by a yes answer', () => {
  describe.each(EXPECTED_REMOVE_IF_YES)('a yes to question %s', (questionRef, refs) => {
    it.each(refs)('removes objective %s where it would otherwise be suggested', (ref) => {
      const { domain, maturity } = whereSuggested(ref);
      expect(suggestObjectives(domain, maturity, {})).toContain(ref);
      expect(suggestObjectives(domain, maturity, { [questionRef]: 'yes' })).not.toContain(ref);
    });

    it.each(refs)('leaves objective %s in place for a partial or no answer', (ref) => {
      const { domain, maturity } = whereSuggested(ref);
      expect(suggestObjectives(domain, maturity, { [questionRef]: 'partial' })).toContain(ref);
      expect(suggestObjectives(domain, maturity, { [questionRef]: 'no' })).toContain(ref);
    });
  });

  it('removes 1.2 from an emerging domain 3 when 3.3 is answered yes', () => {
    const withYes = suggestionsFor({ '3.3': 'yes' }, 3);
    const withPartial = suggestionsFor({ '3.3': 'partial' }, 3);
    expect(withPartial).toContain('1.2');
    expect(withYes).not.toContain('1.2');
    expect(withYes).toContain('3.6');
  });

  it('removes 3.7 from a developing domain 4 when 4.1 is answered yes', () => {
    const answers: AnswerSet = { '4.1': 'yes', '4.2': 'partial' };
    const result = scoreAssessment(answers).domains[3];
    expect(result?.maturity).toBe('developing');
    expect(result?.suggestedObjectives).toEqual(['5.4', '5.5', '6.3', '6.5', '7.5', '8.5']);
  });

  it('removes an objective from another domain when the yes is in a different domain', () => {
    // 3.9 is linked to question 2.2; a yes elsewhere must not remove it, a yes to 2.2 must.
    expect(suggestObjectives(2, 'developing', { '1.1': 'yes' })).toContain('3.9');
    expect(suggestObjectives(2, 'developing', { '2.2': 'yes' })).not.toContain('3.9');
  });

  it('has no other questions that remove objectives', () => {
    const listed = new Set(EXPECTED_REMOVE_IF_YES.map(([questionRef]) => questionRef));
    for (const questionRef of Object.keys(QUESTION_OBJECTIVE_LINKS)) {
      if (listed.has(questionRef)) continue;
      const domain = findQuestion(questionRef)?.domain ?? 1;
      for (const maturity of ['emerging', 'developing', 'maturing'] as const) {
        expect(suggestObjectives(domain, maturity, { [questionRef]: 'yes' })).toEqual(suggestObjectives(domain, maturity, {}));
      }
    }
  });
});
