import { spawnSync } from 'node:child_process';
import { inject } from 'vitest';

/** Runs `npm run cli -- …` against the test database, as an operator would, and says what came back. */
export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL: inject('databaseUrl'), FAIRBOARD_QUIET_LOGS: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
