import { describe, expect, it } from 'vitest';
import { canAgree, domainsFor, isExecutiveObjective, listParts, smartCompleteness, SMART_PARTS } from '../../../lib/objectives/smart-completeness';
import { smartInput } from './objective-builders';

describe('SMART completeness', () => {
  it('finds nothing missing in a complete objective, which can be agreed', () => {
    const result = smartCompleteness(smartInput());
    expect(result).toMatchObject({ complete: true, missingParts: [], messages: [], fieldErrors: {} });
    expect(result.parts.map((part) => [part.label, part.complete])).toEqual([
      ['Specific', true],
      ['Measurable', true],
      ['Achievable', true],
      ['Relevant', true],
      ['Time-bound', true],
      ['Owner', true],
    ]);
    expect(canAgree(smartInput())).toBe(true);
  });

  it.each([
    ['specific', { description: '  ' }, 'description', 'Say what will be done'],
    ['specific', { title: '' }, 'title', 'Enter a title'],
    ['measurable', { measure: '' }, 'measure', 'Enter the measure'],
    ['measurable', { baseline: null }, 'baseline', 'Enter the baseline'],
    ['measurable', { target: undefined }, 'target', 'Enter the target'],
    ['measurable', { unit: '' }, 'unit', 'Enter the unit of the measure'],
    ['measurable', { breakdowns: [] }, 'breakdowns', 'Select the breakdowns it will be reported by'],
    ['measurable', { breakdowns: ['other'], breakdownOther: ' ' }, 'breakdownOther', 'Say which other breakdown it will be reported by'],
    ['achievable', { resources: '' }, 'resources', 'Enter the resources it needs'],
    ['achievable', { dependencies: '' }, 'dependencies', 'Enter its dependencies, or “None”'],
    ['relevant', { catalogueRefs: [], questionRefs: [] }, 'catalogueRefs', 'Select the guide references or assessment questions it addresses'],
    ['relevant', { domains: [] }, 'domains', 'Select the assessment domains it addresses'],
    ['timeBound', { startDate: null }, 'startDate', 'Enter the start date'],
    ['timeBound', { dueDate: '' }, 'dueDate', 'Enter the due date'],
    ['timeBound', { startDate: '2026-05-02', dueDate: '2026-05-01' }, 'dueDate', 'The due date must be the same as or after the start date'],
    ['owner', { ownerId: null }, 'ownerId', 'Choose the board member who owns it'],
    ['owner', { committee: '' }, 'committee', 'Enter the committee that oversees it'],
  ] as const)('%s is missing when %j, with a message for %s', (part, overrides, field, message) => {
    const result = smartCompleteness(smartInput(overrides));
    expect(result.complete).toBe(false);
    expect(result.missingParts).toEqual([part]);
    expect(result.fieldErrors).toEqual({ [field]: [message] });
    expect(canAgree(smartInput(overrides))).toBe(false);
  });

  it('accepts a question reference alone as relevant, and dates as Date objects', () => {
    expect(smartCompleteness(smartInput({ catalogueRefs: [], questionRefs: ['3.2'] })).complete).toBe(true);
    expect(smartCompleteness(smartInput({ startDate: new Date('2026-04-01T00:00:00Z'), dueDate: new Date('2026-04-01T00:00:00Z') })).complete).toBe(true);
  });

  it('lists every part of an empty objective, in SMART order, with one summary message per missing piece', () => {
    const empty = smartCompleteness(
      smartInput({
        title: '',
        description: '',
        measure: '',
        baseline: null,
        target: null,
        unit: '',
        breakdowns: [],
        resources: '',
        dependencies: '',
        catalogueRefs: [],
        questionRefs: [],
        domains: [],
        startDate: null,
        dueDate: null,
        ownerId: null,
        committee: '',
      }),
    );
    expect(empty.missingParts).toEqual(SMART_PARTS);
    expect(empty.messages).toHaveLength(15);
    expect(empty.messages[0]).toBe('Specific: enter a title');
    expect(listParts(empty.missingParts)).toBe('Specific, Measurable, Achievable, Relevant, Time-bound and Owner');
    expect(listParts(['owner'])).toBe('Owner');
  });
});

describe('executive objectives and domains', () => {
  it('treats guide sections 3 to 10 as executive, and the chair’s and non-executives’ sections as not', () => {
    expect(isExecutiveObjective(['3.4'])).toBe(true);
    expect(isExecutiveObjective(['10.1'])).toBe(true);
    expect(isExecutiveObjective(['1.1', '2.2'])).toBe(false);
    expect(isExecutiveObjective(['2.2', '9.8'])).toBe(true);
    expect(isExecutiveObjective([])).toBe(false);
  });

  it('takes domains from guide references and question numbers, plus those chosen', () => {
    expect(domainsFor(['3.4', '9.8'], ['1.2'], [2])).toEqual([1, 2, 3, 4]);
    expect(domainsFor([], [], [])).toEqual([]);
    expect(domainsFor(['99.9'], ['7.1'], [5])).toEqual([]);
  });
});
