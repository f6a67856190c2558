import { randomUUID } from 'node:crypto';

/**
 * Form fields for the server-action matrix, found rather than listed: the keys every zod schema an
 * action parsed with (walked through objects, intersections, unions, pipes and wrappers), the names
 * it read from FormData directly, and the names its field errors mention. For each field a list of
 * candidate values, tried in order until the action accepts the form.
 */
export type FieldInfo = { options: string[]; uuid: boolean; array: boolean };
export type FormValues = Record<string, string | string[]>;

type ZodLike = { _zod?: { def?: Record<string, unknown> } };
const defOf = (schema: unknown) => (schema as ZodLike)?._zod?.def;
const WRAPPERS = ['innerType', 'in', 'out', 'left', 'right', 'element', 'valueType'];

/** What a field's own schema says about it: enum and literal values, uuid format, array-ness. */
function describeField(schema: unknown, info: FieldInfo, depth = 0): void {
  const def = defOf(schema);
  if (!def || depth > 12) return;
  if (def.type === 'enum' && def.entries) info.options.push(...Object.values(def.entries as Record<string, string>).map(String));
  if (def.type === 'literal' && Array.isArray(def.values)) info.options.push(...(def.values as unknown[]).map(String));
  if (def.type === 'string' && def.format === 'uuid') info.uuid = true;
  if (def.type === 'array') info.array = true;
  if (def.type === 'lazy' && typeof def.getter === 'function') describeField((def.getter as () => unknown)(), info, depth + 1);
  for (const key of WRAPPERS) if (def[key]) describeField(def[key], info, depth + 1);
  if (Array.isArray(def.options)) for (const option of def.options) describeField(option, info, depth + 1);
}

/** Every field of every object a schema parses, wherever the objects sit. */
export function schemaFields(schema: unknown, into = new Map<string, FieldInfo>(), depth = 0): Map<string, FieldInfo> {
  const def = defOf(schema);
  if (!def || depth > 12) return into;
  if (def.type === 'object' && def.shape) {
    for (const [name, field] of Object.entries(def.shape as Record<string, unknown>)) {
      const info = into.get(name) ?? { options: [], uuid: false, array: false };
      describeField(field, info);
      info.options = [...new Set(info.options)];
      into.set(name, info);
    }
    return into;
  }
  if (def.type === 'lazy' && typeof def.getter === 'function') return schemaFields((def.getter as () => unknown)(), into, depth + 1);
  for (const key of ['innerType', 'in', 'out', 'left', 'right']) if (def[key]) schemaFields(def[key], into, depth + 1);
  if (Array.isArray(def.options)) for (const option of def.options) schemaFields(option, into, depth + 1);
  return into;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuidText = (value: string) => UUID.test(value);

/** A field that carries a record's id: named so (…Id, …Ids, id) or declared a uuid by its schema. */
export function isIdField(name: string, info: FieldInfo | undefined): boolean {
  return /(^id|Id|Ids|ID)$/.test(name) || (info?.uuid ?? false);
}

const SYNONYMS: Record<string, string> = {
  owner: 'BoardMember',
  toOwner: 'BoardMember',
  fromOwner: 'BoardMember',
  supportingLead: 'BoardMember',
  lead: 'BoardMember',
  user: 'User',
  nedUser: 'User',
  author: 'User',
  raisedBy: 'User',
  createdBy: 'User',
  invitedBy: 'User',
  trust: 'Trust',
};

/** The kinds of record (table names) an id field plausibly names; empty when the name says nothing. */
export function kindsForField(name: string, knownKinds: Iterable<string>): string[] {
  const stem = name.replace(/(Ids|Id|ID|id)$/, '');
  const known = new Set(knownKinds);
  const guesses = [SYNONYMS[stem], stem.charAt(0).toUpperCase() + stem.slice(1), stem.charAt(0).toUpperCase() + stem.slice(1).replace(/s$/, '')];
  return [...new Set(guesses.filter((guess): guess is string => guess !== undefined && known.has(guess)))];
}

/**
 * Stands for an uploaded file in a form's values (which are text): toFormData turns it into a CSV
 * file in the indicator template with one good row for the matrix trusts' catalogue
 * (tests/support/security-seed-indicators.ts).
 */
export const CSV_UPLOAD = '\u0000file:matrix-figures.csv';
const CSV_UPLOAD_TEXT = 'indicator,period,breakdown,group,numerator,denominator,value\nelective-wait-18w,2024/25,all,all,400,1000,40\n';

const YEARS = ['2025', '2026', '2024', '2023', '2022', '2021', '2020', '2019'];

/**
 * Candidate values for one field, most plausible first. `ownIds` are the acting trust's ids of the
 * kinds the field may name (all of its ids when the name says nothing).
 */
export function candidatesFor(name: string, info: FieldInfo | undefined, ownIds: string[]): (string | string[])[] {
  const lower = name.toLowerCase();
  if (isIdField(name, info)) return info?.array || /Ids$/.test(name) ? [...ownIds.map((id) => [id]), ownIds, ''] : [...ownIds, ''];
  const options = (info?.options ?? []).filter((option) => option !== '');
  const array = (values: string[]) => (info?.array ? [...values.map((value) => [value]), ''] : values);
  if (options.length > 0) return array([...options, '']);
  if (/file$/.test(lower)) return [CSV_UPLOAD, ''];
  if (lower === 'period') return ['2024/25', '2024-04', ''];
  if (lower === 'group') return ['all', '1', ''];
  // An objective's linked figure (lib/objectives/indicator-link.ts figureKey): the trust-wide one is always offered.
  if (lower === 'indicatorfigure') return ['all', 'gap:deprivation_quintile', ''];
  if (lower === 'numerator') return ['40', '1', ''];
  if (lower === 'denominator') return ['100', '1', ''];
  if (/year$/.test(lower)) return [...YEARS, ''];
  if (/date$/.test(lower)) return ['2025-06-01', '2026-06-01', '2024-06-01', ''];
  if (/^domain\d*$|^domains$/.test(lower)) return array(['1', '2', '3', '4', '0']);
  if (/version$/.test(lower)) return ['1', '0', '2', '3', '4', '5', ''];
  if (/email/.test(lower)) return [`matrix-${randomUUID()}@example.nhs.uk`];
  if (/password/.test(lower)) return ['matrix-long-password-1234'];
  if (/link|url/.test(lower)) return ['https://www.example.nhs.uk/evidence', ''];
  if (/refs$/.test(lower)) return array(['3.4', '1.1', '']);
  if (/questionref$|^ref$/.test(lower)) return ['1.1', '2.1', '3.1', '4.1', ''];
  if (/^(baseline|target|measurevalue|score|value)$/.test(lower)) return ['', '10', '1'];
  return ['Matrix text', '', '1', 'on', 'yes', 'no', '2025'];
}

/** FormData from values: arrays become repeated fields, empty strings are left out, CSV_UPLOAD becomes a file. */
export function toFormData(values: FormValues): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === CSV_UPLOAD) form.append(name, new File([CSV_UPLOAD_TEXT], 'matrix-figures.csv', { type: 'text/csv' }));
      else if (item !== '') form.append(name, item);
    }
  }
  return form;
}

/** Every id in a form, with the field it is in. */
export function idsIn(values: FormValues): string[] {
  return Object.values(values)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(isUuidText);
}

/** A copy of the form with every value that is a key of `map` replaced by the mapped value. */
export function translateIds(values: FormValues, map: Map<string, string>): FormValues {
  const swap = (value: string) => map.get(value) ?? value;
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? value.map(swap) : swap(value)]));
}
