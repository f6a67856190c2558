import { spawn } from 'node:child_process';

/** Applies committed migrations to the configured database (the embedded one when DATABASE_URL is unset). */
export function migrateDatabase(env: NodeJS.ProcessEnv = process.env, options: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], {
      env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Applying database migrations failed (exit ${code}).\n${output}`))));
  });
}

if (process.argv[1]?.endsWith('db-migrate.ts')) {
  migrateDatabase().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
