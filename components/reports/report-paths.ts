import { isFinancialYearInRange } from '@/lib/calendar/financial-year';
import type { NarrativeSectionId } from '@/lib/reports/narrative-sections';

// Addresses of the annual-report pages. Years appear in addresses as the year they start ("2025").

export const reportsPath = (trustSlug: string, financialYear?: number) =>
  `/t/${trustSlug}/reports${financialYear === undefined ? '' : `?year=${financialYear}`}`;
export const narrativePath = (trustSlug: string, financialYear: number, section: NarrativeSectionId) =>
  `/t/${trustSlug}/reports/${financialYear}/narratives/${section}`;
export const exportFormPath = (trustSlug: string, financialYear?: number) =>
  `/t/${trustSlug}/reports/export${financialYear === undefined ? '' : `?year=${financialYear}`}`;
export const exportHistoryPath = (trustSlug: string) => `/t/${trustSlug}/reports/exports`;
export const exportPath = (trustSlug: string, exportId: string) => `/t/${trustSlug}/reports/exports/${exportId}`;
export const exportDownloadPath = (trustSlug: string, exportId: string) => `/t/${trustSlug}/reports/exports/${exportId}/download`;

/** "2025" from an address → 2025; anything else → null. */
export function parseYearParam(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return isFinancialYearInRange(year) ? year : null;
}
