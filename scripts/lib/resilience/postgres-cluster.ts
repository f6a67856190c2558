import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 server binaries; PG_BIN points elsewhere. */
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/**
 * A throwaway PostgreSQL cluster of the run's own, in a temporary folder, on its own port, that the
 * run may restart and kill. initdb refuses to run as root, so as root every server command runs
 * as the `postgres` system user (runuser); otherwise as the current user.
 */
export type Cluster = {
  port: number;
  dir: string;
  /** A connection string as the superuser `postgres` (trust authentication, loopback only). */
  url(database: string, user?: string): string;
  restart(mode: 'fast' | 'immediate'): Promise<number>;
  stop(): Promise<void>;
  log(): string;
};

const asRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the user that owns the cluster. */
export async function pgCommand(binary: string, args: string[], timeout = 120_000): Promise<string> {
  const file = path.join(PG_BIN, binary);
  const [command, commandArgs] = asRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  const { stdout } = await run(command, commandArgs, { timeout, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function startCluster(port: number): Promise<Cluster> {
  if (!existsSync(path.join(PG_BIN, 'initdb')))
    throw new Error(`PostgreSQL 15's server binaries are not in ${PG_BIN}: install Debian's postgresql-15 package, or set PG_BIN.`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fairboard-resilience-'));
  if (asRoot()) {
    const ids = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]).catch(() => {
      throw new Error(
        'Running as root, the cluster runs as the `postgres` system user (initdb refuses root), and there is none: install postgresql-15 or run as another user.',
      );
    });
    chownSync(dir, Number(ids[0].stdout.trim()), Number(ids[1].stdout.trim()));
  }
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  await pgCommand('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=100`;
  const pgCtl = (args: string[]) => pgCommand('pg_ctl', ['-D', data, '-l', logFile, '-o', options, '-w', '-t', '60', ...args]);
  await pgCtl(['start']);

  return {
    port,
    dir,
    url: (database, user = 'postgres') => `postgresql://${user}@127.0.0.1:${port}/${database}?sslmode=disable`,
    /** Restarts the server the way an operator or a crash would; resolves with the milliseconds it took. */
    async restart(mode) {
      const started = Date.now();
      await pgCtl(['restart', '-m', mode]);
      return Date.now() - started;
    },
    async stop() {
      await pgCtl(['stop', '-m', 'fast']).catch(() => pgCommand('pg_ctl', ['-D', data, 'stop', '-m', 'immediate']).catch(() => undefined));
      rmSync(dir, { recursive: true, force: true });
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
}

/** Runs statements on one connection and closes it. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
