import { migrateDatabase } from '../../db-migrate';
import { withClient, type Cluster } from './postgres-cluster';

/** The role the app connects as: it owns the tables and runs migrations, as in production. */
export const OWNER_ROLE = 'fairboard_owner';
export const APP_DATABASE = 'fairboard';

/**
 * Creates the owner role and the app's database, applies the committed migrations with the
 * project's runner and loads the demo data, as `npm start` does on a fresh PostgreSQL.
 */
export async function prepareAppDatabase(cluster: Cluster): Promise<string> {
  await withClient(cluster.url('postgres'), async (client) => {
    // BYPASSRLS: the tables force row-level security even on their owner, and the system path
    // (seeding, sign-in) runs as the connecting role; feature code drops to fairboard_app.
    await client.query(`CREATE ROLE ${OWNER_ROLE} LOGIN CREATEROLE BYPASSRLS`);
    await client.query(`CREATE DATABASE ${APP_DATABASE} OWNER ${OWNER_ROLE}`);
  });
  const url = cluster.url(APP_DATABASE, OWNER_ROLE);
  await migrateDatabase({ ...process.env, DATABASE_URL: url }, { quiet: true });
  process.env.DATABASE_URL = url;
  const { seedDemoData } = await import('../../../prisma/seed');
  const { closeDatabase: closePrisma } = await import('../../../lib/jobs/system-jobs');
  await seedDemoData();
  await closePrisma();
  return url;
}

/**
 * Grows the database to about the size of England's NHS with the project's scale dataset
 * (`npm run db:scale`), so the backup figures are for a realistic size. Returns the seconds taken.
 */
export async function growWithScaleData(trusts: number): Promise<{ seconds: number; rows: number }> {
  const { applyScaleData, scaleArgsSchema } = await import('../../scale-data');
  const { closeDatabase: closePrisma } = await import('../../../lib/jobs/system-jobs');
  try {
    const summary = await applyScaleData(scaleArgsSchema.parse({ trusts }));
    return { seconds: summary.seconds, rows: Object.values(summary.counts).reduce((sum, count) => sum + count, 0) };
  } finally {
    await closePrisma();
  }
}
