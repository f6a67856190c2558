import { findObjective } from '@/lib/catalogue/objectives';
import { dateParts } from '@/lib/format/dates';
import { joinDateParts } from '@/lib/forms/form-data';
import { figureKey } from '@/lib/objectives/indicator-link';
import type { ObjectiveSummaryDto } from '@/lib/objectives/objective-dto';
import { BREAKDOWNS, domainsFor, type ObjectiveBreakdown, type SmartInput } from '@/lib/objectives/smart-completeness';
import type { FormValues } from './objective-form-state';

// Pure: the objective form's values in and out. Text inputs hold strings, checkbox groups arrays,
// and each date three parts (lib/forms/form-data.ts joins them again on the server).

function dateValues(name: string, date: Date | null): Record<string, string> {
  const parts = dateParts(date);
  return { [`${name}-day`]: parts.day, [`${name}-month`]: parts.month, [`${name}-year`]: parts.year };
}

const numberText = (value: number | null): string => (value === null ? '' : String(value));

/** A saved objective, for the edit form. */
export function valuesFromObjective(objective: ObjectiveSummaryDto): FormValues {
  return {
    title: objective.title,
    description: objective.description,
    catalogueRefs: objective.catalogueRefs.join(', '),
    questionRefs: objective.questionRefs.join(', '),
    domains: objective.domains.map(String),
    measure: objective.measure,
    baseline: numberText(objective.baseline),
    target: numberText(objective.target),
    unit: objective.unit,
    breakdowns: [...objective.breakdowns],
    breakdownOther: objective.breakdownOther,
    direction: objective.direction ?? '',
    countsPeople: objective.countsPeople === null ? '' : objective.countsPeople ? 'yes' : 'no',
    indicatorId: objective.indicatorLink?.indicatorId ?? '',
    indicatorFigure: objective.indicatorLink ? figureKey(objective.indicatorLink) : '',
    baselineReason: objective.baselineReason,
    resources: objective.resources,
    dependencies: objective.dependencies,
    ...dateValues('startDate', objective.startDate),
    ...dateValues('dueDate', objective.dueDate),
    ownerId: objective.owner?.id ?? '',
    supportingLeadId: objective.supportingLead?.id ?? '',
    committee: objective.committee,
  };
}

/** A new objective: from a guide objective when a reference is given, otherwise blank. */
export function valuesForNewObjective(ref: string | undefined, financialYear: number): FormValues {
  const objective = ref ? findObjective(ref) : undefined;
  return {
    financialYear: String(financialYear),
    title: objective?.summary ?? '',
    catalogueRefs: objective?.ref ?? '',
    domains: objective ? [String(objective.domain)] : [],
    breakdowns: [],
  };
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function list(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : value ? [value] : [];
}

function number(values: FormValues, name: string): number | null {
  const typed = text(values, name).trim().replace(/,/g, '');
  const parsed = typed === '' ? Number.NaN : Number(typed);
  return Number.isFinite(parsed) ? parsed : null;
}

function date(values: FormValues, name: string): string | null {
  const joined = joinDateParts(text(values, `${name}-day`), text(values, `${name}-month`), text(values, `${name}-year`));
  return joined === '' || joined.startsWith('invalid:') ? null : joined;
}

const refs = (typed: string): string[] => typed.split(/[\s,;]+/).filter((item) => item !== '');
const isBreakdown = (value: string): value is ObjectiveBreakdown => (BREAKDOWNS as readonly string[]).includes(value);

/**
 * The values as smartCompleteness reads them, so the form can say which SMART parts are still
 * missing from what is on screen. `ownerId` is the saved owner when the form has no owner field.
 */
export function smartInputFromValues(values: FormValues, ownerId?: string | null): SmartInput {
  const catalogueRefs = refs(text(values, 'catalogueRefs'));
  const questionRefs = refs(text(values, 'questionRefs'));
  return {
    title: text(values, 'title'),
    description: text(values, 'description'),
    measure: text(values, 'measure'),
    baseline: number(values, 'baseline'),
    target: number(values, 'target'),
    unit: text(values, 'unit'),
    breakdowns: list(values, 'breakdowns').filter(isBreakdown),
    breakdownOther: text(values, 'breakdownOther'),
    countsPeople: text(values, 'countsPeople') === 'no' ? false : text(values, 'countsPeople') === 'yes' ? true : null,
    resources: text(values, 'resources'),
    dependencies: text(values, 'dependencies'),
    catalogueRefs,
    questionRefs,
    domains: domainsFor(catalogueRefs, questionRefs, list(values, 'domains').map(Number)),
    startDate: date(values, 'startDate'),
    dueDate: date(values, 'dueDate'),
    ownerId: ownerId === undefined ? text(values, 'ownerId') : ownerId,
    committee: text(values, 'committee'),
  };
}
