import { createHash } from 'node:crypto';
import { STALLED_AFTER_MS } from '../../../lib/reports/exports';
import { CORE_SECTION_IDS } from '../../../lib/reports/snapshot';
import type { HttpVisitor } from './http-client';
import { withClient } from './postgres-cluster';
import { TRUST } from './demo';

type ExportRow = { id: string; status: string; sha256: string | null; byteLength: number | null; actual: string | null; length: number | null; ageMs: number };

/** Southmoor's export records with the SHA-256 and size of the bytes actually stored. */
export async function exportRows(databaseUrl: string): Promise<ExportRow[]> {
  const { rows } = await withClient(databaseUrl, (client) =>
    client.query<ExportRow>(
      `SELECT e.id, e.status, e.sha256, e."byteLength", encode(sha256(e.content), 'hex') AS actual, length(e.content) AS length,
              (extract(epoch FROM now() - e."createdAt") * 1000)::int AS "ageMs"
         FROM "ReportExport" e JOIN "Trust" t ON t.id = e."trustId" WHERE t.slug = 'southmoor' ORDER BY e."createdAt"`,
    ),
  );
  return rows;
}

/**
 * Every record is whole: complete with a file whose SHA-256 and size match, or failed with no
 * file, or pending with no file and younger than the ten-minute rule. Each complete file
 * downloads byte for byte; nothing else downloads.
 */
export async function verifyExports(databaseUrl: string, visitor: HttpVisitor): Promise<{ rows: ExportRow[]; problems: string[] }> {
  const rows = await exportRows(databaseUrl);
  const problems: string[] = [];
  for (const row of rows) {
    if (row.status === 'complete' && (row.actual !== row.sha256 || row.length !== row.byteLength))
      problems.push(`export ${row.id} is complete but its stored bytes do not match its SHA-256 or size`);
    if (row.status !== 'complete' && (row.length !== null || row.sha256 !== null)) problems.push(`export ${row.id} is ${row.status} but has a file or hash`);
    if (row.status === 'pending' && row.ageMs > STALLED_AFTER_MS)
      problems.push(`export ${row.id} has been pending for ${Math.round(row.ageMs / 1000)} s, past the ten-minute rule`);
    const download = await visitor.request(`${TRUST}/reports/exports/${row.id}/download`);
    const bytes = Buffer.from(download.body);
    if (row.status === 'complete' && (download.status !== 200 || createHash('sha256').update(bytes).digest('hex') !== row.sha256)) {
      problems.push(`export ${row.id}: the download (status ${download.status}, ${bytes.length} bytes) is not the recorded file`);
    }
    if (row.status !== 'complete' && download.status !== 404) problems.push(`export ${row.id} is ${row.status} but its download answered ${download.status}`);
  }
  return { rows, problems };
}

/** Starts a board-paper PDF export through the export page's form (the annual report would need every narrative approved); resolves with the reply. */
export async function postExport(visitor: HttpVisitor, fields: Record<string, string>, financialYear: number) {
  return visitor.postForm(`${TRUST}/reports/export`, {
    ...fields,
    financialYear: String(financialYear),
    sections: CORE_SECTION_IDS,
    variant: 'board-paper',
    format: 'pdf',
  });
}

/**
 * Stands in for ten minutes passing: moves pending records' creation time back, as the superuser
 * with triggers off for this one statement (the write-once trigger rightly refuses it otherwise).
 */
export async function agePendingExports(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    await client.query(`SET session_replication_role = replica`);
    const result = await client.query(`UPDATE "ReportExport" SET "createdAt" = "createdAt" - make_interval(secs => $1) WHERE status = 'pending'`, [
      STALLED_AFTER_MS / 1000 + 60,
    ]);
    return result.rowCount ?? 0;
  });
}
