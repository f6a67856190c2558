import { parseArgs } from 'node:util';
import { createTrustSchema, disableUserSchema, exportTrustSchema, unlockUserSchema } from '../lib/operator/schemas';
import { createTrustWithAdministrator, disableUser, exportTrustForOperator, listTrusts, unlockUser } from '../lib/operator/commands';
import { closeDatabase as closePrisma } from '../lib/jobs/system-jobs';
import { isAppError } from '../lib/errors/app-error';
import { trustTypeLabel, regionLabel } from '../lib/trusts/labels';
import { absoluteUrl, invitationPath, trustPath } from '../lib/routes/paths';
import type { z } from 'zod';
import { withConfiguredDatabase } from './lib/embedded-db';
import { assertWritable, OutputFileError, writeWhole } from './lib/output-file';

const HELP = `Fairboard operator commands (against DATABASE_URL, or the embedded database when it is unset)

  npm run cli -- trust:create --name "<full name>" --ods <ODS code> --slug <url-slug> \\
       --type <acute|mental_health_learning_disability|community|ambulance|acute_and_community|specialist> \\
       --region <north_east_and_yorkshire|north_west|midlands|east_of_england|london|south_east|south_west> \\
       --ics "<integrated care system>" --admin-email <email>
      Creates a trust and prints a single-use link for its first administrator.
  npm run cli -- trusts:list [--json]
  npm run cli -- user:disable --email <email>
      Disables the account and ends its sessions at once.
  npm run cli -- user:unlock --email <email>
      Lets the person sign in again at once: clears the sign-in delays held against the account.
  npm run --silent cli -- trust:export --trust <slug> --out <file.zip>
      Writes everything the trust holds, its audit trail included, as a zip of one JSON file per
      table and a manifest with each file's row count and SHA-256. The export is audited.
`;

class UsageError extends Error {}

function parseOrExplain<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  return parsed.data;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      name: { type: 'string' },
      ods: { type: 'string' },
      slug: { type: 'string' },
      type: { type: 'string' },
      region: { type: 'string' },
      ics: { type: 'string' },
      'admin-email': { type: 'string' },
      email: { type: 'string' },
      json: { type: 'boolean' },
      trust: { type: 'string' },
      out: { type: 'string' },
    },
  });
  switch (command) {
    case 'trust:create': {
      const input = parseOrExplain(createTrustSchema, { ...values, adminEmail: values['admin-email'] });
      const { slug, invitationToken } = await createTrustWithAdministrator(input);
      const origin = process.env.NEXTAUTH_URL ?? 'http://localhost:3000';
      console.log(`Created ${input.name} at ${trustPath(slug)}.`);
      console.log(`Send this single-use link to ${input.adminEmail} (it expires in 7 days):\n${absoluteUrl(origin, invitationPath(invitationToken))}`);
      return;
    }
    case 'trusts:list': {
      const trusts = await listTrusts();
      if (values.json) {
        console.log(JSON.stringify(trusts));
      } else if (trusts.length === 0) {
        console.log('No trusts yet.');
      } else {
        for (const t of trusts) console.log(`${t.slug}\t${t.odsCode}\t${t.name}\t${trustTypeLabel(t.type)}\t${regionLabel(t.region)}`);
      }
      return;
    }
    case 'user:disable': {
      const { email } = parseOrExplain(disableUserSchema, values);
      await disableUser(email);
      console.log(`Disabled ${email} and ended their sessions.`);
      return;
    }
    case 'user:unlock': {
      const { email } = parseOrExplain(unlockUserSchema, values);
      const cleared = await unlockUser(email);
      console.log(
        cleared === 0 ? `${email} had no sign-in delays to clear.` : `Cleared ${cleared} sign-in counter(s) for ${email}; they can sign in again now.`,
      );
      return;
    }
    case 'trust:export': {
      const { trust, out } = parseOrExplain(exportTrustSchema, values);
      await assertWritable(out);
      const exported = await exportTrustForOperator(trust);
      await writeWhole(out, exported.zip);
      const rows = exported.manifest.files.reduce((sum, file) => sum + file.rows, 0);
      console.log(
        `Wrote ${out}: ${exported.manifest.trust.name}, ${exported.manifest.files.length} tables, ${rows} rows, ${exported.zip.length} bytes, SHA-256 ${exported.sha256}.`,
      );
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return;
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${HELP}`);
  }
}

withConfiguredDatabase(() => main(process.argv.slice(2)))
  .catch((error: unknown) => {
    if (error instanceof UsageError || error instanceof OutputFileError || isAppError(error)) {
      console.error(`Error: ${error.message}`);
    } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`Error: ${error.message}\n\n${HELP}`);
    } else if (error instanceof Error && /ECONNREFUSED|connect/i.test(error.message)) {
      console.error('Error: cannot reach the database. Start the app (npm start) or set DATABASE_URL.');
    } else {
      console.error('Error:', error instanceof Error ? error.message : error);
    }
    process.exitCode = 1;
  })
  .finally(() => closePrisma());
