import { z } from 'zod';
import { isFinancialYearInRange } from '../calendar/financial-year';

/** A year in an address, written as the year it starts: "2025" → 2025; anything else → null. */
export function parseYearParam(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return isFinancialYearInRange(year) ? year : null;
}

/** The `?year=2025` of a report page: the year, or null for none or anything else. */
export const reportYearField = z
  .string()
  .optional()
  .transform((value) => parseYearParam(value));
