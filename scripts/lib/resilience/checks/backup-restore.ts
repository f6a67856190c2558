import { statSync } from 'node:fs';
import path from 'node:path';
import type { CheckRecorder } from '../report';
import { pgCommand, withClient, type Cluster } from '../postgres-cluster';
import { APP_DATABASE, OWNER_ROLE } from '../database';
import { compareFingerprints, fingerprint } from '../database-fingerprint';

const RESTORED_DATABASE = 'fairboard_restored';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * pg_dump (custom format, as the superuser, not the app's role) of the live database, pg_restore
 * into an empty one, then the two compared table by table: row counts, content checksums,
 * row-level security, policies, grants and triggers.
 */
export async function checkBackupAndRestore(cluster: Cluster, check: CheckRecorder): Promise<void> {
  const dumpFile = path.join(cluster.dir, 'fairboard.dump');
  const connection = ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', 'postgres'];

  let started = Date.now();
  await pgCommand('pg_dump', [...connection, '-Fc', '-f', dumpFile, APP_DATABASE], 600_000);
  const dumpMs = Date.now() - started;

  await withClient(cluster.url('postgres'), (client) => client.query(`CREATE DATABASE ${RESTORED_DATABASE} OWNER ${OWNER_ROLE} TEMPLATE template0`));
  started = Date.now();
  await pgCommand('pg_restore', [...connection, '--exit-on-error', '-d', RESTORED_DATABASE, dumpFile], 600_000);
  const restoreMs = Date.now() - started;

  const source = await withClient(cluster.url(APP_DATABASE), fingerprint);
  const restored = await withClient(cluster.url(RESTORED_DATABASE), fingerprint);
  await withClient(cluster.url('postgres'), (client) => client.query(`DROP DATABASE ${RESTORED_DATABASE} WITH (FORCE)`));

  const forced = source.rowSecurity.filter((item) => item.endsWith('true/true')).length;
  check.figure('tables', source.tables.size);
  check.figure(
    'rows',
    [...source.tables.values()].reduce((sum, table) => sum + table.rows, 0),
  );
  check.figure('tables with RLS enabled and forced', forced);
  check.figure('policies', source.policies.length);
  check.figure('grants to roles', source.grants.length);
  check.figure('triggers', source.triggers.length);
  check.figure('database size', mb(source.bytes));
  check.figure('dump file size (-Fc)', mb(statSync(dumpFile).size));
  check.figure('restored database size', mb(restored.bytes));
  check.figure('dump time ms', dumpMs);
  check.figure('restore time ms (RTO, restore step)', restoreMs);

  const differences = compareFingerprints(source, restored);
  check.figure('differences after restore', differences.length);
  for (const difference of differences) check.expect(false, difference);
  check.expect(forced > 0 && source.policies.length > 0, 'the source database has no forced row-level security or no policies: nothing was proved');
}
