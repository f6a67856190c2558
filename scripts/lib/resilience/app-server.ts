import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanupRegistry } from './cleanup';

/** One production server (scripts/serve.ts, as production runs it) of the run's own, with its log in the run's folder. */
export type AppServer = {
  port: number;
  baseUrl: string;
  pid: number;
  alive(): boolean;
  /** The way a crashed host or the OOM killer ends it: no chance to finish anything. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
  logTail(lines?: number): string;
};

export type AppOptions = { port: number; databaseUrl: string; publicUrl?: string; logDir: string; secret: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts scripts/serve.ts on the built app and waits until it answers. One trusted proxy hop: the
 * run's nginx (nginx.ts) appends the address it saw, and requests straight to an instance come from
 * this machine.
 */
export async function startApp(options: AppOptions): Promise<AppServer> {
  const logFile = path.join(options.logDir, `app-${options.port}.log`);
  const log = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), path.join('scripts', 'serve.ts'), '--port', String(options.port), '--hostname', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: options.databaseUrl,
        NEXTAUTH_SECRET: options.secret,
        NEXTAUTH_URL: options.publicUrl ?? `http://localhost:${options.port}`,
        FAIRBOARD_QUIET_LOGS: '0',
        TRUSTED_PROXIES: '1',
      },
      stdio: ['ignore', log, log],
      // Its own process group, so a kill reaches any worker it forks and nothing else.
      detached: true,
    },
  );
  closeSync(log);
  const pid = child.pid!;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  const unregister = cleanupRegistry.add(`app on port ${options.port}`, async () => {
    signalGroup('SIGTERM');
    await Promise.race([exited(child), sleep(5_000)]);
    signalGroup('SIGKILL');
  });
  const server: AppServer = {
    port: options.port,
    baseUrl: `http://127.0.0.1:${options.port}`,
    pid,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill9() {
      signalGroup('SIGKILL');
      await exited(child);
      await unregister().catch(() => undefined);
    },
    stop: unregister,
    logTail: (lines = 30) => readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n'),
  };
  await waitUntilServing(server);
  return server;
}

async function waitUntilServing(server: AppServer, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!server.alive()) throw new Error(`The app on port ${server.port} stopped while starting:\n${server.logTail()}`);
    try {
      const response = await fetch(`${server.baseUrl}/sign-in`, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The app on port ${server.port} did not answer within ${timeoutMs / 1000} s:\n${server.logTail()}`);
}
