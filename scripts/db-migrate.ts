import { run } from './lib/run';

/** Applies committed migrations to the configured database (the embedded one when DATABASE_URL is unset). */
export async function migrateDatabase(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await run(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], { ...env, PRISMA_HIDE_UPDATE_MESSAGE: '1' });
}

if (process.argv[1]?.endsWith('db-migrate.ts')) {
  migrateDatabase().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
