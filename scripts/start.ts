import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, startEmbeddedDatabase } from './lib/embedded-db';
import { migrateDatabase } from './db-migrate';
import { buildStyles } from './build-styles';
import { EMBEDDED_DATABASE_PORT } from '../lib/jobs/system-jobs';

/**
 * One command from a fresh clone to a running app: the embedded PostgreSQL when DATABASE_URL is
 * unset, migrations, demo data the first time, a production build, and the server on port 3000.
 */
const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    'no-seed': { type: 'boolean', default: false },
  },
});
const port = values.port;
const dataDir = process.env.FAIRBOARD_DATA_DIR ?? DEFAULT_DATA_DIR;
const children: ChildProcess[] = [];

function stopAll(code = 0): void {
  for (const child of children.reverse()) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), ...args], { stdio: 'inherit', env });
}

/** A secret for signing sessions: from the environment in production, kept locally otherwise. */
function sessionSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join('.data', 'nextauth-secret');
  mkdirSync('.data', { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: sessionSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    FAIRBOARD_EMBEDDED_DB_PORT: String(EMBEDDED_DATABASE_PORT),
  };

  if (!process.env.DATABASE_URL) {
    console.log(`Starting the embedded PostgreSQL (PGlite) on port ${EMBEDDED_DATABASE_PORT}, data in ${dataDir}/`);
    children.push(await startEmbeddedDatabase({ dataDir, port: EMBEDDED_DATABASE_PORT }));
  }
  console.log('Applying database migrations…');
  await migrateDatabase(env, { quiet: true });

  if (!values['no-seed']) {
    const { seedDemoData } = await import('../prisma/seed');
    const { closeDatabase: closePrisma } = await import('../lib/jobs/system-jobs');
    const created = await seedDemoData();
    await closePrisma();
    console.log(created ? 'Loaded the demo data.' : 'Demo data already present.');
    printDemoAccounts(await import('../prisma/demo/accounts'));
  }

  buildStyles();
  if (!values.dev && !values['no-build']) {
    console.log('Building the app (next build)…');
    const build = runNext(['build'], { ...env, NODE_ENV: 'production' });
    const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
    if (code !== 0) throw new Error('The build failed; see the messages above.');
  }

  // Our own server, not `next start`: it records each request's socket address for the sign-in
  // throttle (scripts/serve.ts).
  const serveArgs = ['node_modules/tsx/dist/cli.mjs', 'scripts/serve.ts', '--port', port, ...(values.dev ? ['--dev'] : [])];
  const server = spawn(process.execPath, serveArgs, { stdio: 'inherit', env: values.dev ? env : { ...env, NODE_ENV: 'production' } });
  children.push(server);
  console.log(`\nFairboard is starting on http://localhost:${port}  (Ctrl+C to stop)\n`);
  server.once('exit', (code) => stopAll(code ?? 0));
}

function printDemoAccounts({ DEMO_ACCOUNTS, DEMO_PASSWORD }: typeof import('../prisma/demo/accounts')): void {
  console.log(`\nDemo accounts (demo only) – every one uses the password: ${DEMO_PASSWORD}`);
  for (const account of DEMO_ACCOUNTS) {
    const roles = account.memberships.map((m) => `${m.isChair ? 'chair' : m.role} at ${m.trust}`).join('; ');
    console.log(`  ${account.email.padEnd(40)} ${roles}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
