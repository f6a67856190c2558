// Load benchmark of the production build on loopback, at one trust and at the size of England:
//   npm run bench [-- --duration 12 --warmup 5 --connections 50 --trusts 220 --instances 2 | --quick | --single]
// It builds the app if .next is missing or older than the sources, creates a throwaway database
// (on the local PostgreSQL named by DATABASE_URL, else an in-memory embedded one) with the demo
// data, starts the production shape on 127.0.0.1 (one scripts/serve.ts per core behind nginx,
// which compresses), signs in as Northfield's executive lead through the
// real sign-in flow and loads each target with autocannon. Then it adds the scale trusts
// (npm run db:scale) and loads everything again. It writes test-reports/bench.json, prints the
// Markdown tables for docs/PERFORMANCE.md, and times the annual-report export and a 10,000-row
// indicator import in-process.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase } from './db-migrate';
import { ensureBuilt, startAppServer, type AppServer } from './lib/bench/app-server';
import { createBenchDatabase, type BenchDatabase } from './lib/bench/database';
import { loadTarget } from './lib/bench/load';
import { BENCH_HELP, benchArgsSchema, type BenchOptions } from './lib/bench/options';
import { pageJavaScript, type PageWeight } from './lib/bench/page-weight';
import { markdownTables, tabulate, type DatasetRun } from './lib/bench/report';
import { signInCookie } from './lib/bench/session';
import { BENCH_TRUST, BENCH_USER, prepareTargets, progressWriteTarget, type BenchTarget } from './lib/bench/targets';

process.env.FAIRBOARD_QUIET_LOGS ??= '1';

const COUNTED_TABLES = [
  'Trust',
  'User',
  'Membership',
  'BoardMember',
  'Assessment',
  'AssessmentAnswer',
  'Objective',
  'ProgressUpdate',
  'ObjectiveOwnerChange',
  'Challenge',
  'ChallengeMessage',
  'AssuranceJudgement',
  'ReportExport',
  'AuditEvent',
] as const;

function parseOptions(): BenchOptions | null {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      trusts: { type: 'string' },
      port: { type: 'string' },
      out: { type: 'string' },
      quick: { type: 'boolean' },
      rebuild: { type: 'boolean' },
      help: { type: 'boolean' },
      instances: { type: 'string' },
      single: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(BENCH_HELP);
    return null;
  }
  const parsed = benchArgsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`${parsed.error.issues.map((issue) => issue.message).join('\n')}\n\n${BENCH_HELP}`);
  return parsed.data;
}

async function countRows(): Promise<Record<string, number>> {
  const { withSystem } = await import('../lib/jobs/system-jobs');
  return withSystem('bench', async (tx) => {
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const [row] = await tx.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}"`);
      counts[table] = Number(row!.count);
    }
    return counts;
  });
}

