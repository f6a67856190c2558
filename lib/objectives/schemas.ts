import { z } from 'zod';
import { compareRefs, findObjective } from '../catalogue/objectives';
import { isDomainNumber } from '../catalogue/domains';
import { isoDate, optionalIsoDate } from '../forms/fields';
import { findQuestion } from '../assessments/question-bank';
import { financialYearField } from '../assessments/schemas';
import { BREAKDOWNS, MEASURE_DIRECTIONS, targetMovesWrongWay } from './smart-completeness';
import { OBJECTIVE_STATUSES, requiresNarrative } from './status';
import { parseFigureKey, type IndicatorLink } from './indicator-link';

// Inputs arrive as strings from FormData (lib/forms/form-data.ts turns NHS date inputs into
// YYYY-MM-DD and checkbox groups into arrays); each field turns them into the types the mutations
// use. A draft objective may leave any SMART part blank, but what is typed must make sense: dates
// in order, a baseline for every target, a number where a number goes. Messages are written to be
// shown next to their field.

export const MAX_TITLE_LENGTH = 300;
export const MAX_LONG_TEXT_LENGTH = 5000;
export const MAX_MEDIUM_TEXT_LENGTH = 2000;
export const MAX_SHORT_TEXT_LENGTH = 200;
export const MAX_REFS = 20;
/** Also the database's bound (Objective_numbers_finite), so a huge number fails here, politely. */
export const MAX_ABS_NUMBER = 1e15;

export const OBJECTIVE_SOURCES = ['catalogue', 'suggestion', 'own'] as const;
export const OBJECTIVE_GROUPINGS = ['domain', 'owner', 'status'] as const;
export type ObjectiveGrouping = (typeof OBJECTIVE_GROUPINGS)[number];

const PAGE_OUT_OF_DATE = 'The page is out of date: reload it and try again';

const objectiveIdField = z.uuid('Choose an objective');

const expectedVersionField = z.coerce.number({ error: PAGE_OUT_OF_DATE }).int(PAGE_OUT_OF_DATE).min(1, PAGE_OUT_OF_DATE);

/** Optional on agreement and owner changes: when given, a change made by someone else since is refused. */
const optionalExpectedVersionField = z
  .union([z.literal(''), expectedVersionField])
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** `label` names the field in its message ("What will be done must be 5000 characters or fewer"). */
function optionalText(max: number, label: string) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? '').replace(/\r\n/g, '\n').trim())
    .pipe(z.string().max(max, `${label} must be ${max} characters or fewer`));
}

/** A number typed in a text input: blank is "not yet known"; thousands separators are allowed. */
function optionalNumber(label: string) {
  const message = `Enter the ${label} as a number, like 62.5`;
  return z
    .union([z.number(), z.string(), z.null()], { error: message })
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === null) return null;
      const text = typeof value === 'number' ? String(value) : value.trim().replace(/,/g, '');
      if (text === '') return null;
      const number = Number(text);
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) || !Number.isFinite(number)) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      if (Math.abs(number) > MAX_ABS_NUMBER) {
        context.addIssue({ code: 'custom', message: `The ${label} must be between minus and plus one thousand million million` });
        return z.NEVER;
      }
      return number;
    });
}

/** Checkboxes (an array) or typed text ("3.4, 4.1"): de-duplicated, in guide order, each one known. */
function refListField(isKnown: (ref: string) => boolean, describe: (refs: string[]) => string) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, context) => {
      const items = (Array.isArray(value) ? value : (value ?? '').split(/[\s,;]+/)).map((item) => item.trim()).filter((item) => item !== '');
      const refs = [...new Set(items)].sort(compareRefs);
      const unknown = refs.filter((ref) => !isKnown(ref));
      if (unknown.length > 0) context.addIssue({ code: 'custom', message: describe(unknown) });
      if (refs.length > MAX_REFS) context.addIssue({ code: 'custom', message: `Choose up to ${MAX_REFS}` });
      return refs;
    });
}

const catalogueRefsField = refListField(
  (ref) => findObjective(ref) !== undefined,
  (refs) =>
    `${refs.length === 1 ? 'There is no guide objective' : 'There are no guide objectives'} ${refs.join(', ')}. Use references from the catalogue, like 3.4`,
);

const questionRefsField = refListField(
  (ref) => findQuestion(ref) !== undefined,
  (refs) => `${refs.length === 1 ? 'There is no assessment question' : 'There are no assessment questions'} ${refs.join(', ')}. Use question numbers like 3.2`,
);

