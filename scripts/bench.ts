// Benchmarks, not timed tests: how long the annual-report export takes for a demo trust.
//   npm run bench [-- --trust <slug>] [-- --runs <n>]
// With DATABASE_URL set it reads that database (the trust must exist there) and writes nothing.
// Without it, it starts a throwaway in-memory embedded PostgreSQL with the demo data, so it never
// touches .data/. It reports reading the snapshot (one transaction) and rendering each format.
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { isPortOpen, startEmbeddedDatabase } from './lib/embedded-db';
import { migrateDatabase } from './db-migrate';

process.env.FAIRBOARD_QUIET_LOGS ??= '1';

const { values } = parseArgs({ options: { trust: { type: 'string', default: 'northfield-valley' }, runs: { type: 'string', default: '5' }, year: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs) || 5);

async function throwawayDatabase(): Promise<ChildProcess> {
  let port = 56400 + (process.pid % 500);
  while (await isPortOpen(port)) port += 1;
  const server = await startEmbeddedDatabase({ dataDir: 'memory://', port, quiet: true });
  process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  await migrateDatabase({ ...process.env }, { quiet: true });
  const { seedDemoData } = await import('../prisma/seed');
  await seedDemoData();
  return server;
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0)).padStart(5);

function summary(label: string, times: number[], bytes?: number): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const size = bytes === undefined ? '' : `  ${(bytes / 1024).toFixed(1)} KB`;
  return `${label.padEnd(22)} median ${ms(median)} ms   min ${ms(sorted[0] ?? 0)} ms   max ${ms(sorted.at(-1) ?? 0)} ms${size}`;
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL ? null : await throwawayDatabase();
  const { closePrisma } = await import('../lib/db/client');
  try {
    const { withSystem } = await import('../lib/db/with-tenant');
    const { systemTenantContext } = await import('../lib/tenancy/system-context');
    const { buildAnnualReportSnapshot } = await import('../lib/reports/build-snapshot');
    const { renderSnapshot } = await import('../lib/reports/render');
    const { REPORT_SECTION_IDS } = await import('../lib/reports/snapshot');
    const { formatFinancialYear, parseFinancialYear } = await import('../lib/assessments/financial-year');

    const trust = await withSystem('bench', (tx) => tx.trust.findUnique({ where: { slug: values.trust }, select: { id: true, slug: true, name: true } }));
    if (!trust) throw new Error(`There is no trust with the slug "${values.trust}".`);
    const ctx = systemTenantContext(trust, 'bench');
    const latest = await withSystem('bench', (tx) => tx.assessment.findFirst({ where: { trustId: trust.id }, orderBy: { financialYear: 'desc' }, select: { financialYear: true } }));
    const financialYear = values.year ? parseFinancialYear(values.year) : (latest?.financialYear ?? null);
    if (financialYear === null) throw new Error(`${trust.name} has no self-assessment to export.`);

    console.log(`Annual report export for ${trust.name}, ${formatFinancialYear(financialYear)}: all sections, ${runs} runs after one warm-up, on ${server ? 'a throwaway embedded database with the demo data' : 'DATABASE_URL'}.`);
    const request = { financialYear, sections: REPORT_SECTION_IDS, variant: 'annual-report' } as const;
    const snapshotTimes: number[] = [];
    await buildAnnualReportSnapshot(ctx, request);
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await buildAnnualReportSnapshot(ctx, request);
      snapshotTimes.push(performance.now() - started);
    }
    console.log(summary('snapshot (database)', snapshotTimes));
    const snapshot = await buildAnnualReportSnapshot(ctx, request);
    for (const format of ['pdf', 'docx', 'csv'] as const) {
      const first = await renderSnapshot(format, snapshot);
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        const file = await renderSnapshot(format, snapshot);
        times.push(performance.now() - started);
        if (file.sha256 !== first.sha256) throw new Error(`${format} output changed between runs of the same snapshot`);
      }
      console.log(summary(`render ${format}`, times, first.byteLength));
    }
  } finally {
    await closePrisma();
    server?.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
