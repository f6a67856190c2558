import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildStyles } from '../../build-styles';

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

export type AppServer = Readonly<{ baseUrl: string; stop: () => Promise<void> }>;

/** `next start` on 127.0.0.1 against the given database, ready when /api/health answers. */
export async function startAppServer(port: number, databaseUrl: string): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), FAIRBOARD_QUIET_LOGS: '1' },
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    // next start may run workers of its own: stop the whole group it leads.
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start stopped while starting (exit code ${child.exitCode}).`);
    const ready = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (ready) return { baseUrl, stop };
    if (Date.now() - started > 60_000) {
      await stop();
      throw new Error(`The app did not answer on ${baseUrl} within 60 seconds.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
