import { z } from 'zod';
import { CLINICAL_AREA_IDS, MAX_PLUS_GROUPS, PLUS_GROUP_MAX_LENGTH } from './core20plus5-options';

const SHARE_MESSAGE = 'Enter the Core20 share as a percentage from 0 to 100, for example 23.5';

/** The PLUS groups are typed one a line; blank lines are dropped and repeats kept once. */
const plusGroups = z
  .string()
  .optional()
  .default('')
  .transform((text) => [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ])
  .pipe(
    z
      .array(z.string().max(PLUS_GROUP_MAX_LENGTH, `Keep each group to ${PLUS_GROUP_MAX_LENGTH} characters or fewer`))
      .max(MAX_PLUS_GROUPS, `List ${MAX_PLUS_GROUPS} groups or fewer, one a line`),
  );

export const core20Plus5Schema = z.object({
  core20Share: z
    .string({ error: SHARE_MESSAGE })
    .trim()
    .min(1, SHARE_MESSAGE)
    .regex(/^\d{1,3}(\.\d{1,2})?%?$/, SHARE_MESSAGE)
    .transform((text) => Number(text.replace('%', '')))
    .refine((share) => share <= 100, SHARE_MESSAGE),
  plusGroups,
  clinicalAreas: z.array(z.enum(CLINICAL_AREA_IDS, { error: 'Select clinical areas from the list' })).default([]),
});
export type Core20Plus5Input = z.output<typeof core20Plus5Schema>;
