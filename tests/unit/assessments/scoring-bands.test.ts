import { describe, expect, it } from 'vitest';
import type { DomainNumber } from '../../../lib/catalogue/domains';
import { maturityForPercent, scoreAssessment, type Maturity } from '../../../lib/assessments/scoring';
import { answersWorth } from './answer-builders';

type BandRow = [score: number, percent: number, maturity: Maturity];

// Worked out by hand from the rules (percent = round(score * 100 / max),
// halves rounding up), not from the code, so a wrong formula shows up here.
const EXPECTED_BANDS: Record<DomainNumber, { maxScore: number; rows: BandRow[] }> = {
  1: {
    maxScore: 8,
    rows: [
      [0, 0, 'not-started'],
      [1, 13, 'emerging'],
      [2, 25, 'developing'],
      [3, 38, 'developing'],
      [4, 50, 'maturing'],
      [5, 63, 'maturing'],
      [6, 75, 'thriving'],
      [7, 88, 'thriving'],
      [8, 100, 'thriving'],
    ],
  },
  2: {
    maxScore: 14,
    rows: [
      [0, 0, 'not-started'],
      [1, 7, 'emerging'],
      [2, 14, 'emerging'],
      [3, 21, 'emerging'],
      [4, 29, 'developing'],
      [5, 36, 'developing'],
      [6, 43, 'developing'],
      [7, 50, 'maturing'],
      [8, 57, 'maturing'],
      [9, 64, 'maturing'],
      [10, 71, 'maturing'],
      [11, 79, 'thriving'],
      [12, 86, 'thriving'],
      [13, 93, 'thriving'],
      [14, 100, 'thriving'],
    ],
  },
  3: {
    maxScore: 18,
    rows: [
      [0, 0, 'not-started'],
      [1, 6, 'emerging'],
      [2, 11, 'emerging'],
      [3, 17, 'emerging'],
      [4, 22, 'emerging'],
      [5, 28, 'developing'],
      [6, 33, 'developing'],
      [7, 39, 'developing'],
      [8, 44, 'developing'],
      [9, 50, 'maturing'],
      [10, 56, 'maturing'],
      [11, 61, 'maturing'],
      [12, 67, 'maturing'],
      [13, 72, 'maturing'],
      [14, 78, 'thriving'],
      [15, 83, 'thriving'],
      [16, 89, 'thriving'],
      [17, 94, 'thriving'],
      [18, 100, 'thriving'],
    ],
  },
  4: {
    maxScore: 10,
    rows: [
      [0, 0, 'not-started'],
      [1, 10, 'emerging'],
      [2, 20, 'emerging'],
      [3, 30, 'developing'],
      [4, 40, 'developing'],
      [5, 50, 'maturing'],
      [6, 60, 'maturing'],
      [7, 70, 'maturing'],
      [8, 80, 'thriving'],
      [9, 90, 'thriving'],
      [10, 100, 'thriving'],
    ],
  },
};

// The smallest score in each band, per domain, and the score just below it.
const BAND_EDGES: [DomainNumber, Maturity, number][] = [
  [1, 'emerging', 1],
  [1, 'developing', 2],
  [1, 'maturing', 4],
  [1, 'thriving', 6],
  [2, 'emerging', 1],
  [2, 'developing', 4],
  [2, 'maturing', 7],
  [2, 'thriving', 11],
  [3, 'emerging', 1],
  [3, 'developing', 5],
  [3, 'maturing', 9],
  [3, 'thriving', 14],
  [4, 'emerging', 1],
  [4, 'developing', 3],
  [4, 'maturing', 5],
  [4, 'thriving', 8],
];

const BAND_ORDER: Maturity[] = ['not-started', 'emerging', 'developing', 'maturing', 'thriving'];

function resultFor(domain: DomainNumber, score: number) {
  const result = scoreAssessment(answersWorth(domain, score)).domains[domain - 1];
  if (!result) throw new Error(`No result for domain ${domain}`);
  return result;
}

describe('maturity bands', () => {
  it.each([
    [0, 'not-started'],
    [1, 'emerging'],
    [24, 'emerging'],
    [25, 'developing'],
    [49, 'developing'],
    [50, 'maturing'],
    [74, 'maturing'],
    [75, 'thriving'],
    [100, 'thriving'],
  ] as const)('a rounded percentage of %i is %s', (percent, maturity) => {
    expect(maturityForPercent(percent)).toBe(maturity);
  });

  for (const domain of [1, 2, 3, 4] as const) {
    const { maxScore, rows } = EXPECTED_BANDS[domain];

    it(`domain ${domain} has a maximum score of ${maxScore}`, () => {
      expect(resultFor(domain, 0).maxScore).toBe(maxScore);
    });

    it.each(rows)(`domain ${domain}: a score of %i gives %i%% and the %s band`, (score, percent, maturity) => {
      const result = resultFor(domain, score);
      expect(result.score).toBe(score);
      expect(result.percent).toBe(percent);
      expect(result.maturity).toBe(maturity);
    });
  }

  it.each(BAND_EDGES)('in domain %i the %s band starts at a score of %i and the score below is in the band before', (domain, maturity, firstScore) => {
    expect(resultFor(domain, firstScore).maturity).toBe(maturity);
    const previousBand = BAND_ORDER[BAND_ORDER.indexOf(maturity) - 1];
    expect(resultFor(domain, firstScore - 1).maturity).toBe(previousBand);
  });

  it('rounds half a percent up, so 3 out of 8 shows as 38%', () => {
    expect(scoreAssessment({ '1.1': 'yes', '1.2': 'partial' }).domains[0]?.percent).toBe(38);
  });

  it('scores yes as 2, partial as 1 and no as 0', () => {
    const result = scoreAssessment({ '4.1': 'yes', '4.2': 'partial', '4.3': 'no' });
    expect(result.domains[3]?.score).toBe(3);
  });

  it('ignores keys that are not questions when scoring', () => {
    const result = scoreAssessment({ '9.9': 'yes', x: 'yes' });
    expect(result.domains.map((domain) => domain.score)).toEqual([0, 0, 0, 0]);
  });
});
