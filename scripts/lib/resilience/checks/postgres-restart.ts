import type { CheckRecorder } from '../report';
import type { AppServer } from '../app-server';
import type { Cluster } from '../postgres-cluster';
import { withClient } from '../postgres-cluster';
import { APP_DATABASE } from '../database';
import { currentDraftAssessment, QUESTION_REFS, signedIn } from '../demo';
import { errorWindow, runLoad } from '../load';
import { verifyAnswers } from '../answer-ledger';

const CLIENTS = 6;
const BEFORE_MS = 4_000;
const AFTER_MS = 12_000;
const MAX_ERROR_WINDOW_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The app's server connections, counted by state, e.g. "idle 4, active 1". */
async function connectionStates(cluster: Cluster): Promise<string> {
  const { rows } = await withClient(cluster.url('postgres'), (client) =>
    client.query<{ state: string; count: string }>(
      `SELECT coalesce(state, 'unknown') AS state, count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() GROUP BY 1 ORDER BY 1`,
      [APP_DATABASE],
    ),
  );
  return rows.map((row) => `${row.state} ${row.count}`).join(', ') || 'none';
}

/**
 * Signed-in clients read and save answers through the app while PostgreSQL is restarted, first
 * with `-m fast` (clients disconnected cleanly) and then `-m immediate` (as after a crash). The
 * app must live on, recover within the window, and lose or half-write nothing.
 */
export async function checkPostgresRestart(cluster: Cluster, app: AppServer, check: CheckRecorder): Promise<void> {
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => signedIn(app.baseUrl)));
  const assessmentPath = await currentDraftAssessment(clients[0]!, cluster.url(APP_DATABASE));
  const assessmentId = assessmentPath.split('/').at(-1)!;
  const refs = QUESTION_REFS.slice(0, CLIENTS);

  for (const mode of ['fast', 'immediate'] as const) {
    let stopAt = Number.POSITIVE_INFINITY;
    const load = runLoad(clients, assessmentPath, refs, () => Date.now() >= stopAt, `restart-${mode}`);
    await sleep(BEFORE_MS);
    const restartMs = await cluster.restart(mode);
    const restartedAt = Date.now();
    stopAt = restartedAt + AFTER_MS;
    const { samples, writes } = await load;
    const window = errorWindow(samples, restartedAt);
    const ledger = await verifyAnswers(cluster.url(APP_DATABASE), assessmentId, writes);
    const lastPerClient = refs.map((ref) => writes.filter((write) => write.ref === ref).at(-1)?.outcome);

    const prefix = `-m ${mode}:`;
    check.figure(`${prefix} app connections by state afterwards`, await connectionStates(cluster));
    check.figure(`${prefix} pg_ctl restart ms`, restartMs);
    check.figure(`${prefix} requests`, samples.length);
    check.figure(`${prefix} failed requests`, window.failed);
    check.figure(`${prefix} error window ms`, Number.isFinite(window.windowMs) ? window.windowMs : 'no successful request after the first failure');
    check.figure(`${prefix} failures after recovery`, window.failuresAfterRecovery);
    check.figure(`${prefix} accepted writes`, ledger.accepted);
    check.figure(`${prefix} failed writes that were stored anyway`, ledger.failedButStored);
    check.expect(app.alive(), `${prefix} the app process died:\n${app.logTail()}`);
    check.expect(
      window.windowMs <= MAX_ERROR_WINDOW_MS,
      `${prefix} the error window (${Number.isFinite(window.windowMs) ? `${window.windowMs} ms` : 'the app never recovered while the load ran'}) is over ${MAX_ERROR_WINDOW_MS} ms`,
    );
    if (!Number.isFinite(window.windowMs)) check.expect(false, `${prefix} the app's log ends:\n${app.logTail(12)}`);
    check.expect(window.failuresAfterRecovery === 0, `${prefix} ${window.failuresAfterRecovery} requests failed after the app had recovered`);
    check.expect(
      lastPerClient.every((outcome) => outcome === 'saved'),
      `${prefix} a client's last write (well after recovery) was not accepted: ${lastPerClient.join(', ')}`,
    );
    check.expect(ledger.accepted > 0, `${prefix} no write was accepted, so nothing was proved`);
    for (const problem of ledger.problems) check.expect(false, `${prefix} ${problem}`);
  }

  const idle = await withClient(cluster.url(APP_DATABASE), (client) =>
    client.query<{ count: string }>(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`),
  );
  check.figure('connections idle in transaction afterwards', Number(idle.rows[0]!.count));
  check.expect(Number(idle.rows[0]!.count) === 0, 'connections were left idle in a transaction');
}
