/**
 * Catalogue-driven SQL for the cross-tenant matrices, written against a bare `Sql` function so the
 * Vitest matrix (Prisma, connecting role) and the Playwright matrix (pg as postgres) share it.
 * Tables are read from pg_catalog, never listed by hand: a table added by a later migration is
 * fingerprinted, pooled and switched with the others without anyone remembering to.
 */
export type Sql = <T = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<T[]>;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every table in schema public with a "trustId" column. */
export async function tenantTables(sql: Sql): Promise<string[]> {
  const rows = await sql<{ table: string }>(
    `SELECT c.relname AS "table" FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'trustId' AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((row) => row.table);
}

/** The tables row-level security protects: "Trust" (keyed by its own id) and every tenant table. */
export async function protectedTables(sql: Sql): Promise<string[]> {
  return ['Trust', ...(await tenantTables(sql))];
}

/** Turns row-level security off (or back on) for every protected table; FORCE stays as it was. */
export async function setRowLevelSecurity(sql: Sql, enabled: boolean): Promise<string[]> {
  const tables = await protectedTables(sql);
  for (const table of tables) await sql(`ALTER TABLE ${ident(table)} ${enabled ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`);
  return tables;
}

/** Protected tables whose row-level security is currently off (to prove the switch worked, and was undone). */
export async function tablesWithoutRls(sql: Sql): Promise<string[]> {
  const tables = await protectedTables(sql);
  const rows = await sql<{ table: string }>(
    `SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relname = ANY($1::text[]) AND NOT c.relrowsecurity ORDER BY 1`,
    [tables],
  );
  return rows.map((row) => row.table);
}

/** The uuid columns of every table in schema public. */
export async function uuidColumns(sql: Sql): Promise<Map<string, string[]>> {
  const rows = await sql<{ table: string; column: string }>(
    `SELECT c.relname AS "table", a.attname AS "column" FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
       AND a.atttypid = 'uuid'::regtype ORDER BY c.relname, a.attnum`,
  );
  const byTable = new Map<string, string[]>();
  for (const row of rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row.column]);
  return byTable;
}

/**
 * One trust's share of each table, as SQL: its "Trust" row, its rows of every tenant table, and the
 * accounts and sessions of its members (global tables, but a change to them is still a change to
 * that trust's people).
 */
function trustSlices(tables: string[]): { name: string; from: string }[] {
  const members = `(SELECT m."userId" FROM "Membership" m WHERE m."trustId" = $1::uuid)`;
  return [
    { name: 'Trust', from: `"Trust" t WHERE t.id = $1::uuid` },
    ...tables.map((table) => ({ name: table, from: `${ident(table)} t WHERE t."trustId" = $1::uuid` })),
    { name: 'User (members)', from: `"User" t WHERE t.id IN ${members}` },
    { name: 'AuthSession (members)', from: `"AuthSession" t WHERE t."userId" IN ${members}` },
  ];
}

export type Fingerprint = Record<string, string>;

/** "rows:md5" per slice of the trust's data, read as the connecting role (past row-level security). */
export async function trustFingerprint(sql: Sql, trustId: string): Promise<Fingerprint> {
  const slices = trustSlices(await tenantTables(sql));
  const union = slices
    .map(
      (slice, index) =>
        `SELECT ${index} AS i, count(*)::int || ':' || coalesce(md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)), '') AS d FROM ${slice.from}`,
    )
    .join(' UNION ALL ');
  const rows = await sql<{ i: number; d: string }>(union, [trustId]);
  return Object.fromEntries(rows.map((row) => [slices[row.i]!.name, row.d]));
}

/** The slices whose fingerprint changed, as readable lines. */
export function fingerprintChanges(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name] ?? 'absent'} → ${after[name] ?? 'absent'}`);
}

/**
 * Every uuid held in the trust's rows (all uuid columns of every slice), grouped by kind: the
 * table it is the id of ("User" for accounts), or "uuid" when it is nobody's primary key.
 */
export async function trustIdPool(sql: Sql, trustId: string): Promise<Map<string, Set<string>>> {
  const columns = await uuidColumns(sql);
  const slices = trustSlices(await tenantTables(sql));
  const found = new Map<string, Set<string>>();
  for (const slice of slices) {
    const table = slice.name.replace(/ \(members\)$/, '');
    for (const column of columns.get(table) ?? []) {
      const rows = await sql<{ v: string; pk: boolean }>(
        `SELECT DISTINCT t.${ident(column)}::text AS v, ${column === 'id' ? 'true' : 'false'} AS pk FROM ${slice.from} AND t.${ident(column)} IS NOT NULL`,
        [trustId],
      );
      for (const row of rows) {
        const kinds = found.get(row.v) ?? new Set<string>();
        if (row.pk) kinds.add(table);
        found.set(row.v, kinds);
      }
    }
  }
  const pool = new Map<string, Set<string>>();
  for (const [id, kinds] of found) {
    const kind = [...kinds][0] ?? 'uuid';
    pool.set(kind, (pool.get(kind) ?? new Set()).add(id));
  }
  return pool;
}

/** How many of the trust's rows (any slice) mention the given text, for example another trust's id. */
export async function rowsMentioning(sql: Sql, trustId: string, text: string): Promise<string[]> {
  const slices = trustSlices(await tenantTables(sql));
  const union = slices
    .map((slice, index) => `SELECT ${index} AS i, count(*)::int AS n FROM ${slice.from} AND strpos(to_jsonb(t)::text, $2) > 0`)
    .join(' UNION ALL ');
  const rows = await sql<{ i: number; n: number }>(union, [trustId, text]);
  return rows.filter((row) => row.n > 0).map((row) => `${slices[row.i]!.name} (${row.n})`);
}
