import { describe, expect, it } from 'vitest';
import { answerChange, answerChanged, answerValueLabel, ANSWER_CHANGES, wentBackwards } from '../../../lib/review/answer-change';
import { maturityMovement } from '../../../lib/review/labels';
import { historySentence } from '../../../lib/review/sentences';

describe('answerChange', () => {
  it.each([
    ['no', 'partial', 'improved'],
    ['partial', 'yes', 'improved'],
    ['no', 'yes', 'improved'],
    ['yes', 'yes', 'unchanged'],
    ['no', 'no', 'unchanged'],
    ['yes', 'partial', 'worse'],
    ['partial', 'no', 'worse'],
    [null, 'no', 'newly-answered'],
    ['yes', null, 'no-longer-answered'],
    [null, null, 'still-unanswered'],
    [undefined, 'yes', 'not-recorded'],
    ['yes', undefined, 'not-recorded'],
  ] as const)('%s → %s is %s', (from, to, expected) => {
    expect(answerChange(from, to)).toBe(expected);
  });

  it('counts only worse and no longer answered as going backwards', () => {
    expect(
      ['improved', 'unchanged', 'worse', 'newly-answered', 'no-longer-answered', 'still-unanswered', 'not-recorded'].filter((change) =>
        wentBackwards(change as never),
      ),
    ).toEqual(['worse', 'no-longer-answered']);
  });

  it('labels an unanswered question and an unrecorded one differently', () => {
    expect([answerValueLabel('partial'), answerValueLabel(null), answerValueLabel(undefined)]).toEqual(['Partial', 'Not answered', 'Not recorded']);
  });
});

describe('maturity movement and the trend sentence', () => {
  it('orders the levels from not started to thriving', () => {
    expect(maturityMovement('emerging', 'developing')).toBe('up');
    expect(maturityMovement('thriving', 'not-started')).toBe('down');
    expect(maturityMovement('maturing', 'maturing')).toBe('same');
  });

  it('says what moved between the first and last years with results', () => {
    const year = (label: string, maturities: string[]) => ({
      financialYearLabel: label,
      domains: maturities.map((maturity, index) => ({ domain: index + 1, maturity })) as never,
    });
    expect(
      historySentence([
        year('2023/24', ['emerging', 'emerging', 'developing', 'thriving']),
        year('2024/25', ['emerging', 'emerging', 'developing', 'thriving']),
        year('2025/26', ['developing', 'maturing', 'developing', 'maturing']),
      ]),
    ).toBe('From 2023/24 to 2025/26, 2 of the 4 domains moved up at least one maturity level, 1 stayed at the same level and 1 moved down.');
    expect(
      historySentence([
        year('2024/25', ['emerging', 'emerging', 'emerging', 'emerging']),
        year('2025/26', ['developing', 'maturing', 'developing', 'thriving']),
      ]),
    ).toBe('From 2024/25 to 2025/26, all 4 domains moved up at least one maturity level, none stayed at the same level and none moved down.');
  });
});

describe('answerChanged (compare two years, "only the questions that changed")', () => {
  it('counts a moved answer as changed, and the same answer or no answer in both years as not', () => {
    expect(ANSWER_CHANGES.filter(answerChanged)).toEqual(['improved', 'worse', 'newly-answered', 'no-longer-answered']);
  });
});
