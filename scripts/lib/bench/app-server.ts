import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildStyles } from '../../build-styles';
import { startNginx } from '../resilience/nginx';

const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.js', 'package.json'];

function newestSourceTime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry, { withFileTypes: true })
    .filter((child) => child.name !== 'generated' && child.name !== 'node_modules')
    .reduce((newest, child) => Math.max(newest, newestSourceTime(path.join(entry, child.name))), stat.mtimeMs);
}

/** Builds the production app unless .next holds a build newer than every source file. */
export async function ensureBuilt(force: boolean): Promise<'reused' | 'built'> {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!force && existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...SOURCES.map(newestSourceTime))) return 'reused';
  buildStyles();
  const build = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  if (code !== 0) throw new Error('next build failed; see the messages above.');
  return 'built';
}

export type AppServer = Readonly<{ baseUrl: string; instances: number; shape: string; stop: () => Promise<void> }>;

/** One scripts/serve.ts (the production server) on 127.0.0.1, ready when /api/health answers. */
async function startInstance(port: number, env: NodeJS.ProcessEnv): Promise<() => Promise<void>> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
      env,
    },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    // Stop the whole group it leads (tsx runs the server as a child of its own).
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app on port ${port} stopped while starting (exit code ${child.exitCode}).`);
    const ready = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return stop;
    if (Date.now() - started > 90_000) {
      await stop();
      throw new Error(`The app did not answer on port ${port} within 90 seconds.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * The production shape on loopback: `instances` app processes (one per core by default) on the
 * ports after `port`, behind nginx on `port`, which balances them round robin, keeps connections
 * to them open and compresses (the apps do not: FAIRBOARD_PROXY_COMPRESSES=1), as
 * docker-compose.yml describes. nginx's configuration is the resilience run's (scripts/lib/resilience/nginx.ts).
 * With one instance and no nginx (`--instances 1 --no-proxy`) it is the earlier single-process shape.
 */
export async function startAppServer(port: number, databaseUrl: string, options: { instances: number; proxy: boolean; embedded: boolean }): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    FAIRBOARD_QUIET_LOGS: '1',
    ...(options.embedded ? { FAIRBOARD_EMBEDDED_DB: '1' } : {}),
    ...(options.proxy ? { FAIRBOARD_PROXY_COMPRESSES: '1', TRUSTED_PROXIES: '1' } : {}),
  };
  if (!options.proxy) {
    const stop = await startInstance(port, env);
    return { baseUrl, instances: 1, shape: 'one app process, no proxy (the app compresses)', stop };
  }
  const ports = Array.from({ length: options.instances }, (_, index) => port + 1 + index);
  const stops: (() => Promise<void>)[] = [];
  try {
    for (const instancePort of ports) stops.push(await startInstance(instancePort, env));
    const folder = mkdtempSync(path.join(os.tmpdir(), 'fairboard-bench-'));
    const nginx = await startNginx(folder, port, ports, { gzip: true, keepalive: true, workers: 1 });
    stops.push(() => nginx.stop());
  } catch (error) {
    await Promise.all(stops.map((stop) => stop()));
    throw error;
  }
  return {
    baseUrl,
    instances: options.instances,
    shape: `${options.instances} app processes behind nginx (compression by nginx)`,
    stop: async () => {
      await Promise.all(stops.reverse().map((stop) => stop().catch(() => undefined)));
    },
  };
}
