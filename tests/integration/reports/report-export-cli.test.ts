import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { DOMAINS } from '../../../lib/catalogue/domains';
import { SECTION_HEADINGS } from '../../../lib/reports/report-text';
import { resetDatabase } from '../setup/reset-db';
import { MIXED_ANSWERS } from '../assessments/assessment-fixtures';
import { poppler, squash } from '../../unit/reports/support/read-pdf';
import { approveEveryNarrative, importedYear, reportingTrust } from './report-fixtures';
import { sectionsOfferedTo } from '../../../lib/reports/snapshot';

// The export contract, run as a user or a check would run it:
//   npm run --silent report:export -- --trust <slug> --year <YYYY/YY> --format <pdf|docx|csv> --out <file>
// against this run's database (DATABASE_URL is the test database here).

type Run = { code: number; stdout: string; stderr: string };

function reportExport(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'report:export', '--', ...args],
      { env: { ...process.env, FAIRBOARD_QUIET_LOGS: '1', npm_config_update_notifier: 'false' }, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({
          code,
          stdout,
          stderr: stderr
            .split('\n')
            .filter((line) => !line.startsWith('npm warn'))
            .join('\n'),
        });
      },
    );
  });
}

let dir: string;
let trustName: string;
let slug: string;

beforeAll(async () => {
  await resetDatabase();
  const t = await reportingTrust({ name: 'Command Line Hospitals NHS Trust' });
  trustName = t.trust.name;
  slug = t.trust.slug;
  await importedYear(t.lead, 2025, MIXED_ANSWERS);
  // The annual report needs its sections approved; every one is written, so every one is exported.
  await approveEveryNarrative(t.cosec, 2025);
  dir = mkdtempSync(path.join(tmpdir(), 'fairboard-report-export-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run report:export', () => {
  it('writes an accessible PDF with the trust’s name, the section headings and the domain names, and records the export', async () => {
    const out = path.join(dir, 'report.pdf');

    const run = await reportExport(['--trust', slug, '--year', '2025/26', '--format', 'pdf', '--out', out]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = squash(poppler('pdftotext', [out, '-']));
    expect(text).toContain(trustName);
    for (const domain of DOMAINS) expect(text).toContain(domain.label);
    for (const id of sectionsOfferedTo('acute')) expect(text).toContain(SECTION_HEADINGS[id]);
    expect(poppler('pdfinfo', [out])).toMatch(/^Tagged:\s+yes$/m);

    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(run.stdout).toContain(sha256);
    const recorded = await getPrisma().reportExport.findFirstOrThrow({ where: { sha256 } });
    expect(recorded).toMatchObject({ status: 'complete', format: 'pdf', variant: 'annual_report', createdById: null, financialYear: 2025 });
    const audit = await getPrisma().auditEvent.findFirstOrThrow({ where: { tableName: 'ReportExport', rowId: recorded.id, action: 'insert' } });
    expect(audit).toMatchObject({ actorLabel: 'system:cli:report:export', actorUserId: null, trustId: recorded.trustId });
  }, 120_000);

  it('writes Word and CSV files too', async () => {
    const word = path.join(dir, 'report.docx');
    const csv = path.join(dir, 'report.csv');

    expect((await reportExport(['--trust', slug, '--year', '2025/26', '--format', 'docx', '--out', word])).code).toBe(0);
    expect((await reportExport(['--trust', slug, '--year', '2025-26', '--format', 'csv', '--out', csv])).code).toBe(0);

    expect(readFileSync(word).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(csv, 'utf8')).toContain(trustName);
  }, 120_000);

  it.each([
    ['an unknown trust', ['--trust', 'no-such-trust', '--year', '2025/26', '--format', 'pdf'], /no trust with the slug "no-such-trust"/],
    ['a year with no assessment', ['--trust', '<slug>', '--year', '2019/20', '--format', 'pdf'], /no self-assessment for 2019\/20/],
    ['an unknown format', ['--trust', '<slug>', '--year', '2025/26', '--format', 'odt'], /--format must be pdf, docx or csv, not "odt"/],
    ['a badly written year', ['--trust', '<slug>', '--year', '2025', '--format', 'pdf'], /--year must be a financial year written like 2025\/26/],
    ['a missing argument', ['--trust', '<slug>', '--format', 'pdf'], /--year is required/],
  ])(
    'fails clearly for %s, writing nothing',
    async (_name, args, message) => {
      const out = path.join(dir, `failed-${Date.now()}.pdf`);
      const before = await getPrisma().reportExport.count();

      const run = await reportExport([...args.map((arg) => (arg === '<slug>' ? slug : arg)), '--out', out]);

      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/^Error: /);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((name) => name.startsWith('.report-export-'))).toEqual([]);
      expect(await getPrisma().reportExport.count()).toBe(before);
    },
    120_000,
  );
});
