import { spawn } from 'node:child_process';
import { createThrowawayDatabase } from './lib/throwaway-database';

/**
 * Serves the already-built app for the browser tests on a database of their own: a new database
 * on the local PostgreSQL named by DATABASE_URL, or an in-memory embedded one when it is unset.
 * Demo data is loaded fresh every run.
 */
async function main(): Promise<void> {
  const port = process.env.E2E_PORT ?? '3100';
  // The specs play the proxy: requests from this machine's own loopback addresses are trusted to
  // say who the client is in X-Forwarded-For, as nginx is in docker-compose.yml. A request from any
  // other address (e2e/security/sign-in-abuse.spec.ts binds one, 127.0.0.9) is its own client.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXTAUTH_URL: `http://localhost:${port}`, FAIRBOARD_QUIET_LOGS: '1', TRUSTED_PROXIES: '127.0.0.1, ::1' };
  let cleanup = async () => {};

  if (process.env.DATABASE_URL) {
    const database = await createThrowawayDatabase(process.env.DATABASE_URL, 'fairboard_e2e', 'End-to-end tests');
    env.DATABASE_URL = database.url;
    cleanup = database.drop;
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
