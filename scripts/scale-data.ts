// Adds a scale dataset to the configured database (the embedded one when DATABASE_URL is unset):
// fictional trusts with boards, five years of approved self-assessments, objectives with monthly
// progress, NED challenges and assurance judgements, at about the size of England's NHS.
//   npm run db:scale -- [--trusts 220] [--years 5] [--latest-year 2025/26] [--seed 1]
// The same options give the same rows. Trusts already present (slugs scale-0001, …) are left as
// they are, so running it again adds only what is missing.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { financialYearOf, formatFinancialYear, parseFinancialYear } from '../lib/calendar/financial-year';
import { hashPassword } from '../lib/auth/passwords';
import { closeDatabase as closePrisma } from '../lib/jobs/system-jobs';
import { withSystem } from '../lib/jobs/system-jobs';
import { DEMO_PASSWORD } from '../prisma/demo/accounts';
import { buildScaleTrust, scaleTrustSlug, type ScaleOptions } from '../prisma/scale/build-trust';
import { insertScaleTrust, type ScaleCounts } from '../prisma/scale/insert-trust';
import { withConfiguredDatabase } from './lib/embedded-db';

process.env.FAIRBOARD_QUIET_LOGS ??= '1';

const HELP = `Usage: npm run db:scale -- [--trusts <1-1000>] [--years <1-10>] [--latest-year <YYYY/YY>] [--seed <n>]

  --trusts       How many scale trusts the database should hold (default 220, about England's number)
  --years        Years of approved self-assessments per trust (default 5); objectives run one year later
  --latest-year  The last assessed financial year (default: the one before this one)
  --seed         Seed for the generator (default 1); the same options always give the same rows
`;

const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

export const scaleArgsSchema = z.object({
  trusts: wholeNumber('--trusts', 1, 1000).default(220),
  years: wholeNumber('--years', 1, 10).default(5),
  latestYear: z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined) return financialYearOf(new Date()) - 1;
      const year = parseFinancialYear(text);
      if (year === null) {
        context.addIssue({ code: 'custom', message: `--latest-year must be a financial year written like 2025/26, not "${text}"` });
        return z.NEVER;
      }
      return year;
    }),
  seed: wholeNumber('--seed', 0, 2 ** 31 - 1).default(1),
});

export type ScaleRunSummary = Readonly<{ created: number; skipped: number; counts: ScaleCounts; seconds: number }>;

/** Adds scale trusts 1 to `trusts` that are missing, one transaction per trust. */
export async function applyScaleData(options: ScaleOptions & { trusts: number }, log: (line: string) => void = () => {}): Promise<ScaleRunSummary> {
  const started = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const slugs = Array.from({ length: options.trusts }, (_, index) => scaleTrustSlug(index + 1));
  const existing = await withSystem('scale-data', (tx) => tx.trust.findMany({ where: { slug: { in: slugs } }, select: { slug: true } }));
  const present = new Set(existing.map((trust) => trust.slug));
  const counts: ScaleCounts = {};
  let created = 0;
  for (let number = 1; number <= options.trusts; number += 1) {
    if (present.has(scaleTrustSlug(number))) continue;
    const rows = buildScaleTrust(number, options, passwordHash);
    const written = await withSystem('scale-data', (tx) => insertScaleTrust(tx, rows));
    for (const [table, count] of Object.entries(written)) counts[table] = (counts[table] ?? 0) + count;
    created += 1;
    if (created % 20 === 0) log(`  ${created} trusts written (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  return { created, skipped: present.size, counts, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { trusts: { type: 'string' }, years: { type: 'string' }, 'latest-year': { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return void console.log(HELP);
  const parsed = scaleArgsSchema.safeParse({ trusts: values.trusts, years: values.years, latestYear: values['latest-year'], seed: values.seed });
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((issue) => issue.message).join('\n')}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const options = parsed.data;
  const first = formatFinancialYear(options.latestYear - options.years + 1);
  console.log(
    `Scale data: ${options.trusts} trusts, assessments ${first} to ${formatFinancialYear(options.latestYear)}, objectives to ${formatFinancialYear(options.latestYear + 1)}, seed ${options.seed}.`,
  );
  const summary = await withConfiguredDatabase(() => applyScaleData(options, console.log));
  if (summary.created === 0) {
    console.log(`All ${summary.skipped} scale trusts are already present; nothing changed.`);
    return;
  }
  console.log(`Added ${summary.created} trusts${summary.skipped ? ` (${summary.skipped} were already present)` : ''} in ${summary.seconds.toFixed(1)} s:`);
  const total = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
  for (const [table, count] of Object.entries(summary.counts)) console.log(`  ${table.padEnd(22)} ${String(count).padStart(8)}`);
  console.log(`  ${'rows'.padEnd(22)} ${String(total).padStart(8)}  (plus one audit event each)`);
}

if (process.argv[1]?.endsWith('scale-data.ts')) {
  main()
    .catch((error: unknown) => {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => closePrisma());
}
