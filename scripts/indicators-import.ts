// Imports one trust's indicator figures from a CSV file in the template (docs/INDICATORS.md),
// exactly as an upload in the app does:
//   npm run --silent indicators:import -- --trust <slug> --file <csv>
// Prints {"imported": N}. A bad file exits 1 with every problem (row and column) on stderr, and
// nothing is saved. The batch is recorded as made by the job "system:cli:indicators:import".
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeDatabase as closePrisma } from '../lib/jobs/system-jobs';
import { isAppError } from '../lib/errors/app-error';
import { findTrustForSystemJob } from '../lib/trusts/system-job-trust';
import { describeProblem } from '../lib/indicators/problems';
import { importIndicatorCsv } from '../lib/indicators/import';
import { systemTenantContext } from '../lib/tenancy/system-context';
import { withConfiguredDatabase } from './lib/embedded-db';

const REASON = 'cli:indicators:import';
process.env.FAIRBOARD_QUIET_LOGS ??= '1';

const HELP = `Usage: npm run --silent indicators:import -- --trust <slug> --file <csv>

  --trust    The trust's slug, as in its web address /t/<slug> (npm run cli -- trusts:list shows them)
  --file     The CSV file in the indicator template (docs/INDICATORS.md)
`;

class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const argsSchema = z.object({
  trust: z
    .string({ error: '--trust is required' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]*$/, '--trust must be a trust slug: lower-case letters, digits and hyphens, like northfield-valley'),
  file: z.string({ error: '--file is required' }).trim().min(1, '--file must name a file'),
});

function parseCommandLine(argv: string[]): z.output<typeof argsSchema> | 'help' {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { trust: { type: 'string' }, file: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    throw new CommandError(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`, 2);
  }
  if (values.help) return 'help';
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new CommandError(`${parsed.error.issues.map((issue) => issue.message).join('\n')}\n\n${HELP}`, 2);
  return parsed.data;
}

async function run(args: z.output<typeof argsSchema>, bytes: Uint8Array): Promise<number> {
  const trust = await findTrustForSystemJob(args.trust, REASON);
  // The job acts as the executive lead would: the role that uploads figures in the app.
  const outcome = await importIndicatorCsv(systemTenantContext(trust, REASON, 'executive_lead'), { name: path.basename(args.file), bytes }, 'cli');
  if (!outcome.ok)
    throw new CommandError(`${args.file} was not imported; nothing was saved. Problems:\n${outcome.problems.map(describeProblem).join('\n')}`, 1);
  return outcome.imported;
}

async function main(argv: string[]): Promise<void> {
  const args = parseCommandLine(argv);
  if (args === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const bytes = await readFile(args.file).catch(() => {
    throw new CommandError(`Could not read ${args.file}: check the path.`, 1);
  });
  const imported = await withConfiguredDatabase(() => run(args, bytes));
  process.stdout.write(`${JSON.stringify({ imported })}\n`);
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    const message =
      error instanceof CommandError || isAppError(error) ? error.message : `the import failed: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`Error: ${message}\n`);
    process.exitCode = error instanceof CommandError ? error.exitCode : 1;
  })
  .finally(() => closePrisma());
