import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanupRegistry } from './cleanup';

const SOURCE_FOLDERS = ['app', 'lib', 'components', 'public'];

/** The newest modification time of the app's source files, in milliseconds. */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'generated' || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the production app (`next start` needs one) when there is none, or when a source file
 * changed after it was built: a stale build would test code that is no longer there.
 */
export async function ensureBuilt(): Promise<void> {
  const buildId = path.join('.next', 'BUILD_ID');
  if (existsSync(buildId)) {
    const builtAt = statSync(buildId).mtimeMs;
    if (SOURCE_FOLDERS.filter(existsSync).every((folder) => newestSource(folder) <= builtAt)) return;
    console.log('The production build is older than the source: running `npm run build`…');
  } else console.log('No production build yet: running `npm run build` once…');
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
