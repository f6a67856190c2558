import { z } from 'zod';

/** A calendar date typed into an NHS date input, as YYYY-MM-DD. */
export function isoDate(label: string) {
  return z
    .string()
    .min(1, `Enter the ${label}`)
    .refine((value) => !value.startsWith('invalid:'), `The ${label} must be a real date, like 1 4 2025`)
    .refine((value) => value.startsWith('invalid:') || isRealDate(value), `The ${label} must be a real date, like 1 4 2025`);
}

export function optionalIsoDate(label: string) {
  return z.union([z.literal(''), isoDate(label)]).transform((value) => (value === '' ? undefined : value));
}

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** A single-line text field: trimmed, required, bounded. */
export function requiredText(message: string, max = 200) {
  return z.string().trim().min(1, message).max(max, `Use ${max} characters or fewer`);
}

/** A checkbox: present ("on", "true", "yes") or absent. */
export const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('yes'), z.literal('')])
  .optional()
  .transform((v) => v !== undefined && v !== '');
