import { formatFinancialYear } from '../calendar/financial-year';
import type { Prisma } from '../db/generated/client';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError, invalidInput } from '../errors/app-error';
import { isUuid } from '../forms/ids';
import { logError, logInfo } from '../logging/logger';
import { displayNames } from '../tenancy/display-names';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { checkedCover, storedCover, type BoardPaperCover } from './board-paper-cover';
import { readAnnualReportSnapshot } from './build-snapshot';
import { assertAllApproved, readReadiness } from './narrative-status';
import { CONTENT_TYPES, exportFileName, FORMAT_LABELS, renderSnapshot, VARIANT_LABELS } from './render';
import { SECTION_HEADINGS } from './report-text';
import type { ExportFormat, StartExportInput } from './schemas';
import { REPORT_SECTION_IDS, type AnnualReportSnapshot, type ReportSectionId } from './snapshot';
import type { ExportSummaryDto, ExportFileDto } from './report-dto';

// Export records. An export is created pending, with its options and the frozen snapshot, in the
// same short transaction that reads the snapshot. The file is rendered afterwards, outside any
// transaction, and stored with its SHA-256 and size in one UPDATE that also marks it complete, so
// a process that stops half way leaves a pending (later failed) record, never a half file. The
// database keeps a completed export exactly as it is (the report_export_write_once trigger and
// the CHECK that the hash is the bytes'), so a later download is the same file byte for byte.

/** A pending export older than this belonged to a process that stopped: it reads as failed, and is marked failed. */
export const STALLED_AFTER_MS = 10 * 60 * 1000;
export const STALLED_REASON = 'The export stopped before the file was ready. Start a new export.';
export const RENDER_FAILED_REASON = 'The file could not be produced. Start a new export, and tell your administrator if it happens again.';
const EXPORT_NOT_FOUND = 'That export could not be found';

const DB_VARIANT = { 'annual-report': 'annual_report', 'board-paper': 'board_paper' } as const;
const FROM_DB_VARIANT = { annual_report: 'annual-report', board_paper: 'board-paper' } as const;

export type StartedExport = Readonly<{ id: string; format: ExportFormat; snapshot: AnnualReportSnapshot }>;

function exportNotFound(): AppError {
  return new AppError('NOT_FOUND', EXPORT_NOT_FOUND);
}

const SUMMARY_SELECT = {
  id: true,
  financialYear: true,
  format: true,
  variant: true,
  options: true,
  reportStatus: true,
  status: true,
  fileName: true,
  sha256: true,
  byteLength: true,
  failureReason: true,
  createdById: true,
  createdAt: true,
  completedAt: true,
} satisfies Prisma.ReportExportSelect;

type SummaryRow = Prisma.ReportExportGetPayload<{ select: typeof SUMMARY_SELECT }>;

function sectionsOf(options: Prisma.JsonValue): ReportSectionId[] {
  const listed = typeof options === 'object' && options !== null && !Array.isArray(options) ? options.sections : undefined;
  return Array.isArray(listed) ? REPORT_SECTION_IDS.filter((id) => listed.includes(id)) : [];
}

/**
 * A pending export whose process stopped long ago reads as failed at once, so nobody watches a
 * page that will never finish; the row itself is marked failed when the trust next exports.
 */
function hasStalled(row: Pick<SummaryRow, 'status' | 'createdAt'>, now: Date): boolean {
  return row.status === 'pending' && row.createdAt.getTime() < now.getTime() - STALLED_AFTER_MS;
}

function toSummary(row: SummaryRow, names: ReadonlyMap<string, string>, now: Date): ExportSummaryDto {
  const variant = FROM_DB_VARIANT[row.variant];
  const sections = sectionsOf(row.options);
  const stalled = hasStalled(row, now);
  return {
    id: row.id,
    financialYear: row.financialYear,
    financialYearLabel: formatFinancialYear(row.financialYear),
    format: row.format,
    formatLabel: FORMAT_LABELS[row.format],
    variant,
    variantLabel: VARIANT_LABELS[variant],
    sections,
    sectionHeadings: sections.map((id) => SECTION_HEADINGS[id]),
    cover: variant === 'board-paper' ? storedCover(row.options) : null,
    reportStatus: row.reportStatus === 'approved' ? 'approved' : 'draft',
    status: stalled ? 'failed' : row.status,
    fileName: row.fileName,
    sha256: row.sha256,
    byteLength: row.byteLength,
    failureReason: stalled ? STALLED_REASON : row.failureReason,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    createdByName: row.createdById ? (names.get(row.createdById) ?? null) : null,
    madeByCommandLine: row.createdById === null,
  };
}

/** Marks the trust's exports whose process stopped long ago as failed, so nobody waits for them. */
async function failStalledExports(tx: Tx, ctx: Pick<TenantContext, 'trustId'>, now: Date): Promise<void> {
  await tx.reportExport.updateMany({
    where: { trustId: ctx.trustId, status: 'pending', createdAt: { lt: new Date(now.getTime() - STALLED_AFTER_MS) } },
    data: { status: 'failed', failureReason: STALLED_REASON, completedAt: now },
  });
}

/**
 * Only a board paper has a cover, and it must have one: it is kept in the options as typed and
 * printed from the snapshot. Checked here as well as in the form, so no caller can leave it out.
 */
function boardPaperCover(given: StartExportInput['cover']): BoardPaperCover {
  const checked = checkedCover(given);
  if ('fieldErrors' in checked) throw invalidInput('Enter the details for the board paper’s cover', checked.fieldErrors);
  return checked.cover;
}

/**
 * Reads the snapshot and records the export as pending, in one short transaction. Render and
 * store the file with completeReportExport, outside any request's critical path.
 */
