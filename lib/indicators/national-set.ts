import type { TrustType } from '../db/generated/enums';

/**
 * The national indicator set Fairboard ships, drawn from NHS England's statement on information on
 * health inequalities (section 13SA of the NHS Act 2006) and the sources it points to. It is data:
 * each trust gets its own copy in its catalogue (the Indicator table), which its administrator can
 * switch on or off and add to. A new edition of the statement gets a new version here; trusts keep
 * the version they installed until they bring in the new one.
 */
export const NATIONAL_SET_VERSION = '2025.1';

export type NationalIndicator = {
  code: string;
  name: string;
  definition: string;
  unit: 'percentage' | 'rate_per_100000' | 'count';
  method: 'crude' | 'age_standardised';
  higherIsBetter: boolean;
  /** Empty: applies to every type of trust. */
  trustTypes: readonly TrustType[];
  source: string;
};

const ACUTE: readonly TrustType[] = ['acute', 'acute_and_community', 'specialist'];
const WLMDS = 'NHS England, Waiting List Minimum Data Set (published monthly by age, sex, ethnicity and deprivation to trust level since July 2025)';
const SUS = 'Secondary Uses Service (events) over the registered population (people); directly standardised to the 2013 European Standard Population';

function waitOver(weeks: number): NationalIndicator {
  return {
    code: `elective-wait-${weeks}w`,
    name: `Waiting list: share waiting over ${weeks} weeks`,
    definition: `People on the trust's elective waiting list who had waited more than ${weeks} weeks since referral at the end of the period, as a share of everyone on the list.`,
    unit: 'percentage',
    method: 'crude',
    higherIsBetter: false,
    trustTypes: ACUTE,
    source: WLMDS,
  };
}

function standardisedRate(code: string, what: string, trustTypes: readonly TrustType[]): NationalIndicator {
  return {
    code,
    name: `${what[0]!.toUpperCase()}${what.slice(1)}: age-standardised rate`,
    definition: `${what[0]!.toUpperCase()}${what.slice(1)} per 100,000 people in the period, age-standardised so groups with different age profiles can be compared. The numerator and denominator are the observed events and population.`,
    unit: 'rate_per_100000',
    method: 'age_standardised',
    higherIsBetter: false,
    trustTypes,
    source: SUS,
  };
}

export const NATIONAL_INDICATORS: readonly NationalIndicator[] = [
  waitOver(18),
  waitOver(52),
  waitOver(65),
  // Elective care is planned: a lower rate in a more deprived group can mean unmet need, so neither
  // direction is simply better. Polarity "higher is better" is the statement's reading of access.
  { ...standardisedRate('elective-admissions', 'elective admissions', ACUTE), higherIsBetter: true },
  standardisedRate('emergency-admissions', 'emergency admissions', ACUTE),
  { ...standardisedRate('outpatient-attendances', 'outpatient attendances', ACUTE), higherIsBetter: true },
  standardisedRate('ae-attendances', 'A&E attendances', ACUTE),
  {
    code: 'cancer-early-stage',
    name: 'Cancers diagnosed at stage 1 or 2',
    definition: 'New cancer diagnoses with a recorded stage that were at stage 1 or 2, as a share of all new diagnoses with a recorded stage.',
    unit: 'percentage',
    method: 'crude',
    higherIsBetter: true,
    trustTypes: ACUTE,
    source: 'National Disease Registration Service, Rapid Cancer Registration Data',
  },
  {
    code: 'preterm-births',
    name: 'Preterm births (under 37 weeks)',
    definition: 'Live births before 37 completed weeks of pregnancy, as a share of all live births at the trust.',
    unit: 'percentage',
    method: 'crude',
    higherIsBetter: false,
    trustTypes: ['acute', 'acute_and_community'],
    source: 'Maternity Services Data Set',
  },
  {
    code: 'mha-detentions',
    name: 'Detentions under the Mental Health Act',
    definition: 'Detentions under the Mental Health Act 1983 starting in the period, per 100,000 people in the population served.',
    unit: 'rate_per_100000',
    method: 'crude',
    higherIsBetter: false,
    trustTypes: ['mental_health_learning_disability'],
    source: 'Mental Health Services Data Set; the Patient and Carer Race Equality Framework asks for this by ethnicity',
  },
  {
    code: 'restrictive-interventions',
    name: 'Restrictive interventions',
    definition: 'Restrictive interventions (restraint, seclusion, segregation and rapid tranquillisation) used in the period, as a count of episodes.',
    unit: 'count',
    method: 'crude',
    higherIsBetter: false,
    trustTypes: ['mental_health_learning_disability'],
    source: 'Mental Health Services Data Set; the Patient and Carer Race Equality Framework asks for this by ethnicity',
  },
];

/** Whether a national indicator starts switched on for a trust of this type. */
export function appliesTo(indicator: Pick<NationalIndicator, 'trustTypes'>, trustType: TrustType): boolean {
  return indicator.trustTypes.length === 0 || indicator.trustTypes.includes(trustType);
}
