// Resilience runs, not part of `npm test`: faults, two app instances behind nginx, and backup and
// restore, against a throwaway PostgreSQL 15 cluster of the run's own and the production build.
//   npm run test:resilience [-- --only backup,restart,export-kill,nginx] [-- --scale-trusts 220]
// Prints PASS/FAIL per check with its figures, writes test-reports/resilience.json and exits
// non-zero when any check fails. Everything it starts is stopped again, whatever happens.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { runCheck, writeReport, type CheckResult } from './lib/resilience/report';
import { startCluster, type Cluster } from './lib/resilience/postgres-cluster';
import { growWithScaleData, prepareAppDatabase } from './lib/resilience/database';
import { checkBackupAndRestore } from './lib/resilience/checks/backup-restore';
import { checkPostgresRestart } from './lib/resilience/checks/postgres-restart';
import { checkExportKill } from './lib/resilience/checks/export-kill';
import { checkTwoInstances } from './lib/resilience/checks/two-instances';
import { cleanupRegistry } from './lib/resilience/cleanup';
import { ensureBuilt, runFolder } from './lib/resilience/build';
import { startApp, type AppOptions } from './lib/resilience/app-server';

process.env.FAIRBOARD_QUIET_LOGS ??= '1';

/** The app instances' ports (the second and third for the two behind nginx) and nginx's. */
const APP_PORTS = [3830, 3831, 3832] as const;
const NGINX_PORT = 8830;

const CHECKS = ['restart', 'export-kill', 'nginx', 'backup'] as const;
type CheckId = (typeof CHECKS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'pg-port': { type: 'string', default: process.env.RESILIENCE_PG_PORT ?? '54431' },
    report: { type: 'string', default: 'test-reports/resilience.json' },
    'scale-trusts': { type: 'string', default: '220' },
  },
});
const selected = new Set<CheckId>(values.only ? (values.only.split(',').map((id) => id.trim()) as CheckId[]) : CHECKS);
for (const id of selected) if (!CHECKS.includes(id)) throw new Error(`Unknown check "${id}"; choose from ${CHECKS.join(', ')}.`);

async function main(): Promise<number> {
  const results: CheckResult[] = [];
  console.log(`Starting a throwaway PostgreSQL 15 cluster on 127.0.0.1:${values['pg-port']}…`);
  const cluster: Cluster = await startCluster(Number(values['pg-port']));
  cleanupRegistry.add('PostgreSQL cluster', () => cluster.stop());
  console.log('Applying migrations and loading the demo data…');
  const databaseUrl = await prepareAppDatabase(cluster);
  await ensureBuilt();
  const app: AppOptions = { port: APP_PORTS[0], databaseUrl, logDir: runFolder(), secret: randomBytes(32).toString('base64url') };

  if (selected.has('restart')) {
    results.push(
      await runCheck('PostgreSQL restarted under load', async (check) => {
        const server = await startApp(app);
        await checkPostgresRestart(cluster, server, check).finally(() => server.stop());
      }),
    );
  }
  if (selected.has('export-kill')) results.push(await runCheck('Process killed during an export', (check) => checkExportKill(cluster, app, check)));
  if (selected.has('nginx')) {
    results.push(await runCheck('Two app instances behind nginx', (check) => checkTwoInstances(cluster, app, [APP_PORTS[1], APP_PORTS[2]], NGINX_PORT, check)));
  }
  if (selected.has('backup')) {
    results.push(
      await runCheck('Backup and restore', async (check) => {
        const trusts = Number(values['scale-trusts']);
        if (trusts > 0) {
          console.log(`Growing the database with the scale dataset (${trusts} trusts) before the backup…`);
          const grown = await growWithScaleData(trusts);
          check.figure('scale dataset added before the backup', `${trusts} trusts, ${grown.rows} rows in ${grown.seconds.toFixed(0)} s`);
        }
        await checkBackupAndRestore(cluster, check);
      }),
    );
  }

  writeReport(values.report, results, { pgPort: cluster.port, node: process.version, checks: [...selected].join(',') });
  return results.every((result) => result.pass) ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    console.error(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  })
  .then(async (code) => {
    await cleanupRegistry.runAll();
    process.exit(code);
  });
