import { getPrisma } from '../../../lib/db/client';
import { tenantTableNames } from '../../../lib/db/tenant-tables';

export const APP_ROLE = 'fairboard_app';

/**
 * Every table in schema public that holds one trust's rows, read from the catalogue rather than
 * listed by hand, so a table added by a later migration is covered without anyone remembering to.
 */
export async function discoverTenantTables(): Promise<string[]> {
  return (await tenantTableNames(getPrisma())).filter((table) => table !== 'Trust');
}

export type ColumnInfo = { column: string; type: string; required: boolean };

/** Column names with their full SQL types; "required" means NOT NULL without a default. */
export async function describeColumns(table: string): Promise<ColumnInfo[]> {
  return getPrisma().$queryRawUnsafe<ColumnInfo[]>(
    `SELECT a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type",
            (a.attnotnull AND NOT a.atthasdef) AS "required"
     FROM pg_attribute a
     WHERE a.attrelid = format('public.%I', $1::text)::regclass AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attnum`,
    table,
  );
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A SQL literal cast to the column's own type, so enums, arrays, dates and JSON need no special cases. */
export function sqlLiteral(value: unknown, type: string): string {
  if (value === null) return `NULL::${type}`;
  if (Array.isArray(value)) return `ARRAY[${value.map((item) => quote(String(item))).join(', ')}]::${type}`;
  if (typeof value === 'object') return `${quote(JSON.stringify(value))}::${type}`;
  return `${quote(String(value))}::${type}`;
}

/** INSERT for one row given as column → value, typed from the catalogue. */
export function insertStatement(table: string, row: Record<string, unknown>, columns: ColumnInfo[]): string {
  const types = new Map(columns.map((column) => [column.column, column.type]));
  const names = Object.keys(row);
  const values = names.map((name) => sqlLiteral(row[name], types.get(name) ?? 'text'));
  return `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${values.join(', ')})`;
}
