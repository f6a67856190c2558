import { spawn } from 'node:child_process';
import pg from 'pg';

/**
 * Serves the already-built app for the browser tests on a database of their own: a new database
 * on the local PostgreSQL named by DATABASE_URL, or an in-memory embedded one when it is unset.
 * Demo data is loaded fresh every run.
 */
async function main(): Promise<void> {
  const port = process.env.E2E_PORT ?? '3100';
  const env: NodeJS.ProcessEnv = { ...process.env, NEXTAUTH_URL: `http://localhost:${port}`, FAIRBOARD_QUIET_LOGS: '1' };
  let cleanup = async () => {};

  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(admin.hostname)) throw new Error('End-to-end tests only run against a PostgreSQL on this machine.');
    const name = `fairboard_e2e_${Date.now()}`;
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanup = async () => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await client.end();
    };
  } else {
    env.FAIRBOARD_DATA_DIR = 'memory://';
    env.FAIRBOARD_EMBEDDED_DB_PORT = process.env.E2E_DB_PORT ?? '54339';
  }

  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts', '--no-build', '--port', port], { stdio: 'inherit', env });
  const stop = async () => {
    child.kill('SIGTERM');
    await cleanup();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  child.once('exit', async (code) => {
    await cleanup();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
