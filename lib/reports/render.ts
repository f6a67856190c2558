import { createHash } from 'node:crypto';
import { renderAnnualReportCsv } from './annual-report-csv';
import { renderAnnualReportDocx } from './annual-report-docx';
import { renderAnnualReportPdf } from './annual-report-pdf';
import type { AnnualReportSnapshot, ReportVariant } from './snapshot';
import type { ExportFormat } from './schemas';

// One entry point from a snapshot to a file, for the web export and the command line alike.

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  pdf: 'PDF',
  docx: 'Word',
  csv: 'CSV (figures only)',
};

export const VARIANT_LABELS: Readonly<Record<ReportVariant, string>> = {
  'annual-report': 'Annual report section',
  'board-paper': 'Board paper',
};

export type RenderedFile = Readonly<{ content: Buffer; sha256: string; byteLength: number }>;

export async function renderSnapshot(format: ExportFormat, snapshot: AnnualReportSnapshot): Promise<RenderedFile> {
  const content =
    format === 'pdf'
      ? await renderAnnualReportPdf(snapshot)
      : format === 'docx'
        ? await renderAnnualReportDocx(snapshot)
        : Buffer.from(renderAnnualReportCsv(snapshot), 'utf8');
  return { content, sha256: sha256Hex(content), byteLength: content.byteLength };
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** "northfield-valley-annual-report-2025-26.pdf": only letters, digits, dots and hyphens. */
export function exportFileName(trustSlug: string, variant: ReportVariant, financialYear: number, format: ExportFormat): string {
  const slug =
    trustSlug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'trust';
  const year = `${financialYear}-${String((financialYear + 1) % 100).padStart(2, '0')}`;
  return `${slug}-${variant}-${year}.${format}`;
}