async function loadAll(label: string, server: AppServer, cookie: string, targets: readonly BenchTarget[], options: BenchOptions): Promise<DatasetRun> {
  const rows = await countRows();
  console.log(
    `\n${label}: ${rows.Trust} trusts, ${rows.ProgressUpdate} progress updates, ${rows.AuditEvent} audit events. ${options.connections} connections, ${options.warmup} s warm-up, ${options.duration} s each.`,
  );
  const results: DatasetRun['results'] = {};
  const alone: DatasetRun['alone'] = {};
  for (const target of targets) {
    const result = await loadTarget(server.baseUrl, cookie, target, options);
    results[target.name] = result;
    // One connection: the time one person waits when nobody else is using the app.
    alone[target.name] = await loadTarget(server.baseUrl, cookie, target, { connections: 1, warmup: 1, duration: Math.min(5, options.duration) });
    console.log(
      `  ${target.name.padEnd(32)} ${result.rps.toFixed(0).padStart(5)} req/s  p50 ${result.p50.toFixed(0).padStart(5)}  p95 ${result.p95.toFixed(0).padStart(5)}  p99 ${result.p99.toFixed(0).padStart(5)} ms  errors ${result.errors}  ${JSON.stringify(result.statuses)}  alone: p50 ${alone[target.name]!.p50.toFixed(0)} ms`,
    );
  }
  return { label, trusts: rows.Trust!, rows, results, alone };
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (!options) return;
  // Recorded because other work on the machine changes every figure.
  const loadAverageAtStart = os.loadavg();
  const build = await ensureBuilt(options.rebuild);
  console.log(build === 'built' ? 'Built the app.' : 'Reusing the build in .next (newer than every source file).');

  let database: BenchDatabase | null = null;
  let server: AppServer | null = null;
  try {
    database = await createBenchDatabase();
    process.env.DATABASE_URL = database.url;
    // PGlite has one session: one connection from one process (lib/db/database-url.ts).
    if (database.kind === 'pglite') process.env.FAIRBOARD_EMBEDDED_DB = '1';
    console.log(
      `Database: ${database.kind === 'postgresql' ? 'a throwaway database on the local PostgreSQL' : 'an in-memory embedded PostgreSQL (PGlite, one query at a time)'}.`,
    );
    await migrateDatabase({ ...process.env }, { quiet: true });
    const { seedDemoData } = await import('../prisma/seed');
    await seedDemoData();
    const { targets, progressPagePath } = await prepareTargets();

    const instances = database.kind === 'pglite' ? 1 : options.instances;
    server = await startAppServer(options.port, database.url, { instances, proxy: !options.single, embedded: database.kind === 'pglite' });
    console.log(`Serving: ${server.shape}, on ${server.baseUrl}.`);
    const { DEMO_PASSWORD } = await import('../prisma/demo/accounts');
    const cookie = await signInCookie(server.baseUrl, BENCH_USER, DEMO_PASSWORD);
    const allTargets = [...targets, await progressWriteTarget(server.baseUrl, cookie, progressPagePath)].filter((target) => !options.quick || target.quick);

    const weights = new Map<string, PageWeight>();
    for (const target of allTargets.filter((candidate) => candidate.kind === 'read'))
      weights.set(target.name, await pageJavaScript(server.baseUrl, cookie, target.path));

    const runs: DatasetRun[] = [await loadAll('Demo data only', server, cookie, allTargets, options)];

    console.log(`\nAdding ${options.trusts} scale trusts (npm run db:scale)…`);
    const { applyScaleData } = await import('./scale-data');
    const { financialYearOf } = await import('../lib/calendar/financial-year');
    const scale = await applyScaleData({ trusts: options.trusts, years: 5, latestYear: financialYearOf(new Date()) - 1, seed: 1 }, console.log);
    console.log(`Added ${scale.created} trusts in ${scale.seconds.toFixed(0)} s; updating the planner's statistics (ANALYZE), as autovacuum would.`);
    const { withSystem } = await import('../lib/jobs/system-jobs');
    await withSystem('bench', (tx) => tx.$executeRawUnsafe('ANALYZE'));
    runs.push(await loadAll(`With ${options.trusts} scale trusts`, server, cookie, allTargets, options));

    const { timeAnnualReportExport } = await import('./lib/bench/export-timings');
    const exportTimings = await timeAnnualReportExport(BENCH_TRUST, options.quick ? 2 : 5);
    const { timeIndicatorImport } = await import('./lib/bench/import-timing');
    exportTimings.timings.push(...(await timeIndicatorImport(BENCH_TRUST, options.quick ? 1 : 3)));

    const rows = tabulate(allTargets, runs, weights);
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', loadAverageAtStart, loadAverageAtEnd: os.loadavg(), node: process.version },
      database: database.kind,
      shape: server.shape,
      build,
      options,
      datasets: runs.map((run) => ({ label: run.label, trusts: run.trusts, rows: run.rows })),
      targets: rows,
      annualReportExportInProcess: exportTimings,
    };
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${markdownTables(rows, runs)}`);
    console.log('Annual-report export and indicator import, in-process (median of runs after a warm-up):');
    for (const timing of exportTimings.timings)
      console.log(`  ${timing.step.padEnd(22)} ${timing.medianMs.toFixed(0).padStart(6)} ms${timing.kb === undefined ? '' : `  ${timing.kb.toFixed(1)} KB`}`);
    console.log(`\nWrote ${options.out}.`);
  } finally {
    await server?.stop();
    const { closeDatabase: closePrisma } = await import('../lib/jobs/system-jobs');
    await closePrisma();
    await database?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