const domainsField = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
  .optional()
  .transform((value, context) => {
    const items = (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((item) => item !== '');
    const numbers = items.map((item) => (typeof item === 'number' ? item : Number(item.trim())));
    if (!numbers.every(isDomainNumber)) context.addIssue({ code: 'custom', message: 'Select domains from the list' });
    return [...new Set(numbers.filter(isDomainNumber))].sort((a, b) => a - b);
  });

const breakdownsField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => [...new Set((Array.isArray(value) ? value : value ? [value] : []).filter((item) => item !== ''))])
  .pipe(z.array(z.enum(BREAKDOWNS, { error: 'Select breakdowns from the list' })));

function optionalBoardMemberField(message: string) {
  return z
    .union([z.literal(''), z.uuid(message)])
    .nullish()
    .transform((value) => (value ? value : null));
}

/** Which way is better for the measure; blank until someone says. */
const directionField = z
  .union([z.literal(''), z.enum(MEASURE_DIRECTIONS, { error: 'Choose whether a higher or a lower value is better' })])
  .nullish()
  .transform((value) => (value ? value : null));

/** "yes" or "no" from radios; blank means not answered (breakdowns are then expected). */
const countsPeopleField = z
  .union([z.literal(''), z.enum(['yes', 'no'], { error: 'Choose yes or no' }), z.boolean()])
  .nullish()
  .transform((value) => (value === 'yes' || value === true ? true : value === 'no' || value === false ? false : null));

/** The indicator the measure follows: blank is not linked. Whether it is this trust's is checked in lib. */
const indicatorIdField = z
  .union([z.literal(''), z.uuid('Choose an indicator from the list')])
  .nullish()
  .transform((value) => (value ? value : null));

/** Which of the indicator's figures: "all", "gap:deprivation_quintile" or "group:ethnicity:A" (indicator-link.ts). */
const indicatorFigureField = z
  .string()
  .nullish()
  .transform((value, context): IndicatorLink | null => {
    if (!value) return null;
    const link = parseFigureKey(value);
    if (!link) context.addIssue({ code: 'custom', message: 'Choose a figure from the list' });
    return link;
  });

const optionalDate = (label: string) =>
  optionalIsoDate(label)
    .optional()
    .transform((value) => value ?? null);

/** The SMART fields a form edits. Owner changes go through assignOwner, which records why. */
const smartFields = {
  title: optionalText(MAX_TITLE_LENGTH, 'Title'),
  description: optionalText(MAX_LONG_TEXT_LENGTH, 'What will be done'),
  catalogueRefs: catalogueRefsField,
  questionRefs: questionRefsField,
  domains: domainsField,
  measure: optionalText(MAX_MEDIUM_TEXT_LENGTH, 'Measure'),
  baseline: optionalNumber('baseline'),
  target: optionalNumber('target'),
  unit: optionalText(MAX_SHORT_TEXT_LENGTH, 'Unit'),
  direction: directionField,
  countsPeople: countsPeopleField,
  breakdowns: breakdownsField,
  breakdownOther: optionalText(MAX_SHORT_TEXT_LENGTH, 'Other breakdown'),
  resources: optionalText(MAX_MEDIUM_TEXT_LENGTH, 'Resources'),
  dependencies: optionalText(MAX_MEDIUM_TEXT_LENGTH, 'Dependencies'),
  startDate: optionalDate('start date'),
  dueDate: optionalDate('due date'),
  supportingLeadId: optionalBoardMemberField('Choose a supporting lead from the list'),
  committee: optionalText(MAX_SHORT_TEXT_LENGTH, 'Committee'),
  indicatorId: indicatorIdField,
  indicatorFigure: indicatorFigureField,
  baselineReason: optionalText(1000, 'The reason the baseline differs'),
};

type SmartFieldValues = z.output<z.ZodObject<typeof smartFields>>;

/** The rules that hold for drafts too; the database has a CHECK constraint for each. */
function checkSmartFields(value: SmartFieldValues & { ownerId?: string | null }, context: z.RefinementCtx): void {
  if (value.startDate && value.dueDate && value.dueDate < value.startDate) {
    context.addIssue({ code: 'custom', path: ['dueDate'], message: 'The due date must be the same as or after the start date' });
  }
  // A linked measure's blank baseline is the data's figure, filled in when it is saved.
  if (value.target !== null && value.baseline === null && value.indicatorId === null) {
    context.addIssue({ code: 'custom', path: ['baseline'], message: 'Enter the baseline: a target needs a starting point to be measured against' });
  }
  const wrongWay = targetMovesWrongWay(value);
  if (wrongWay) context.addIssue({ code: 'custom', path: ['target'], message: wrongWay });
  if (value.breakdowns.includes('other') && value.breakdownOther === '') {
    context.addIssue({ code: 'custom', path: ['breakdownOther'], message: 'Say which other breakdown it will be reported by' });
  }
  if (value.indicatorId !== null && value.indicatorFigure === null) {
    context.addIssue({ code: 'custom', path: ['indicatorFigure'], message: 'Choose which of the indicator’s figures the measure follows' });
  }
  if (value.supportingLeadId !== null && value.supportingLeadId === value.ownerId) {
    context.addIssue({ code: 'custom', path: ['supportingLeadId'], message: 'Choose a supporting lead who is not the owner' });
  }
}

