import { randomUUID } from 'node:crypto';
import type { Sql } from './security-sql';

/**
 * A plausible row for a tenant table nobody has written a recipe for yet, built from the catalogue:
 * foreign keys point at the same trust's rows, enums take their first label, other columns a value
 * of their type. Used by the cross-tenant matrices so a table added by a later migration still gets
 * rows in both trusts; a table whose CHECK constraints this cannot satisfy is reported by name.
 */
type Column = { column: string; type: string; typeKind: string; notNull: boolean; hasDefault: boolean; isArray: boolean; enumLabels: string[] | null };
type ForeignKey = { columns: string[]; refTable: string; refColumns: string[] };

async function columnsOf(sql: Sql, table: string): Promise<Column[]> {
  return sql<Column>(
    `SELECT a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type", t.typtype::text AS "typeKind",
            a.attnotnull AS "notNull", a.atthasdef OR a.attidentity <> '' AS "hasDefault", t.typcategory = 'A' AS "isArray",
            (SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_enum e
              WHERE e.enumtypid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END) AS "enumLabels"
     FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
     WHERE a.attrelid = format('public.%I', $1::text)::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [table],
  );
}

async function foreignKeysOf(sql: Sql, table: string): Promise<ForeignKey[]> {
  return sql<ForeignKey>(
    `SELECT (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS "columns",
            r.relname AS "refTable",
            (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS "refColumns"
     FROM pg_constraint c JOIN pg_class r ON r.oid = c.confrelid
     WHERE c.conrelid = format('public.%I', $1::text)::regclass AND c.contype = 'f'`,
    [table],
  );
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

function scalarFor(column: Column, marker: string): string | null {
  const name = column.column.toLowerCase();
  if (column.enumLabels?.length) return column.enumLabels[0]!;
  if (/^(int|smallint|bigint)/.test(column.type)) return /year$/.test(name) ? '2025' : /version$/.test(name) ? '1' : '1';
  if (/^(numeric|double|real)/.test(column.type)) return '1';
  if (column.type === 'boolean') return 'false';
  if (column.type === 'uuid') return randomUUID();
  if (column.type.startsWith('timestamp')) return '2025-06-01T12:00:00Z';
  if (column.type === 'date') return '2025-06-01';
  if (/^jsonb?$/.test(column.type)) return '{}';
  if (column.type === 'bytea') return '\\x00';
  if (/email|^to$/.test(name)) return `${randomUUID()}@example.nhs.uk`;
  return `${marker} ${column.column} ${randomUUID().slice(0, 8)}`;
}

/** Builds and inserts one row; returns null when a parent row it needs does not exist yet. */
async function insertGenericRow(sql: Sql, table: string, trustId: string, userId: string, marker: string): Promise<string | null> {
  const columns = await columnsOf(sql, table);
  const keys = await foreignKeysOf(sql, table);
  const values = new Map<string, string>([['trustId', trustId]]);
  for (const key of keys) {
    const unset = key.columns.filter((column) => !values.has(column));
    if (unset.length === 0) continue;
    if (key.refTable === 'Trust') {
      values.set(key.columns[0]!, trustId);
      continue;
    }
    if (key.refTable === 'User') {
      values.set(key.columns[0]!, userId);
      continue;
    }
    const trustScoped = key.refColumns.includes('trustId') || (await columnsOf(sql, key.refTable)).some((column) => column.column === 'trustId');
    const [parent] = await sql<Record<string, string>>(
      `SELECT ${key.refColumns.map((column) => `"${column}"::text AS "${column}"`).join(', ')} FROM "${key.refTable}" ${trustScoped ? `WHERE "trustId" = $1::uuid` : ''} LIMIT 1`,
      trustScoped ? [trustId] : [],
    );
    if (!parent) return null;
    key.columns.forEach((column, index) => values.set(column, parent[key.refColumns[index]!]!));
  }
  for (const column of columns) {
    if (values.has(column.column) || (!column.notNull && column.type !== 'uuid') || (column.hasDefault && column.column !== 'updatedAt')) continue;
    if (column.type === 'uuid' && column.column !== 'id') values.set(column.column, userId);
    else if (column.isArray) values.set(column.column, '{}');
    else values.set(column.column, scalarFor(column, marker) ?? '');
  }
  const types = new Map(columns.map((column) => [column.column, column.type]));
  const names = [...values.keys()];
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${names.map((name) => `${quote(values.get(name)!)}::${types.get(name)}`).join(', ')}) RETURNING to_jsonb("${table}")->>'id' AS id`,
  );
  return row?.id ?? '';
}

/**
 * Gives every tenant table with no row for the trust one generic row, parents first. Returns the
 * tables it could not fill, with the database's reason.
 */
export async function fillEmptyTenantTables(
  sql: Sql,
  tables: string[],
  trustId: string,
  userId: string,
  marker: string,
): Promise<{ filled: string[]; failed: string[] }> {
  const filled: string[] = [];
  const failed = new Map<string, string>();
  let pending: string[] = [];
  for (const table of tables) {
    const [count] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "trustId" = $1::uuid`, [trustId]);
    if ((count?.n ?? 0) === 0) pending.push(table);
  }
  for (let round = 0; round < tables.length && pending.length > 0; round += 1) {
    const next: string[] = [];
    for (const table of pending) {
      try {
        if ((await insertGenericRow(sql, table, trustId, userId, marker)) === null) next.push(table);
        else filled.push(table);
      } catch (error) {
        failed.set(table, error instanceof Error ? error.message.split('\n').slice(-2).join(' ') : String(error));
      }
    }
    if (next.length === pending.length) {
      for (const table of next) failed.set(table, 'a parent row it references could not be made');
      break;
    }
    pending = next;
  }
  return { filled, failed: [...failed].map(([table, reason]) => `${table}: ${reason}`) };
}
