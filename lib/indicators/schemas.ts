import { z } from 'zod';
import { requiredText } from '../forms/fields';
import { BREAKDOWNS } from './groups';
import { parsePeriod } from './periods';

// Inputs arrive as strings from FormData; each field turns them into what lib/indicators uses, with
// a message written to be shown next to the field.

export const INDICATOR_UNITS = ['percentage', 'rate_per_100000', 'count'] as const;
export const UNIT_LABELS: Record<(typeof INDICATOR_UNITS)[number], string> = {
  percentage: 'Percentage',
  rate_per_100000: 'Rate per 100,000',
  count: 'Count',
};

const STALE = 'The page is out of date: reload it and try again';
const versionField = z.coerce.number({ error: STALE }).int(STALE).min(1, STALE);

export const setIndicatorEnabledSchema = z.object({
  indicatorId: z.uuid('That indicator could not be found'),
  enabled: z.enum(['on', 'off'], { error: 'Choose whether the indicator is switched on' }).transform((value) => value === 'on'),
  expectedVersion: versionField,
});
export type SetIndicatorEnabledInput = z.output<typeof setIndicatorEnabledSchema>;

export const addLocalIndicatorSchema = z.object({
  code: z
    .string({ error: 'Enter a short code' })
    .trim()
    .toLowerCase()
    .pipe(z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'Use 2 to 60 lower-case letters, numbers and hyphens, starting with a letter or number')),
  name: requiredText('Enter the indicator’s name'),
  definition: requiredText('Enter what the indicator counts and over what', 2000),
  unit: z.enum(INDICATOR_UNITS, { error: 'Select the unit' }),
  method: z.enum(['crude', 'age_standardised'], { error: 'Select how the value is worked out' }),
  higherIsBetter: z.enum(['yes', 'no'], { error: 'Select whether a higher value is better' }).transform((value) => value === 'yes'),
  source: requiredText('Enter where the figures come from', 1000),
});
export type AddLocalIndicatorInput = z.output<typeof addLocalIndicatorSchema>;

/** An upload: the CSV file itself (lib/indicators/csv-file.ts reads and checks it as a whole). */
export const uploadFiguresSchema = z.object({
  file: z.instanceof(File, { error: 'Choose the CSV file to upload' }).refine((file) => file.name !== '' || file.size > 0, 'Choose the CSV file to upload'),
});
export type UploadFiguresInput = z.output<typeof uploadFiguresSchema>;

const optionalText = z.string().trim().max(40, 'Use 40 characters or fewer').optional().default('');

/**
 * One figure typed by hand. The fields are the template's columns, checked here only for being
 * there; lib/indicators/hand-entry.ts then runs the same checks as an upload's rows.
 */
export const enterFigureSchema = z.object({
  indicatorId: z.uuid('Select the indicator'),
  period: requiredText('Enter the period, for example 2025/26, 2025/26 Q1 or 2025-04', 40),
  breakdown: z.enum(BREAKDOWNS, { error: 'Select the breakdown' }),
  group: requiredText('Enter the group, for example 1 for the most deprived fifth, or all', 40),
  numerator: optionalText,
  denominator: optionalText,
  value: optionalText,
});
export type EnterFigureInput = z.output<typeof enterFigureSchema>;

/** The breakdowns a page can be filtered by (the all row is always shown). */
export const FILTER_BREAKDOWNS = ['deprivation_quintile', 'deprivation_decile', 'ethnicity', 'age', 'sex'] as const;
const blank = (value: unknown) => (value === '' ? undefined : value);

/** The indicators pages' GET filters; an address typed by hand gets a message, not an error page. */
export const indicatorFiltersSchema = z.object({
  breakdown: z.preprocess(blank, z.enum(FILTER_BREAKDOWNS, { error: 'Choose a breakdown from the list' }).optional()),
  period: z.preprocess(
    blank,
    z
      .string({ error: 'Choose one period from the list' })
      .trim()
      .refine(
        (text) => parsePeriod(text) !== null,
        'Choose a period from the list: a financial year such as 2025/26, a quarter such as 2025/26 Q1 or a month such as 2025-04',
      )
      .optional(),
  ),
});
export type IndicatorFilters = z.output<typeof indicatorFiltersSchema>;