export const createObjectiveSchema = z
  .object({
    financialYear: financialYearField,
    source: z.enum(OBJECTIVE_SOURCES, { error: 'Choose where the objective comes from' }),
    ...smartFields,
    ownerId: optionalBoardMemberField('Choose an owner from the list'),
  })
  .superRefine((value, context) => {
    checkSmartFields(value, context);
    if (value.source !== 'own' && value.catalogueRefs.length === 0) {
      context.addIssue({ code: 'custom', path: ['catalogueRefs'], message: 'Choose the guide objective it is based on' });
    }
    // A catalogue or suggested objective may start with the guide's own summary as its title.
    if (value.source === 'own' && value.title === '') context.addIssue({ code: 'custom', path: ['title'], message: 'Enter a title' });
  });
export type CreateObjectiveInput = z.output<typeof createObjectiveSchema>;

export const updateObjectiveSchema = z
  .object({ objectiveId: objectiveIdField, expectedVersion: expectedVersionField, ...smartFields })
  .superRefine((value, context) => {
    checkSmartFields(value, context);
    if (value.title === '') context.addIssue({ code: 'custom', path: ['title'], message: 'Enter a title' });
  });
export type UpdateObjectiveInput = z.output<typeof updateObjectiveSchema>;

export const agreeObjectiveSchema = z.object({ objectiveId: objectiveIdField, expectedVersion: optionalExpectedVersionField });
export type AgreeObjectiveInput = z.output<typeof agreeObjectiveSchema>;

export const assignOwnerSchema = z.object({
  objectiveId: objectiveIdField,
  ownerId: z.uuid('Choose the board member who will own it'),
  /** Required when the objective already has an owner (the data layer says so). */
  reason: optionalText(1000, 'The reason for the change'),
  expectedVersion: optionalExpectedVersionField,
});
export type AssignOwnerInput = z.output<typeof assignOwnerSchema>;

export const recordProgressSchema = z
  .object({
    objectiveId: objectiveIdField,
    date: isoDate('date of the update'),
    status: z.enum(OBJECTIVE_STATUSES, { error: 'Select a status' }),
    measureValue: optionalNumber('value of the measure'),
    narrative: optionalText(MAX_LONG_TEXT_LENGTH, 'What is happening'),
  })
  .superRefine((value, context) => {
    if (requiresNarrative(value.status) && value.narrative === '') {
      context.addIssue({ code: 'custom', path: ['narrative'], message: 'Say why it is at risk or off track and what is being done about it' });
    }
  });
export type RecordProgressInput = z.output<typeof recordProgressSchema>;

export const carryForwardObjectivesSchema = z
  .object({
    fromYear: financialYearField,
    toYear: financialYearField,
    objectiveIds: z
      .union([z.string(), z.array(z.string())])
      .transform((value) => [...new Set((Array.isArray(value) ? value : [value]).filter((id) => id !== ''))])
      .pipe(z.array(z.uuid('Choose objectives from the list')).min(1, 'Select the objectives to carry forward').max(200)),
  })
  .superRefine((value, context) => {
    if (value.toYear <= value.fromYear) {
      context.addIssue({ code: 'custom', path: ['toYear'], message: 'Choose a financial year after the one the objectives are in' });
    }
  });
export type CarryForwardObjectivesInput = z.output<typeof carryForwardObjectivesSchema>;

/** The board overview's search parameters (?year=2026&groupBy=owner). */
export const listObjectivesSchema = z.object({
  year: financialYearField,
  groupBy: z
    .union([z.literal(''), z.enum(OBJECTIVE_GROUPINGS)])
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type ListObjectivesInput = Readonly<{ year: number; groupBy?: ObjectiveGrouping | undefined }>;

/** The owner's answer to an agreed objective: accept it, or ask for a change and say why. */
export const respondToObjectiveSchema = z
  .object({
    objectiveId: objectiveIdField,
    answer: z.enum(['accept', 'change'], { error: 'Choose whether you accept the objective or want a change' }),
    changeRequest: optionalText(1000, 'What you want changed'),
  })
  .superRefine((value, context) => {
    if (value.answer === 'change' && value.changeRequest === '') {
      context.addIssue({ code: 'custom', path: ['changeRequest'], message: 'Say what you want changed and why' });
    }
  });
export type RespondToObjectiveInput = z.output<typeof respondToObjectiveSchema>;
