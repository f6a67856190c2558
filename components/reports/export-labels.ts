import type { ExportSummaryDto, ExportStatus } from '@/lib/reports/report-dto';

export const EXPORT_STATUS_LABELS: Readonly<Record<ExportStatus, string>> = {
  pending: 'Being prepared',
  complete: 'Ready',
  failed: 'Failed',
};

export const EXPORT_STATUS_TAGS: Readonly<Record<ExportStatus, string>> = {
  pending: 'nhsuk-tag--blue',
  complete: 'nhsuk-tag--green',
  failed: 'nhsuk-tag--red',
};

/** "42 KB", "1.2 MB": for people, not for checking (the SHA-256 is for that). */
export function fileSizeText(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The first 12 hex digits: enough to tell two files apart at a glance. */
export function shortHash(sha256: string | null): string {
  return sha256 ? sha256.slice(0, 12) : '';
}

export function madeByText(entry: Pick<ExportSummaryDto, 'createdByName' | 'madeByCommandLine'>): string {
  if (entry.madeByCommandLine) return 'the report:export command';
  return entry.createdByName ?? 'someone who has left the trust';
}
