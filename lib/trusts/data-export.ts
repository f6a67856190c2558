import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { tenantTableNames, tenantTableRows } from '../db/tenant-tables';
import { withTenant } from '../db/with-tenant';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';

/**
 * Everything a trust has in Fairboard, for the trust to keep: one JSON file per table (its own
 * row of "Trust", then every table holding its rows, audit trail included) and a manifest with
 * each file's row count and SHA-256, zipped. All of it is read in one transaction under the
 * trust's own context, so row-level security guarantees that nothing of another trust is in it,
 * and the export itself is recorded in the audit trail in that same transaction.
 */
const EXPORT_FORMAT = 'fairboard-trust-export/1';

type ExportedFile = Readonly<{ path: string; table: string; rows: number; bytes: number; sha256: string }>;
export type ExportManifest = Readonly<{
  format: typeof EXPORT_FORMAT;
  trust: Readonly<{ id: string; slug: string; name: string }>;
  exportedAt: string;
  files: readonly ExportedFile[];
}>;
export type TrustDataExport = Readonly<{ fileName: string; zip: Uint8Array; sha256: string; manifest: ExportManifest }>;

/** Secrets are never exported, even hashed: the same columns the audit trail redacts. */
const REDACTED_COLUMNS = new Set(['passwordHash', 'tokenHash']);

function redact(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, REDACTED_COLUMNS.has(key) && value !== null ? '[redacted]' : value]));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** "northfield-valley-data-2026-12-01.zip": the trust and the UTC day, safe as a file name. */
function exportFileName(trustSlug: string, at: Date): string {
  return `${trustSlug}-data-${at.toISOString().slice(0, 10)}.zip`;
}

export async function exportTrustData(ctx: TenantContext, now = new Date()): Promise<TrustDataExport> {
  assertCan(ctx, 'trust.export');
  return withTenant(ctx, async (tx) => {
    const files: Record<string, Uint8Array> = {};
    const listed: ExportedFile[] = [];
    for (const table of await tenantTableNames(tx)) {
      const rows = (await tenantTableRows(tx, table, ctx.trustId)).map(redact);
      const path = `tables/${table}.json`;
      const bytes = strToU8(`${JSON.stringify(rows, null, 1)}\n`);
      files[path] = bytes;
      listed.push({ path, table, rows: rows.length, bytes: bytes.length, sha256: sha256(bytes) });
    }
    const manifest: ExportManifest = {
      format: EXPORT_FORMAT,
      trust: { id: ctx.trustId, slug: ctx.trustSlug, name: ctx.trustName },
      exportedAt: now.toISOString(),
      files: listed,
    };
    files['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
    const zip = zipSync(files, { level: 6, mtime: now });
    const digest = sha256(zip);
    const fileName = exportFileName(ctx.trustSlug, now);
    await tx.auditEvent.create({
      data: {
        trustId: ctx.trustId,
        tableName: 'Trust',
        rowId: ctx.trustId,
        action: 'export',
        changes: { fileName, sha256: digest, byteLength: zip.length, tables: listed.length, rows: listed.reduce((sum, file) => sum + file.rows, 0) },
        actorUserId: ctx.userId || null,
        actorLabel: ctx.systemReason ? `system:${ctx.systemReason}` : 'user',
      },
      select: { id: true },
    });
    return { fileName, zip, sha256: digest, manifest };
  });
}
