import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formDataToObject } from '../../../lib/forms/form-data';
import {
  assignOwnerSchema,
  carryForwardObjectivesSchema,
  createObjectiveSchema,
  listObjectivesSchema,
  recordProgressSchema,
  updateObjectiveSchema,
} from '../../../lib/objectives/schemas';

const OWNER = '5b0c0e36-8f1f-4a8e-9d3b-0d6f4e0b9a11';
const OBJECTIVE = 'c0ffee00-0000-4000-8000-000000000001';

function errors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return z.flattenError(result.error).fieldErrors as Record<string, string[]>;
}

describe('objective form schemas', () => {
  it('reads a posted form: checkbox groups, NHS date inputs and numbers with thousands separators', () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({
      financialYear: '2026/27',
      source: 'suggestion',
      title: '',
      baseline: '1,200',
      target: '900.5',
      'startDate-day': '1',
      'startDate-month': '4',
      'startDate-year': '2026',
      'dueDate-day': '',
      'dueDate-month': '',
      'dueDate-year': '',
      ownerId: '',
    }))
      form.append(key, value);
    for (const ref of ['4.1', '3.4', '3.4']) form.append('catalogueRefs', ref);
    for (const domain of ['2']) form.append('domains', domain);
    for (const breakdown of ['sex', 'age']) form.append('breakdowns', breakdown);

    const input = createObjectiveSchema.parse(formDataToObject(form, ['catalogueRefs', 'questionRefs', 'domains', 'breakdowns']));

    expect(input).toMatchObject({
      financialYear: 2026,
      source: 'suggestion',
      catalogueRefs: ['3.4', '4.1'],
      questionRefs: [],
      domains: [2],
      baseline: 1200,
      target: 900.5,
      breakdowns: ['sex', 'age'],
      startDate: '2026-04-01',
      dueDate: null,
      ownerId: null,
      supportingLeadId: null,
      title: '',
    });
  });

  it('says what is wrong with each field, all at once', () => {
    expect(
      errors(createObjectiveSchema, {
        financialYear: '2026',
        source: 'catalogue',
        catalogueRefs: '3.4, 3.99',
        questionRefs: ['5.1'],
        baseline: 'about ten',
        target: '12',
        breakdowns: ['gender'],
        startDate: '2026-05-01',
        dueDate: 'invalid:31/4/2026',
        ownerId: 'not-an-id',
      }),
    ).toEqual({
      catalogueRefs: ['There is no guide objective 3.99. Use references from the catalogue, like 3.4'],
      questionRefs: ['There is no assessment question 5.1. Use question numbers like 3.2'],
      baseline: ['Enter the baseline as a number, like 62.5'],
      breakdowns: ['Select breakdowns from the list'],
      dueDate: ['The due date must be a real date, like 1 4 2025'],
      ownerId: ['Choose an owner from the list'],
    });
  });

  it('refuses dates out of order, a target without a baseline, an undescribed “other” breakdown and the owner as their own supporting lead', () => {
    expect(
      errors(createObjectiveSchema, {
        financialYear: '2026',
        source: 'own',
        title: 'T',
        startDate: '2026-06-01',
        dueDate: '2026-05-31',
        target: '5',
        breakdowns: 'other',
        ownerId: OWNER,
        supportingLeadId: OWNER,
      }),
    ).toEqual({
      dueDate: ['The due date must be the same as or after the start date'],
      baseline: ['Enter the baseline: a target needs a starting point to be measured against'],
      breakdownOther: ['Say which other breakdown it will be reported by'],
      supportingLeadId: ['Choose a supporting lead who is not the owner'],
    });
  });

  it('needs a guide reference for catalogue and suggested objectives, a title for the trust’s own', () => {
    expect(errors(createObjectiveSchema, { financialYear: '2026', source: 'catalogue' })).toEqual({
      catalogueRefs: ['Choose the guide objective it is based on'],
    });
    expect(errors(createObjectiveSchema, { financialYear: '2026', source: 'own' })).toEqual({ title: ['Enter a title'] });
    expect(errors(createObjectiveSchema, { financialYear: 'next year', source: 'own', title: 'T' })).toEqual({
      financialYear: ['Enter a financial year like 2025/26'],
    });
  });

  it('refuses huge and non-finite numbers', () => {
    expect(errors(updateObjectiveSchema, { objectiveId: OBJECTIVE, expectedVersion: '1', title: 'T', baseline: '1e16' })).toEqual({
      baseline: ['The baseline must be between minus and plus one thousand million million'],
    });
    expect(errors(updateObjectiveSchema, { objectiveId: OBJECTIVE, expectedVersion: '1', title: 'T', baseline: 'Infinity' })).toEqual({
      baseline: ['Enter the baseline as a number, like 62.5'],
    });
  });

  it('needs the version the edit started from', () => {
    expect(errors(updateObjectiveSchema, { objectiveId: OBJECTIVE, title: 'T' })).toEqual({
      expectedVersion: ['The page is out of date: reload it and try again'],
    });
  });

  it('needs a narrative for an at-risk or off-track update', () => {
    expect(errors(recordProgressSchema, { objectiveId: OBJECTIVE, date: '2026-06-01', status: 'off_track', narrative: ' ' })).toEqual({
      narrative: ['Say why it is at risk or off track and what is being done about it'],
    });
    expect(recordProgressSchema.parse({ objectiveId: OBJECTIVE, date: '2026-06-01', status: 'on_track', measureValue: '' })).toMatchObject({
      measureValue: null,
      narrative: '',
    });
    const blank = errors(recordProgressSchema, { objectiveId: OBJECTIVE, date: '', status: 'amber' });
    expect(blank.date?.[0]).toBe('Enter the date of the update');
    expect(blank.status).toEqual(['Select a status']);
  });

  it('takes owner changes, carry-forward choices and the overview’s search parameters', () => {
    expect(assignOwnerSchema.parse({ objectiveId: OBJECTIVE, ownerId: OWNER, reason: ' Portfolio change ', expectedVersion: '' })).toEqual({
      objectiveId: OBJECTIVE,
      ownerId: OWNER,
      reason: 'Portfolio change',
      expectedVersion: undefined,
    });
    expect(carryForwardObjectivesSchema.parse({ fromYear: '2025/26', toYear: '2026', objectiveIds: OBJECTIVE })).toEqual({
      fromYear: 2025,
      toYear: 2026,
      objectiveIds: [OBJECTIVE],
    });
    expect(errors(carryForwardObjectivesSchema, { fromYear: '2026', toYear: '2026', objectiveIds: [] })).toEqual({
      objectiveIds: ['Select the objectives to carry forward'],
      toYear: ['Choose a financial year after the one the objectives are in'],
    });
    expect(listObjectivesSchema.parse({ year: '2026', groupBy: '' })).toEqual({ year: 2026, groupBy: undefined });
    expect(errors(listObjectivesSchema, { year: '2026', groupBy: 'colour' })).toHaveProperty('groupBy');
  });
});
