// Daily reminders for objective owners and the executive lead's digest, for cron:
//   npm run jobs:reminders [-- --date YYYY-MM-DD]
// Uses SMTP when SMTP_HOST (with SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_FROM) is set, otherwise
// leaves the messages in the in-app outbox. Running it twice on the same day sends nothing twice.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeDatabase as closePrisma } from '../lib/jobs/system-jobs';
import { isRealDate } from '../lib/forms/fields';
import { mailerFromEnv, MailerSettingsError, type Mailer } from '../lib/reminders/mailer';
import { runReminders, type ReminderRunSummary } from '../lib/reminders/run-reminders';
import { withConfiguredDatabase } from './lib/embedded-db';

const HELP = `Usage: npm run jobs:reminders [-- --date YYYY-MM-DD]

  --date   Run as if today were this UK date (default: today). Reminders are de-duplicated per day.
`;

class UsageError extends Error {}

const argsSchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '--date must be a date written as YYYY-MM-DD, like 2026-04-30')
    .refine(isRealDate, '--date must be a real date, like 2026-04-30')
    .optional(),
  help: z.boolean().optional(),
});

function parseCommandLine(argv: string[]): z.output<typeof argsSchema> {
  let values: unknown;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { date: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(`${parsed.error.issues.map((issue) => issue.message).join('\n')}\n\n${HELP}`);
  return parsed.data;
}

function describe(summary: ReminderRunSummary): string[] {
  const where = summary.transport === 'smtp' ? 'SMTP' : 'the in-app outbox (SMTP_HOST is not set)';
  return [
    `Reminders for ${summary.date}, through ${where}:`,
    `  objectives needing attention: ${summary.objectivesFlagged} in ${summary.trustsWithWork} trust(s)`,
    `  messages written: ${summary.messagesCreated} new, ${summary.messagesAlreadyThere} already written earlier today`,
    `  challenge notices written: ${summary.challengeNotices}`,
    ...(summary.transport === 'smtp' ? [`  sent: ${summary.sent}, failed: ${summary.failed}`] : []),
    ...(summary.ownersNotEmailed > 0 ? [`  owners who could not be e-mailed (no account, or left the board): ${summary.ownersNotEmailed}`] : []),
  ];
}

async function main(argv: string[]): Promise<void> {
  const args = parseCommandLine(argv);
  if (args.help) {
    console.log(HELP);
    return;
  }
  const now = args.date ? new Date(`${args.date}T12:00:00Z`) : new Date();
  const mailer: Mailer = mailerFromEnv();
  try {
    const summary = await withConfiguredDatabase(() => runReminders(now, mailer));
    for (const line of describe(summary)) console.log(line);
    if (summary.failed > 0) {
      console.error(`Error: ${summary.failed} message(s) could not be sent. They stay unsent and are retried when the job runs again today.`);
      process.exitCode = 1;
    }
  } finally {
    if (mailer.transport === 'smtp') mailer.close();
  }
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof UsageError || error instanceof MailerSettingsError) {
      console.error(`Error: ${error.message}`);
    } else {
      console.error(`Error: the reminders job failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  })
  .finally(() => closePrisma());
