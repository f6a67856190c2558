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