export async function startReportExport(ctx: TenantContext, input: StartExportInput, now = new Date()): Promise<StartedExport> {
  assertCan(ctx, 'report.export');
  const cover = input.variant === 'board-paper' ? boardPaperCover(input.cover) : null;
  return withTenant(ctx, async (tx) => {
    await failStalledExports(tx, ctx, now);
    const snapshot = await readAnnualReportSnapshot(
      tx,
      ctx,
      { financialYear: input.financialYear, sections: input.sections, variant: input.variant, cover },
      now,
    );
    // The annual report is published: every narrative in it must be approved. A board paper may carry drafts.
    if (input.variant === 'annual-report') assertAllApproved(await readReadiness(tx, ctx, input.financialYear, input.sections), input.financialYear);
    const row = await tx.reportExport.create({
      data: {
        trustId: ctx.trustId,
        financialYear: input.financialYear,
        format: input.format,
        variant: DB_VARIANT[input.variant],
        // In the report's order, without repeats, however the caller listed them.
        options: { sections: REPORT_SECTION_IDS.filter((id) => input.sections.includes(id)), ...(cover ? { cover } : {}) },
        reportStatus: snapshot.status,
        snapshot: snapshot as unknown as Prisma.InputJsonObject,
        fileName: exportFileName(ctx.trustSlug, input.variant, input.financialYear, input.format),
        createdById: ctx.userId || null,
        createdAt: now,
      },
      select: { id: true },
    });
    return { id: row.id, format: input.format, snapshot };
  });
}

export type ExportOutcome = Readonly<{ id: string; status: 'complete' | 'failed'; sha256: string | null; byteLength: number | null }>;

/**
 * Renders the stored snapshot and stores the file, its SHA-256 and size and "complete" in one
 * statement. On any failure the record is marked failed instead. Never throws.
 */
export async function completeReportExport(ctx: TenantContext, started: StartedExport): Promise<ExportOutcome> {
  const where = { id: started.id, trustId: ctx.trustId, status: 'pending' as const };
  const began = Date.now();
  try {
    const file = await renderSnapshot(started.format, started.snapshot);
    const { count } = await withTenant(ctx, (tx) =>
      tx.reportExport.updateMany({
        where,
        data: { status: 'complete', content: new Uint8Array(file.content), sha256: file.sha256, byteLength: file.byteLength, completedAt: new Date() },
      }),
    );
    if (count !== 1) throw new Error('the export was no longer pending');
    logInfo('report export complete', { exportId: started.id, format: started.format, bytes: file.byteLength, ms: Date.now() - began });
    return { id: started.id, status: 'complete', sha256: file.sha256, byteLength: file.byteLength };
  } catch (error) {
    logError('report export failed', error, { exportId: started.id, format: started.format });
    await withTenant(ctx, (tx) =>
      tx.reportExport.updateMany({ where, data: { status: 'failed', failureReason: RENDER_FAILED_REASON, completedAt: new Date() } }),
    ).catch((markError: unknown) => logError('could not mark the report export failed', markError, { exportId: started.id }));
    return { id: started.id, status: 'failed', sha256: null, byteLength: null };
  }
}

/** The trust's exports, newest first, without their files. */
export async function listReportExports(ctx: TenantContext, now = new Date()): Promise<ExportSummaryDto[]> {
  assertCan(ctx, 'report.view');
  return withTenant(ctx, async (tx) => {
    const rows = await tx.reportExport.findMany({ where: { trustId: ctx.trustId }, select: SUMMARY_SELECT, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
    const names = await displayNames(
      tx,
      rows.map((row) => row.createdById),
    );
    return rows.map((row) => toSummary(row, names, now));
  });
}

/** One export's record, without its file. Another trust's id reads as one that does not exist. */
export async function getReportExport(ctx: TenantContext, exportId: string, now = new Date()): Promise<ExportSummaryDto> {
  assertCan(ctx, 'report.view');
  if (!isUuid(exportId)) throw exportNotFound();
  return withTenant(ctx, async (tx) => {
    const row = await tx.reportExport.findFirst({ where: { id: exportId, trustId: ctx.trustId }, select: SUMMARY_SELECT });
    if (!row) throw exportNotFound();
    return toSummary(row, await displayNames(tx, [row.createdById]), now);
  });
}

/**
 * The stored file of a completed export, exactly as it was written, for download. Each download
 * is recorded in the audit trail in the same transaction as the read.
 */
export async function readReportExportFile(ctx: TenantContext, exportId: string): Promise<ExportFileDto> {
  assertCan(ctx, 'report.view');
  if (!isUuid(exportId)) throw exportNotFound();
  return withTenant(ctx, async (tx) => {
    const row = await tx.reportExport.findFirst({
      where: { id: exportId, trustId: ctx.trustId, status: 'complete' },
      select: { id: true, fileName: true, format: true, content: true, sha256: true, byteLength: true },
    });
    if (!row?.content || !row.sha256 || row.byteLength === null) throw exportNotFound();
    await tx.auditEvent.create({
      data: {
        trustId: ctx.trustId,
        tableName: 'ReportExport',
        rowId: row.id,
        action: 'download',
        changes: { fileName: row.fileName, format: row.format, sha256: row.sha256, byteLength: row.byteLength },
        actorUserId: ctx.userId || null,
        actorLabel: ctx.systemReason ? `system:${ctx.systemReason}` : 'user',
      },
      select: { id: true },
    });
    return { fileName: row.fileName, contentType: CONTENT_TYPES[row.format], content: row.content, sha256: row.sha256, byteLength: row.byteLength };
  });
}
