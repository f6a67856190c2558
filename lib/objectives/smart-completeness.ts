import { isDomainNumber, type DomainNumber } from '../catalogue/domains';
import { findObjective } from '../catalogue/objectives';
import { findRoleArea, type RoleAreaId } from '../catalogue/role-areas';
import type { MeasureDirection, ObjectiveBreakdown } from '../db/generated/enums';

// Pure: which parts of a SMART objective are still missing, in words the form can show next to
// each field. An objective can be agreed only when nothing is missing; the database refuses an
// agreed objective that is not complete (Objective_agreed_is_smart), so keep the two in step.

export type { MeasureDirection, ObjectiveBreakdown };

export const MEASURE_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const satisfies readonly MeasureDirection[];

export const MEASURE_DIRECTION_LABELS: Readonly<Record<MeasureDirection, string>> = {
  higher_is_better: 'A higher value is better',
  lower_is_better: 'A lower value is better',
};

/**
 * The question to put to someone whose target moves away from better (a higher-is-better measure
 * with a target below its baseline, or the reverse); null when it moves the right way or cannot tell.
 */
export function targetMovesWrongWay(
  input: Readonly<{ baseline: number | null | undefined; target: number | null | undefined; direction?: MeasureDirection | null }>,
): string | null {
  const { baseline, target, direction } = input;
  if (baseline === null || baseline === undefined || target === null || target === undefined || !direction) return null;
  if (direction === 'higher_is_better' && target < baseline) {
    return `The target (${target}) is lower than the baseline (${baseline}), but a higher value is better for this measure. Check the target, or change which way is better`;
  }
  if (direction === 'lower_is_better' && target > baseline) {
    return `The target (${target}) is higher than the baseline (${baseline}), but a lower value is better for this measure. Check the target, or change which way is better`;
  }
  return null;
}

/** Breakdowns are needed when the measure counts patients or local people (unanswered reads as yes). */
function needsBreakdowns(input: Readonly<{ countsPeople?: boolean | null }>): boolean {
  return input.countsPeople !== false;
}

export const SMART_PARTS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound', 'owner'] as const;
export type SmartPart = (typeof SMART_PARTS)[number];

const SMART_PART_LABELS: Readonly<Record<SmartPart, string>> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
  owner: 'Owner',
};

export const BREAKDOWNS = ['deprivation', 'ethnicity', 'age', 'sex', 'other'] as const satisfies readonly ObjectiveBreakdown[];

export const BREAKDOWN_LABELS: Readonly<Record<ObjectiveBreakdown, string>> = {
  deprivation: 'Deprivation',
  ethnicity: 'Ethnicity',
  age: 'Age',
  sex: 'Sex',
  other: 'Other',
};

/** Calendar dates as "YYYY-MM-DD" or as the midnight-UTC Dates Prisma returns. */
type CalendarDate = string | Date | null | undefined;

export type SmartInput = Readonly<{
  title: string;
  description: string;
  measure: string;
  baseline: number | null | undefined;
  target: number | null | undefined;
  unit: string;
  breakdowns: readonly ObjectiveBreakdown[];
  breakdownOther: string;
  /** Whether the measure counts patients or local people; absent or null reads as yes. */
  countsPeople?: boolean | null;
  resources: string;
  dependencies: string;
  catalogueRefs: readonly string[];
  questionRefs: readonly string[];
  domains: readonly number[];
  startDate: CalendarDate;
  dueDate: CalendarDate;
  ownerId: string | null | undefined;
  committee: string;
}>;

/** One missing piece: the form field it belongs to and what to tell the user. */
type MissingField = Readonly<{ field: string; message: string }>;

type SmartPartResult = Readonly<{ part: SmartPart; label: string; complete: boolean; missing: readonly MissingField[] }>;

export type SmartCompleteness = Readonly<{
  complete: boolean;
  parts: readonly SmartPartResult[];
  /** The parts with something missing, in SMART order. */
  missingParts: readonly SmartPart[];
  /** "Measurable: enter the baseline", one per missing piece, for an error summary. */
  messages: readonly string[];
  /** Messages by form field, in the shape AppError and the form actions use. */
  fieldErrors: Readonly<Record<string, string[]>>;
}>;

const blank = (text: string | null | undefined): boolean => (text ?? '').trim() === '';

function isoOf(date: CalendarDate): string | null {
  if (date === null || date === undefined || date === '') return null;
  return typeof date === 'string' ? date : date.toISOString().slice(0, 10);
}

