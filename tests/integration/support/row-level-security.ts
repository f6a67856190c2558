import { expect } from 'vitest';
import { getPrisma } from '../../../lib/db/client';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every table in schema public with row-level security switched on, read from the catalogue. */
export async function tablesWithRowLevelSecurity(): Promise<string[]> {
  const rows = await getPrisma().$queryRawUnsafe<{ table: string }[]>(`
    SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relrowsecurity ORDER BY c.relname`);
  return rows.map((row) => row.table);
}

/**
 * Runs `fn` with row-level security off on every table, so only the data layer's own
 * `trustId` filters stand between two trusts: a query that forgets its filter then leaks, and the
 * test around it fails. Security is switched back on afterwards, whatever happens (FORCE stays
 * set throughout: it is a separate flag that DISABLE does not clear).
 */
export async function withRowLevelSecurityOff<T>(fn: () => Promise<T>): Promise<T> {
  const tables = await tablesWithRowLevelSecurity();
  if (tables.length === 0) throw new Error('No table has row-level security on: the test would prove nothing');
  const alter = async (mode: 'ENABLE' | 'DISABLE') => {
    for (const table of tables) await getPrisma().$executeRawUnsafe(`ALTER TABLE ${ident(table)} ${mode} ROW LEVEL SECURITY`);
  };
  await alter('DISABLE');
  try {
    return await fn();
  } finally {
    await alter('ENABLE');
  }
}

/**
 * The same reads for trust B with row-level security on and then off must give the same answers:
 * with it on the database alone hides trust A; with it off only the code's own filter does. Each
 * answer with security off is also checked for `mustNotContain` (trust A's names and years).
 * Returns the answers given with security off.
 */
export async function expectSameWithoutRowLevelSecurity(
  reads: Record<string, () => Promise<unknown>>,
  mustNotContain?: RegExp,
): Promise<Record<string, unknown>> {
  const withRls: Record<string, unknown> = {};
  for (const [label, read] of Object.entries(reads)) withRls[label] = await read();
  const withoutRls: Record<string, unknown> = {};
  await withRowLevelSecurityOff(async () => {
    for (const [label, read] of Object.entries(reads)) withoutRls[label] = await read();
  });
  for (const label of Object.keys(reads)) {
    expect(withoutRls[label], `${label}: the data layer's own filter`).toEqual(withRls[label]);
    if (mustNotContain) expect(JSON.stringify(withoutRls[label]), label).not.toMatch(mustNotContain);
  }
  return withoutRls;
}
