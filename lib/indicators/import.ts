import { randomUUID } from 'node:crypto';
import { bulkInsert } from '../db/bulk-insert';
import { isUniqueViolation } from '../db/prisma-errors';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import type { IndicatorUploadSource } from '../db/generated/enums';
import type { TenantContext } from '../tenancy/context';
import { assertCan } from '../tenancy/permissions';
import { readTemplateCsv, type UploadProblem } from './csv-file';
import { validateRows, type CatalogueEntry, type ValidFigure } from './validate-rows';
import { countReplaced, supersede, type ReplaceScope } from './supersede';

/**
 * Figures in: a whole file is read and checked before anything is saved, then saved in one
 * transaction. For every indicator and period the batch holds, the figures already there are
 * marked as superseded by this batch (kept as history) and the new ones become current. Hand entry
 * replaces only the groups it names. The audit triggers record every row written or superseded.
 */
export type ImportOutcome = { ok: true; uploadId: string; imported: number; replaced: number } | { ok: false; problems: UploadProblem[] };

export async function readCatalogueEntries(tx: Tx, ctx: TenantContext): Promise<Map<string, CatalogueEntry>> {
  const rows = await tx.indicator.findMany({ where: { trustId: ctx.trustId }, select: { id: true, code: true, unit: true, method: true, enabled: true } });
  return new Map(rows.map((row) => [row.code, { id: row.id, unit: row.unit, method: row.method, enabled: row.enabled }]));
}

/** Saves already-validated figures as one batch. */
export async function saveFigures(
  ctx: TenantContext,
  figures: readonly ValidFigure[],
  batch: { source: IndicatorUploadSource; fileName: string | null; scope: ReplaceScope },
): Promise<{ uploadId: string; imported: number; replaced: number }> {
  try {
    return await withTenant(ctx, async (tx) => {
      const replaced = await countReplaced(tx, ctx, figures, batch.scope);
      const upload = await tx.indicatorUpload.create({
        data: {
          trustId: ctx.trustId,
          source: batch.source,
          fileName: batch.fileName,
          rowCount: figures.length,
          replacedCount: replaced,
          createdById: ctx.userId || null,
        },
        select: { id: true },
      });
      await supersede(tx, ctx, figures, batch.scope, upload.id);
      // One statement for the whole file: Prisma's createMany spent seconds building 10,000 rows' SQL.
      await bulkInsert(
        tx,
        'IndicatorValue',
        figures.map(({ row: _row, ...figure }) => ({ ...figure, id: randomUUID(), trustId: ctx.trustId, uploadId: upload.id })),
      );
      return { uploadId: upload.id, imported: figures.length, replaced };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('CONFLICT', 'Someone else saved figures for the same indicator and period at the same moment: upload the file again.');
    throw error;
  }
}

/** Reads, checks and (only when every row is good) saves an uploaded CSV file. */
export async function importIndicatorCsv(
  ctx: TenantContext,
  file: { name: string; bytes: Uint8Array },
  source: 'upload' | 'cli',
  now = new Date(),
): Promise<ImportOutcome> {
  assertCan(ctx, 'indicator.data');
  const read = readTemplateCsv(file.name, file.bytes);
  if (!read.ok) return read;
  const catalogue = await withTenant(ctx, (tx) => readCatalogueEntries(tx, ctx));
  const checked = validateRows(read.rows, catalogue, now);
  if (!checked.ok) return checked;
  return { ok: true, ...(await saveFigures(ctx, checked.figures, { source, fileName: file.name, scope: 'period' })) };
}
