import pg from 'pg';

/**
 * Creates a new, empty database on the PostgreSQL that `adminUrl` names, which must be on this
 * machine (so a test or bench can never touch a shared server), and returns its address and a
 * drop() that removes it even with connections still open.
 */
export async function createThrowawayDatabase(adminUrl: string, prefix: string, purpose: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new URL(adminUrl);
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(admin.hostname)) throw new Error(`${purpose} only run against a PostgreSQL on this machine.`);
  const name = `${prefix}_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await client.end();
    },
  };
}
