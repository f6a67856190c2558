import { describe, expect, it } from 'vitest';
import { DOMAIN_NUMBERS } from '../../../lib/catalogue/domains';
import { CATALOGUE } from '../../../lib/catalogue/objectives';
import { describeResult, percentOf, resultFromImportedScores, suggestedObjectiveDto } from '../../../lib/assessments/result-details';
import { maxScoreForDomain } from '../../../lib/assessments/schemas';
import { scoreAssessment, scoreDomain } from '../../../lib/assessments/scoring';
import { answersWorth } from './answer-builders';

describe('imported domain scores', () => {
  it('round to the same percentage and maturity as scoring the answers would, for every score in every domain', () => {
    for (const domain of DOMAIN_NUMBERS) {
      const maxScore = maxScoreForDomain(domain);
      for (let score = 0; score <= maxScore; score += 1) {
        const fromAnswers = scoreAssessment(answersWorth(domain, score)).domains[domain - 1];
        const fromScores = resultFromImportedScores([{ domain, score, maxScore }]).domains[0];
        expect(scoreDomain(domain, answersWorth(domain, score))).toEqual({ score, maxScore, percent: percentOf(score, maxScore) });
        expect(fromScores).toMatchObject({ domain, score, maxScore, percent: fromAnswers?.percent, maturity: fromAnswers?.maturity, suggestedObjectives: [] });
      }
    }
  });

  it('come back in domain order whatever order they were stored in', () => {
    const result = resultFromImportedScores([
      { domain: 3, score: 9, maxScore: 18 },
      { domain: 1, score: 3, maxScore: 8 },
      { domain: 4, score: 0, maxScore: 10 },
      { domain: 2, score: 14, maxScore: 14 },
    ]);
    expect(result.domains.map((d) => [d.domain, d.percent, d.maturity])).toEqual([
      [1, 38, 'developing'],
      [2, 100, 'thriving'],
      [3, 50, 'maturing'],
      [4, 0, 'not-started'],
    ]);
  });
});

describe('describeResult', () => {
  it('keeps scoring’s numbers and adds labels and each suggested objective’s details', () => {
    const result = scoreAssessment({ '1.1': 'partial', '3.2': 'no' });
    const described = describeResult(result);
    expect(described.map((d) => [d.domain, d.score, d.maxScore, d.percent, d.maturity])).toEqual(
      result.domains.map((d) => [d.domain, d.score, d.maxScore, d.percent, d.maturity]),
    );
    expect(described.map((d) => d.suggestedObjectives.map((o) => o.ref))).toEqual(result.domains.map((d) => d.suggestedObjectives));
    expect(described[0]).toMatchObject({ label: 'Public health capacity and capability', maturityLabel: 'Emerging' });
    expect(described[2]?.suggestedObjectives.find((o) => o.ref === '3.4')).toMatchObject({ roleArea: 'chief-executive', roleAreaLabel: 'Chief executive' });
  });

  it('can describe every objective in the catalogue', () => {
    for (const objective of CATALOGUE) expect(suggestedObjectiveDto(objective.ref).summary).toBe(objective.summary);
  });
});
