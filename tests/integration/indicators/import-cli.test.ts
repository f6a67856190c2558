import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { resetDatabase } from '../setup/reset-db';
import { HEADER, indicatorTrust, waitingListCsv } from './indicator-fixtures';

// The import contract as a check runs it:
//   npm run --silent indicators:import -- --trust <slug> --file <csv>   →   {"imported": N}

type Run = { code: number; stdout: string; stderr: string };
function indicatorsImport(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'indicators:import', '--', ...args],
      { env: { ...process.env, FAIRBOARD_QUIET_LOGS: '1', npm_config_update_notifier: 'false' }, timeout: 90_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

let dir: string;
let slug: string;
let trustId: string;
beforeAll(async () => {
  await resetDatabase();
  const board = await indicatorTrust();
  slug = board.trust.slug;
  trustId = board.trust.id;
  dir = mkdtempSync(path.join(tmpdir(), 'fairboard-indicators-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run indicators:import', () => {
  it('imports a good file and prints {"imported": N}, audited as the command', async () => {
    const file = path.join(dir, 'waits.csv');
    writeFileSync(file, waitingListCsv());
    const run = await indicatorsImport(['--trust', slug, '--file', file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ imported: 6 });
    const upload = await getPrisma().indicatorUpload.findFirstOrThrow({ where: { trustId } });
    expect(upload).toMatchObject({ source: 'cli', fileName: 'waits.csv', createdById: null });
    expect((await getPrisma().auditEvent.findFirstOrThrow({ where: { trustId, tableName: 'IndicatorUpload' } })).actorLabel).toBe(
      'system:cli:indicators:import',
    );
  }, 120_000);

  it('refuses a bad file: non-zero, every problem with row and column on stderr, nothing saved', async () => {
    const before = await getPrisma().indicatorValue.count({ where: { trustId } });
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, `${HEADER}\nelective-wait-18w,2023/24,all,all,10,100,12\nmystery,2023/24,all,all,1,10,10\n`);
    const run = await indicatorsImport(['--trust', slug, '--file', file]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Row 2, column value');
    expect(run.stderr).toContain('Row 3, column indicator');
    expect(await getPrisma().indicatorValue.count({ where: { trustId } })).toBe(before);
  }, 120_000);

  it('names an unknown trust', async () => {
    const run = await indicatorsImport(['--trust', 'no-such-trust', '--file', path.join(dir, 'waits.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no trust with the slug "no-such-trust"');
  }, 120_000);
});

function indicatorsGap(input: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'npm',
      ['run', '--silent', 'indicators:gap'],
      { env: { ...process.env, npm_config_update_notifier: 'false' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
    child.stdin!.end(input);
  });
}

describe('npm run indicators:gap', () => {
  it('reads series on stdin and writes one object per series, one a line', async () => {
    const run = await indicatorsGap(
      JSON.stringify([
        {
          groups: [
            { rank: 1, population: 1, value: 0 },
            { rank: 2, population: 3, value: 4 },
          ],
        },
        {
          groups: [
            { rank: 2, population: 10, value: 5 },
            { rank: 1, population: 10, value: 10 },
          ],
        },
      ]),
    );
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ absoluteGap: 4, ratio: 0, sii: expect.closeTo(8, 9), rii: expect.closeTo(8 / 3, 9) });
    expect(lines[1]).toMatchObject({ absoluteGap: -5, ratio: 2 });
  }, 120_000);

  it('refuses bad input naming the series and field, printing nothing on stdout', async () => {
    const run = await indicatorsGap(
      JSON.stringify([
        {
          groups: [
            { rank: 1, population: 1, value: 0 },
            { rank: 2, population: 3, value: 4 },
          ],
        },
        {
          groups: [
            { rank: 1, population: 0, value: 1 },
            { rank: 2, population: 2, value: 2 },
          ],
        },
      ]),
    );
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('series 2: groups[0].population');
  }, 120_000);
});
