import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { resolveDatabaseUrl } from './lib/db/database-url';

// The schema's datasource names env("DATABASE_URL") because this Prisma version's schema reader
// refuses a datasource without a url; the embedded database's URL fills it when it is unset.
process.env.DATABASE_URL ||= resolveDatabaseUrl();

/**
 * Prisma's classic CLI downloads a native schema engine, which these machines cannot reach, so the
 * CLI runs its WebAssembly schema engine through the pg driver adapter instead.
 */
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    return withRealShadowDatabase(new PrismaPg({ connectionString: resolveDatabaseUrl() }));
  },
});

/**
 * Works around prisma/orm#27403: PrismaPg.connectToShadowDb() spreads `{ ...config, database }`, but a
 * connectionString in the config wins, so the "shadow" database is the real one and is dropped on
 * dispose. We create a uniquely named database ourselves and connect to it with discrete fields.
 */
function withRealShadowDatabase(factory: PrismaPg): PrismaPg {
  factory.connectToShadowDb = async () => {
    const url = new URL(resolveDatabaseUrl());
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    const database = `fairboard_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = new PrismaPg({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database,
    });
    const adapter = await shadow.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  };
  return factory;
}
