import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * Runs PGlite (PostgreSQL compiled to WebAssembly) behind the PostgreSQL wire protocol, so the app,
 * Prisma's CLI and psql all talk to it like any other server. Data lives in `dataDir`, or in memory
 * when dataDir is "memory://".
 */
export async function startEmbeddedDatabase(options: { dataDir: string; port: number; quiet?: boolean }): Promise<ChildProcess> {
  if (await isPortOpen(options.port)) {
    throw new Error(`Port ${options.port} is already in use: stop what is using it or set FAIRBOARD_EMBEDDED_DB_PORT.`);
  }
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const server = path.join(process.cwd(), 'node_modules/@electric-sql/pglite-socket/dist/scripts/server.js');
  const child = spawn(process.execPath, [server, '-d', options.dataDir, '-p', String(options.port), '-h', '127.0.0.1', '-m', '16'], {
    stdio: options.quiet ? 'ignore' : ['ignore', 'ignore', 'inherit'],
  });
  const started = Date.now();
  while (!(await isPortOpen(options.port))) {
    if (child.exitCode !== null) throw new Error(`The embedded database stopped while starting (exit code ${child.exitCode}).`);
    if (Date.now() - started > 60_000) throw new Error('The embedded database did not start within 60 seconds.');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return child;
}

export function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export const DEFAULT_DATA_DIR = '.data/pglite';

/**
 * For commands run beside the app: with DATABASE_URL unset they use the embedded database, which
 * may already be served by a running app (reuse it) or not (serve the data folder for this
 * command only, applying migrations first).
 */
export async function withConfiguredDatabase<T>(fn: () => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return fn();
  const { EMBEDDED_DATABASE_PORT } = await import('../../lib/jobs/system-jobs');
  if (await isPortOpen(EMBEDDED_DATABASE_PORT)) return fn();
  const server = await startEmbeddedDatabase({ dataDir: process.env.FAIRBOARD_DATA_DIR ?? DEFAULT_DATA_DIR, port: EMBEDDED_DATABASE_PORT, quiet: true });
  try {
    const { migrateDatabase } = await import('../db-migrate');
    await migrateDatabase({ ...process.env, PRISMA_QUIET: '1' }, { quiet: true });
    return await fn();
  } finally {
    // Close our connections first, or the pool reports the server's exit as an error.
    const { closeDatabase: closePrisma } = await import('../../lib/jobs/system-jobs');
    await closePrisma();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}
