import type { IndicatorBreakdown } from '../db/generated/enums';

/**
 * The groups each breakdown may hold, as written in the CSV template, and their one stored form.
 * Deprivation is by the Index of Multiple Deprivation of the patient's small area (1 = most
 * deprived); ethnicity uses the NHS data dictionary's ethnic category codes or the five broad
 * groups; age uses bands such as "0-17" or "65+"; sex uses the data dictionary's person stated
 * gender values. Every breakdown has a group for records that do not say ("not known"; ethnicity
 * also "not stated"), which is what the recording gap counts.
 */
export type { IndicatorBreakdown };

export const BREAKDOWNS = ['all', 'deprivation_quintile', 'deprivation_decile', 'ethnicity', 'age', 'sex'] as const satisfies readonly IndicatorBreakdown[];

export const BREAKDOWN_LABELS: Record<IndicatorBreakdown, string> = {
  all: 'All patients',
  deprivation_quintile: 'Deprivation (fifths)',
  deprivation_decile: 'Deprivation (tenths)',
  ethnicity: 'Ethnic group',
  age: 'Age band',
  sex: 'Sex',
};

/** What the CSV's breakdown column may say for each breakdown. */
export const BREAKDOWN_NAMES: Record<string, IndicatorBreakdown> = {
  all: 'all',
  'deprivation quintile': 'deprivation_quintile',
  deprivation_quintile: 'deprivation_quintile',
  'imd quintile': 'deprivation_quintile',
  'deprivation decile': 'deprivation_decile',
  deprivation_decile: 'deprivation_decile',
  'imd decile': 'deprivation_decile',
  ethnicity: 'ethnicity',
  'ethnic group': 'ethnicity',
  age: 'age',
  'age band': 'age',
  sex: 'sex',
};

const NOT_KNOWN = 'not known';
const ETHNICITY_LABELS: Record<string, string> = {
  A: 'White: British',
  B: 'White: Irish',
  C: 'White: any other White background',
  D: 'Mixed: White and Black Caribbean',
  E: 'Mixed: White and Black African',
  F: 'Mixed: White and Asian',
  G: 'Mixed: any other mixed background',
  H: 'Asian or Asian British: Indian',
  J: 'Asian or Asian British: Pakistani',
  K: 'Asian or Asian British: Bangladeshi',
  L: 'Asian or Asian British: any other Asian background',
  M: 'Black or Black British: Caribbean',
  N: 'Black or Black British: African',
  P: 'Black or Black British: any other Black background',
  R: 'Other ethnic groups: Chinese',
  S: 'Other ethnic groups: any other ethnic group',
  Z: 'Not stated',
  '99': 'Not known',
  white: 'White',
  mixed: 'Mixed',
  asian: 'Asian or Asian British',
  black: 'Black or Black British',
  other: 'Other ethnic group',
};
const ETHNICITY_WORDS: Record<string, string> = {
  white: 'white',
  mixed: 'mixed',
  'asian or asian british': 'asian',
  asian: 'asian',
  'black or black british': 'black',
  black: 'black',
  'other ethnic group': 'other',
  other: 'other',
  'not stated': 'Z',
  'not known': '99',
};
const SEX_WORDS: Record<string, string> = {
  male: 'male',
  '1': 'male',
  female: 'female',
  '2': 'female',
  indeterminate: 'indeterminate',
  '9': 'indeterminate',
  'not known': NOT_KNOWN,
  '0': NOT_KNOWN,
  'not specified': NOT_KNOWN,
  x: NOT_KNOWN,
};
const AGE_BAND = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})$/;
const AGE_OPEN = /^(\d{1,3})\s*(?:\+|and over|or over)$/;

function rankGroup(text: string, size: number): string | null {
  if (text === NOT_KNOWN) return NOT_KNOWN;
  const rank = /^(?:q|d)?(\d{1,2})$/.exec(text)?.[1];
  return rank && Number(rank) >= 1 && Number(rank) <= size ? String(Number(rank)) : null;
}

function ageGroup(text: string): string | null {
  if (text === NOT_KNOWN) return NOT_KNOWN;
  const band = AGE_BAND.exec(text);
  if (band) return Number(band[1]) <= Number(band[2]) && Number(band[2]) <= 120 ? `${Number(band[1])}-${Number(band[2])}` : null;
  const open = AGE_OPEN.exec(text);
  return open && Number(open[1]) <= 120 ? `${Number(open[1])}+` : null;
}

/** The stored form of a group, or null when the breakdown has no such group. */
export function canonicalGroup(breakdown: IndicatorBreakdown, text: string): string | null {
  const lower = text.trim().toLowerCase().replace(/\s+/g, ' ');
  switch (breakdown) {
    case 'all':
      return lower === 'all' ? 'all' : null;
    case 'deprivation_quintile':
      return rankGroup(lower, 5);
    case 'deprivation_decile':
      return rankGroup(lower, 10);
    case 'ethnicity': {
      const code = text.trim().toUpperCase();
      if (/^([A-HJ-NPRSZ]|99)$/.test(code)) return code;
      return ETHNICITY_WORDS[lower] ?? null;
    }
    case 'age':
      return ageGroup(lower);
    case 'sex':
      return SEX_WORDS[lower] ?? null;
  }
}

/** Groups that record that the patient's group was not known or not stated. */
export function isUnrecorded(breakdown: IndicatorBreakdown, group: string): boolean {
  return group === NOT_KNOWN || (breakdown === 'ethnicity' && (group === 'Z' || group === '99'));
}

/** The deprivation rank of a group (1 = most deprived), or null for other breakdowns and "not known". */
export function deprivationRank(breakdown: IndicatorBreakdown, group: string): number | null {
  if (breakdown !== 'deprivation_quintile' && breakdown !== 'deprivation_decile') return null;
  return group === NOT_KNOWN ? null : Number(group);
}

export function groupLabel(breakdown: IndicatorBreakdown, group: string): string {
  if (group === NOT_KNOWN) return 'Not known';
  switch (breakdown) {
    case 'all':
      return 'All patients';
    case 'deprivation_quintile':
      return group === '1' ? '1 (most deprived fifth)' : group === '5' ? '5 (least deprived fifth)' : group;
    case 'deprivation_decile':
      return group === '1' ? '1 (most deprived tenth)' : group === '10' ? '10 (least deprived tenth)' : group;
    case 'ethnicity':
      return ETHNICITY_LABELS[group] ?? group;
    case 'age':
      return group.endsWith('+') ? `${group.slice(0, -1)} and over` : group;
    case 'sex':
      return group[0]!.toUpperCase() + group.slice(1);
  }
}
