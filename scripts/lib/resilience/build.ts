import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanupRegistry } from './cleanup';

/** Builds the production app once when there is no build yet (`next start` needs one). */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(path.join('.next', 'BUILD_ID'))) return;
  console.log('No production build yet: running `npm run build` once…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npm run build` failed; see the messages above.');
}

let folder: string | undefined;

/** A temporary folder for this run's logs and configuration, removed at the end unless KEEP_RESILIENCE_LOGS is set. */
export function runFolder(): string {
  if (!folder) {
    const created = mkdtempSync(path.join(os.tmpdir(), 'fairboard-resilience-run-'));
    folder = created;
    cleanupRegistry.add('run folder', () => {
      if (process.env.KEEP_RESILIENCE_LOGS) console.log(`Logs kept in ${created}`);
      else rmSync(created, { recursive: true, force: true });
    });
  }
  return folder;
}