function missingFor(part: SmartPart, input: SmartInput): MissingField[] {
  const missing: MissingField[] = [];
  const need = (condition: boolean, field: string, message: string) => {
    if (condition) missing.push({ field, message });
  };
  switch (part) {
    case 'specific':
      need(blank(input.title), 'title', 'Enter a title');
      need(blank(input.description), 'description', 'Say what will be done');
      break;
    case 'measurable':
      need(blank(input.measure), 'measure', 'Enter the measure');
      need(input.baseline === null || input.baseline === undefined, 'baseline', 'Enter the baseline');
      need(input.target === null || input.target === undefined, 'target', 'Enter the target');
      need(blank(input.unit), 'unit', 'Enter the unit of the measure');
      need(needsBreakdowns(input) && input.breakdowns.length === 0, 'breakdowns', 'Select the breakdowns it will be reported by');
      need(input.breakdowns.includes('other') && blank(input.breakdownOther), 'breakdownOther', 'Say which other breakdown it will be reported by');
      break;
    case 'achievable':
      need(blank(input.resources), 'resources', 'Enter the resources it needs');
      need(blank(input.dependencies), 'dependencies', 'Enter its dependencies, or “None”');
      break;
    case 'relevant':
      need(input.catalogueRefs.length + input.questionRefs.length === 0, 'catalogueRefs', 'Select the guide references or assessment questions it addresses');
      need(input.domains.length === 0, 'domains', 'Select the assessment domains it addresses');
      break;
    case 'timeBound': {
      const start = isoOf(input.startDate);
      const due = isoOf(input.dueDate);
      need(start === null, 'startDate', 'Enter the start date');
      need(due === null, 'dueDate', 'Enter the due date');
      need(start !== null && due !== null && due < start, 'dueDate', 'The due date must be the same as or after the start date');
      break;
    }
    case 'owner':
      need(blank(input.ownerId), 'ownerId', 'Choose the board member who owns it');
      need(blank(input.committee), 'committee', 'Enter the committee that oversees it');
      break;
  }
  return missing;
}

export function smartCompleteness(input: SmartInput): SmartCompleteness {
  const parts = SMART_PARTS.map((part): SmartPartResult => {
    const missing = missingFor(part, input);
    return { part, label: SMART_PART_LABELS[part], complete: missing.length === 0, missing };
  });
  const fieldErrors: Record<string, string[]> = {};
  const messages: string[] = [];
  for (const part of parts) {
    for (const item of part.missing) {
      (fieldErrors[item.field] ??= []).push(item.message);
      messages.push(`${part.label}: ${item.message.charAt(0).toLowerCase()}${item.message.slice(1)}`);
    }
  }
  const missingParts = parts.filter((part) => !part.complete).map((part) => part.part);
  return { complete: missingParts.length === 0, parts, missingParts, messages, fieldErrors };
}

export function canAgree(input: SmartInput): boolean {
  return smartCompleteness(input).complete;
}

/** "Specific, Measurable and Owner" for a sentence. */
export function listParts(parts: readonly SmartPart[]): string {
  const labels = parts.map((part) => SMART_PART_LABELS[part]);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

// The guide's sections 1 and 2 are for the chair and the non-executive directors; every other
// section is an executive's, so objectives drawn from them need an executive owner.
const NON_EXECUTIVE_ROLE_AREAS: ReadonlySet<RoleAreaId> = new Set(['chair', 'non-executive-directors']);

/** True when any guide reference is from an executive role area (sections 3 to 10). */
export function isExecutiveObjective(catalogueRefs: readonly string[]): boolean {
  return catalogueRefs.some((ref) => {
    const objective = findObjective(ref);
    return objective !== undefined && !NON_EXECUTIVE_ROLE_AREAS.has(findRoleArea(objective.roleArea).id);
  });
}

/** The domains an objective addresses: those of its guide references and questions, plus any chosen. */
export function domainsFor(catalogueRefs: readonly string[], questionRefs: readonly string[], chosen: readonly number[]): DomainNumber[] {
  const domains = new Set<DomainNumber>();
  for (const ref of catalogueRefs) {
    const objective = findObjective(ref);
    if (objective) domains.add(objective.domain);
  }
  for (const ref of questionRefs) {
    const domain = Number(ref.split('.')[0]);
    if (isDomainNumber(domain)) domains.add(domain);
  }
  for (const domain of chosen) if (isDomainNumber(domain)) domains.add(domain);
  return [...domains].sort((a, b) => a - b);
}
