import type { Tx } from './with-tenant';

/**
 * Raw reads over every table that holds one trust's rows, found in the catalogue (a "trustId"
 * column) rather than listed, so a table added by a later migration is included without anyone
 * remembering to. Used by the trust's own data export.
 */

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** "Trust" first (the trust's own row), then every table with a "trustId" column, by name. */
export async function tenantTableNames(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ table: string }[]>(`
    SELECT c.relname AS "table"
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'trustId' AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`);
  return ['Trust', ...rows.map((row) => row.table)];
}

/**
 * The trust's rows of one table, each as PostgreSQL's own JSON of the row, in id order. The
 * explicit filter states the intent; inside withTenant row-level security enforces it as well.
 */
export async function tenantTableRows(tx: Tx, table: string, trustId: string): Promise<Record<string, unknown>[]> {
  const key = table === 'Trust' ? 'id' : '"trustId"';
  const rows = await tx.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
    `SELECT to_jsonb(t) AS row FROM ${ident(table)} t WHERE t.${key} = $1::uuid ORDER BY t.id`,
    trustId,
  );
  return rows.map((row) => row.row);
}
