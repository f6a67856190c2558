import type { Prisma } from './generated/client';
import type { Tx } from './with-tenant';

/**
 * Inserts many rows of one table in a single statement: the rows travel as one JSON parameter and
 * PostgreSQL expands them with jsonb_populate_recordset. For bulk loads (the scale dataset), where
 * Prisma's createMany spends most of its time building the statement. Columns are the keys the
 * rows have; "updatedAt" is filled with now() when the rows leave it out, as Prisma would.
 * Triggers, constraints and row-level security apply as to any INSERT.
 */
export async function bulkInsert(tx: Tx, table: Prisma.ModelName, rows: readonly Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const hasUpdatedAt = await tableHasUpdatedAt(tx, table);
  const quoted = columns.map((column) => `"${column.replaceAll('"', '""')}"`);
  const insertColumns = [...quoted, ...(hasUpdatedAt && !columns.includes('updatedAt') ? ['"updatedAt"'] : [])];
  const selectColumns = [...quoted.map((column) => `r.${column}`), ...(hasUpdatedAt && !columns.includes('updatedAt') ? ['now()'] : [])];
  return tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${insertColumns.join(', ')}) SELECT ${selectColumns.join(', ')} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) AS r`,
    JSON.stringify(rows),
  );
}

const updatedAtByTable = new Map<string, boolean>();

async function tableHasUpdatedAt(tx: Tx, table: string): Promise<boolean> {
  const known = updatedAtByTable.get(table);
  if (known !== undefined) return known;
  const found = await tx.$queryRaw<
    { present: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = ${table} AND column_name = 'updatedAt') AS present`;
  updatedAtByTable.set(table, found[0]?.present ?? false);
  return updatedAtByTable.get(table)!;
}
