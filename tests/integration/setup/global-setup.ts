import type { TestProject } from 'vitest/node';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../../scripts/lib/embedded-db';
import { migrateDatabase } from '../../../scripts/db-migrate';
import { assertLocalDatabaseUrl } from './local-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    embeddedDatabase: boolean;
  }
}

/**
 * Gives the run a throwaway database: a fresh database on the PostgreSQL named by DATABASE_URL
 * when one is set (it must be local), otherwise an in-memory embedded PGlite server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.DATABASE_URL;
  let teardown: () => Promise<void>;
  let databaseUrl: string;

  if (adminUrl) {
    assertLocalDatabaseUrl(adminUrl);
    const name = `fairboard_it_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    teardown = async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const port = 55000 + (process.pid % 1000);
    const server: ChildProcess = await startEmbeddedDatabase({ dataDir: 'memory://', port, quiet: true });
    databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    teardown = async () => {
      server.kill('SIGTERM');
    };
  }

  await migrateDatabase({ ...process.env, DATABASE_URL: databaseUrl }, { quiet: true });
  project.provide('databaseUrl', databaseUrl);
  project.provide('embeddedDatabase', !adminUrl);
  return teardown;
}
