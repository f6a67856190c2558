// Writes one trust's annual-report export for one financial year (the core sections and every
// optional section the trust has written, the annual-report variant, which needs them approved) to a file, from the current database (the embedded one when DATABASE_URL is unset):
//   npm run --silent report:export -- --trust <slug> --year <YYYY/YY> --format <pdf|docx|csv> --out <file>
// The export is recorded like one made in the app (pending, then complete with its SHA-256), by
// the job "system:cli:report:export" rather than a user, and the file written is the stored one.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatFinancialYear, parseFinancialYear } from '../lib/calendar/financial-year';
import { closeDatabase as closePrisma } from '../lib/jobs/system-jobs';
import { isAppError } from '../lib/errors/app-error';
import { findTrustForSystemJob } from '../lib/trusts/system-job-trust';
import { completeReportExport, readReportExportFile, startReportExport } from '../lib/reports/exports';
import { EXPORT_FORMATS } from '../lib/reports/schemas';
import { sectionsOfferedTo } from '../lib/reports/snapshot';
import { listNarratives } from '../lib/reports/narratives';
import { isOptionalSectionId } from '../lib/reports/optional-sections';
import { systemTenantContext } from '../lib/tenancy/system-context';
import { withConfiguredDatabase } from './lib/embedded-db';
import { assertWritable, OutputFileError, writeWhole } from './lib/output-file';

const REASON = 'cli:report:export';
// The app's JSON progress lines are for servers; this command says what it did in one sentence.
process.env.FAIRBOARD_QUIET_LOGS ??= '1';

const HELP = `Usage: npm run --silent report:export -- --trust <slug> --year <YYYY/YY> --format <pdf|docx|csv> --out <file>

  --trust    The trust's slug, as in its web address /t/<slug> (npm run cli -- trusts:list shows them)
  --year     The financial year, for example 2025/26
  --format   pdf, docx (Word) or csv (the figures)
  --out      The file to write; it is replaced if it exists
`;

class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const usage = (message: string) => new CommandError(`${message}\n\n${HELP}`, 2);

const argsSchema = z.object({
  trust: z
    .string({ error: '--trust is required' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]*$/, '--trust must be a trust slug: lower-case letters, digits and hyphens, like northfield-valley'),
  year: z.string({ error: '--year is required' }).transform((text, context) => {
    const year = parseFinancialYear(text);
    if (year === null) {
      context.addIssue({ code: 'custom', message: `--year must be a financial year written like 2025/26, not "${text}"` });
      return z.NEVER;
    }
    return year;
  }),
  format: z.enum(EXPORT_FORMATS, {
    error: (issue) => (issue.input === undefined ? '--format is required' : `--format must be pdf, docx or csv, not "${String(issue.input)}"`),
  }),
  out: z.string({ error: '--out is required' }).trim().min(1, '--out must name a file'),
});

type Args = z.output<typeof argsSchema>;

function parseCommandLine(argv: string[]): Args | 'help' {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { trust: { type: 'string' }, year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw usage(parsed.error.issues.map((issue) => issue.message).join('\n'));
  return parsed.data;
}

async function exportReport(args: Args): Promise<string> {
  const trust = await findTrustForSystemJob(args.trust, REASON).catch((error: unknown) => {
    throw isAppError(error) && error.code === 'NOT_FOUND' ? new CommandError(error.message, 1) : error;
  });
  const ctx = systemTenantContext(trust, REASON);
  const written = new Set((await listNarratives(ctx, args.year)).filter((narrative) => narrative.isWritten).map((narrative) => narrative.id));
  const sections = sectionsOfferedTo(trust.type).filter((id) => !isOptionalSectionId(id) || written.has(id));
  const started = await startReportExport(ctx, { financialYear: args.year, sections, variant: 'annual-report', format: args.format }).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === 'NOT_FOUND') {
        throw new CommandError(`${trust.name} has no self-assessment for ${formatFinancialYear(args.year)}, so there is nothing to export for that year.`, 1);
      }
      if (isAppError(error) && error.code === 'INVALID_STATE') throw new CommandError(error.message, 1);
      throw error;
    },
  );
  const outcome = await completeReportExport(ctx, started);
  if (outcome.status !== 'complete')
    throw new CommandError(`The ${args.format} file for ${trust.name} could not be produced (export ${started.id} is recorded as failed).`, 1);
  const file = await readReportExportFile(ctx, started.id);
  await writeWhole(args.out, file.content);
  return `Wrote ${args.out}: ${trust.name}, ${formatFinancialYear(args.year)}${started.snapshot.status === 'draft' ? ' (DRAFT: the assessment is not approved)' : ''}, ${file.byteLength} bytes, SHA-256 ${file.sha256}, export ${started.id}.`;
}

async function main(argv: string[]): Promise<void> {
  const args = parseCommandLine(argv);
  if (args === 'help') {
    process.stdout.write(HELP);
    return;
  }
  await assertWritable(args.out);
  const summary = await withConfiguredDatabase(() => exportReport(args));
  process.stdout.write(`${summary}\n`);
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof CommandError || error instanceof OutputFileError) {
      process.stderr.write(`Error: ${error.message}\n`);
      process.exitCode = error instanceof CommandError ? error.exitCode : 1;
    } else {
      process.stderr.write(`Error: the export failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  })
  .finally(() => closePrisma());
