import { describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { APP_ROLE, discoverTenantTables } from '../support/tenant-catalogue';

type TableSecurity = { table: string; rls: boolean; forced: boolean };
type Policy = { table: string; name: string; cmd: string; qual: string | null; withCheck: string | null };

/** The tenant tables plus "Trust" itself, whose own id is the tenant key. */
async function protectedTables(): Promise<string[]> {
  return ['Trust', ...(await discoverTenantTables())];
}

async function tableSecurity(tables: string[]): Promise<TableSecurity[]> {
  return getPrisma().$queryRawUnsafe<TableSecurity[]>(
    `SELECT c.relname AS "table", c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relname = ANY($1::text[]) ORDER BY c.relname`,
    tables,
  );
}

async function policies(tables: string[]): Promise<Policy[]> {
  return getPrisma().$queryRawUnsafe<Policy[]>(
    `SELECT tablename AS "table", policyname AS name, cmd, qual, with_check AS "withCheck"
     FROM pg_policies WHERE schemaname = 'public' AND tablename = ANY($1::text[]) ORDER BY tablename, policyname`,
    tables,
  );
}

describe('row-level security in the catalogue', () => {
  it('finds the tenant tables from the catalogue, including the foundation’s four', async () => {
    const tables = await discoverTenantTables();

    expect(tables).toEqual(expect.arrayContaining(['AuditEvent', 'BoardMember', 'Invitation', 'Membership']));
    expect(tables).not.toContain('User');
    expect(tables).not.toContain('Trust');
  });

  it('every table with a "trustId" column, and "Trust", has row-level security enabled and forced', async () => {
    const tables = await protectedTables();

    const security = await tableSecurity(tables);

    expect(security.map((row) => row.table).sort()).toEqual([...tables].sort());
    const unprotected = security.filter((row) => !row.rls || !row.forced).map((row) => `${row.table} (enabled: ${row.rls}, forced: ${row.forced})`);
    expect(unprotected, 'tables without ENABLE and FORCE ROW LEVEL SECURITY').toEqual([]);
  });

  it('every one of those tables has at least one policy', async () => {
    const tables = await protectedTables();
    const withPolicies = new Set((await policies(tables)).map((policy) => policy.table));

    expect(
      tables.filter((table) => !withPolicies.has(table)),
      'tables with no policy',
    ).toEqual([]);
  });

  it('every policy that lets the application write has a WITH CHECK tied to the current trust', async () => {
    const writePolicies = (await policies(await protectedTables())).filter((policy) => ['ALL', 'INSERT', 'UPDATE'].includes(policy.cmd));
    expect(writePolicies.length).toBeGreaterThanOrEqual(5);

    const missing = writePolicies.filter((policy) => !policy.withCheck).map((policy) => `${policy.table}.${policy.name}`);
    const untied = writePolicies
      .filter((policy) => policy.withCheck && !policy.withCheck.includes('app_current_trust()'))
      .map((policy) => `${policy.table}.${policy.name}: ${policy.withCheck}`);
    expect(missing, 'write policies without WITH CHECK').toEqual([]);
    expect(untied, 'write policies whose WITH CHECK ignores the current trust').toEqual([]);
  });

  it('every policy’s USING clause on those tables depends on the current trust or user', async () => {
    const readable = (await policies(await protectedTables())).filter((policy) => policy.cmd !== 'INSERT');

    const unscoped = readable
      .filter((policy) => !/app_current_(trust|user)\(\)/.test(policy.qual ?? ''))
      .map((policy) => `${policy.table}.${policy.name}: ${policy.qual}`);
    expect(unscoped).toEqual([]);
  });

  it(`the application role ${APP_ROLE} is not a superuser, cannot bypass row-level security and belongs to no other role`, async () => {
    const roles = await getPrisma().$queryRawUnsafe<
      { rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean; rolcreaterole: boolean; rolcreatedb: boolean; memberOf: number }[]
    >(
      `SELECT rolsuper, rolbypassrls, rolcanlogin, rolcreaterole, rolcreatedb,
              (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS "memberOf"
       FROM pg_roles r WHERE rolname = $1`,
      APP_ROLE,
    );

    expect(roles).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false, rolcreaterole: false, rolcreatedb: false, memberOf: 0 }]);
  });

  it(`${APP_ROLE} owns no tables, views, sequences, functions or schemas`, async () => {
    const owned = await getPrisma().$queryRawUnsafe<{ kind: string; name: string }[]>(
      `SELECT 'relation' AS kind, c.relname AS name FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1
       UNION ALL SELECT 'function', p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname = $1
       UNION ALL SELECT 'schema', n.nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE r.rolname = $1`,
      APP_ROLE,
    );

    expect(owned).toEqual([]);
  });

  it(`${APP_ROLE} cannot touch sessions or sign-in counters, and may only read users`, async () => {
    const privileges = await getPrisma().$queryRawUnsafe<{ table: string; privilege: string }[]>(
      `SELECT t.relname AS "table", p.privilege
       FROM (VALUES ('AuthSession'), ('SignInThrottle'), ('User')) AS t(relname)
       CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) AS p(privilege)
       WHERE has_table_privilege($1, format('public.%I', t.relname), p.privilege)
       ORDER BY 1, 2`,
      APP_ROLE,
    );

    expect(privileges).toEqual([{ table: 'User', privilege: 'SELECT' }]);
  });
});
