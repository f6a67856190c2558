// Pure: the choices in the trust's governance settings, and how the report words them. The
// migration report_signoff holds the database to the same ids (CHECK constraints on "Trust").

export const REPORTING_FREQUENCIES = [
  { id: 'every-meeting', label: 'At every board meeting', reportText: 'at every board meeting' },
  { id: 'monthly', label: 'Every month', reportText: 'every month' },
  { id: 'every-two-months', label: 'Every two months', reportText: 'every two months' },
  { id: 'quarterly', label: 'Every quarter', reportText: 'every quarter' },
  { id: 'twice-yearly', label: 'Twice a year', reportText: 'twice a year' },
  { id: 'yearly', label: 'Once a year', reportText: 'once a year' },
] as const;

export type ReportingFrequencyId = (typeof REPORTING_FREQUENCIES)[number]['id'];
export const REPORTING_FREQUENCY_IDS = REPORTING_FREQUENCIES.map((option) => option.id) as [ReportingFrequencyId, ...ReportingFrequencyId[]];

// The editions of NHS England's statement on information on health inequalities (section 13SA of
// the NHS Act 2006). The date of the updated edition is not known to us, so it is named by what
// changed rather than by a date we cannot vouch for.
export const STATEMENT_EDITIONS = [
  {
    id: '2023-11',
    label: 'The first edition, published on 27 November 2023',
    hint: 'It covered 1 April 2023 to 31 March 2025',
    reportText: 'the first edition, published on 27 November 2023 and covering 1 April 2023 to 31 March 2025',
  },
  {
    id: 'updated',
    label: 'The updated edition, aligned to Core20PLUS5 for adults and for children and young people',
    hint: 'The edition that replaced the first one',
    reportText: 'the updated edition, aligned to Core20PLUS5 for adults and for children and young people',
  },
] as const;

export type StatementEditionId = (typeof STATEMENT_EDITIONS)[number]['id'];
export const STATEMENT_EDITION_IDS = STATEMENT_EDITIONS.map((option) => option.id) as [StatementEditionId, ...StatementEditionId[]];

export const COMMITTEE_MAX_LENGTH = 200;

export function frequencyOption(id: string | null) {
  return REPORTING_FREQUENCIES.find((option) => option.id === id) ?? null;
}

export function editionOption(id: string | null) {
  return STATEMENT_EDITIONS.find((option) => option.id === id) ?? null;
}
