import type pg from 'pg';

/** What must survive a backup and restore, read from one database. */
export type DatabaseFingerprint = {
  /** Per table: row count and an MD5 of every row's text, in a fixed order. */
  tables: Map<string, { rows: number; md5: string }>;
  /** Tables with row-level security enabled and forced, as "table enabled/forced". */
  rowSecurity: string[];
  policies: string[];
  grants: string[];
  triggers: string[];
  bytes: number;
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function fingerprint(client: pg.Client): Promise<DatabaseFingerprint> {
  const { rows: tableRows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const tables = new Map<string, { rows: number; md5: string }>();
  for (const { name } of tableRows) {
    // Ordering by the row's own text makes the checksum independent of physical order.
    const { rows } = await client.query<{ rows: string; md5: string | null }>(
      `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM public.${quote(name)} t`,
    );
    tables.set(name, { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 ?? 'empty' });
  }
  const list = async (sql: string) => (await client.query<{ item: string }>(sql)).rows.map((row) => row.item);
  return {
    tables,
    rowSecurity:
      await list(`SELECT relname || ' ' || relrowsecurity || '/' || relforcerowsecurity AS item FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`),
    policies: await list(
      `SELECT concat_ws(' | ', tablename, policyname, cmd, roles::text, qual, with_check) AS item FROM pg_policies WHERE schemaname = 'public' ORDER BY 1`,
    ),
    grants: await list(`SELECT concat_ws(' ', grantee, privilege_type, 'ON', table_name) AS item FROM information_schema.role_table_grants
                        WHERE table_schema = 'public' AND grantee NOT IN ('postgres', 'PUBLIC') ORDER BY 1`),
    triggers: await list(`SELECT c.relname || ' ' || t.tgname || ' ' || t.tgenabled::text AS item FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                          JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal ORDER BY 1`),
    bytes: Number((await client.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).rows[0]!.size),
  };
}

/** Every difference between two fingerprints, in words; empty when they match. */
export function compareFingerprints(source: DatabaseFingerprint, restored: DatabaseFingerprint): string[] {
  const differences: string[] = [];
  for (const [name, before] of source.tables) {
    const after = restored.tables.get(name);
    if (!after) differences.push(`table ${name} is missing after the restore`);
    else if (after.rows !== before.rows) differences.push(`table ${name}: ${before.rows} rows before, ${after.rows} after`);
    else if (after.md5 !== before.md5) differences.push(`table ${name}: same row count, different content checksum`);
  }
  for (const name of restored.tables.keys()) if (!source.tables.has(name)) differences.push(`table ${name} appeared in the restore`);
  for (const key of ['rowSecurity', 'policies', 'grants', 'triggers'] as const) {
    const missing = source[key].filter((item) => !restored[key].includes(item));
    const extra = restored[key].filter((item) => !source[key].includes(item));
    if (missing.length > 0) differences.push(`${key} missing after the restore: ${missing.slice(0, 5).join('; ')}`);
    if (extra.length > 0) differences.push(`${key} only in the restore: ${extra.slice(0, 5).join('; ')}`);
  }
  return differences;
}
