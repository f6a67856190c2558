import type { CheckRecorder } from '../report';
import { startApp, type AppOptions, type AppServer } from '../app-server';
import { withClient, type Cluster } from '../postgres-cluster';
import { APP_DATABASE } from '../database';
import { EXPORTER_EMAIL, signedIn, TRUST } from '../demo';
import type { HttpVisitor } from '../http-client';
import { agePendingExports, exportRows, postExport, verifyExports } from '../export-records';
import { STALLED_REASON } from '../../../../lib/reports/exports';

const KILLS = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The newest approved year of Southmoor's demo data, the year every export reports on. */
async function reportYear(databaseUrl: string): Promise<number> {
  const { rows } = await withClient(databaseUrl, (client) =>
    client.query<{ year: number }>(
      `SELECT max(a."financialYear") AS year FROM "Assessment" a JOIN "Trust" t ON t.id = a."trustId" WHERE t.slug = 'southmoor' AND a.status = 'approved'`,
    ),
  );
  return rows[0]!.year;
}

/** Starts an export and waits until its record is no longer pending; returns how long that took from the post. */
async function exportToCompletion(visitor: HttpVisitor, databaseUrl: string, year: number): Promise<{ id: string; ms: number; status: string }> {
  const fields = await visitor.formOn(`${TRUST}/reports/export`, 'Start export');
  const started = Date.now();
  const reply = await postExport(visitor, fields, year);
  const id = reply.location?.split('/').at(-1);
  if (reply.status !== 303 || !id) throw new Error(`Starting an export answered ${reply.status}`);
  for (let polls = 0; polls < 600; polls += 1) {
    const row = (await exportRows(databaseUrl)).find((candidate) => candidate.id === id);
    if (row && row.status !== 'pending') return { id, ms: Date.now() - started, status: row.status };
    await sleep(50);
  }
  throw new Error(`Export ${id} was still pending after 30 s`);
}

/**
 * The app is killed with SIGKILL at spread-out moments of an export's life (from the form post to
 * the stored file), restarted each time, and the records checked: never a partial export,
 * recorded or downloadable. Then the ten-minute rule and a retried export.
 */
export async function checkExportKill(cluster: Cluster, options: AppOptions, check: CheckRecorder): Promise<void> {
  const databaseUrl = cluster.url(APP_DATABASE);
  let app: AppServer = await startApp(options);
  try {
    // One sign-in for the whole check: the session is a database row, so it outlives the process.
    const exporter = await signedIn(app.baseUrl, EXPORTER_EMAIL);
    const year = await reportYear(databaseUrl);
    // The first export after a start, as each one after a kill is: it is the slowest.
    const baseline = await exportToCompletion(exporter, databaseUrl, year);
    check.figure('export life, form post to stored file, ms', baseline.ms);
    check.expect(baseline.status === 'complete', `the baseline export ended ${baseline.status}`);

    const offsets = Array.from({ length: KILLS }, (_, index) => Math.round(((index + Math.random()) / KILLS) * baseline.ms * 1.2));
    const restarts: number[] = [];
    let answeredBeforeKill = 0;
    for (const offset of offsets) {
      const fields = await exporter.formOn(`${TRUST}/reports/export`, 'Start export');
      const posted = postExport(exporter, fields, year).then(
        (reply) => reply.status === 303,
        () => false,
      );
      await sleep(offset);
      await app.kill9();
      if (await posted) answeredBeforeKill += 1;
      const started = Date.now();
      app = await startApp(options);
      restarts.push(Date.now() - started);
      const { problems } = await verifyExports(databaseUrl, exporter);
      for (const problem of problems) check.expect(false, `after a kill at ${offset} ms: ${problem}`);
    }
    const afterKills = await exportRows(databaseUrl);
    check.figure('kill points, ms after the form post', offsets.join(', '));
    check.figure('kills', KILLS);
    check.figure('export posts answered before the kill', answeredBeforeKill);
    check.figure(
      'records after the kills: complete / failed / pending',
      ['complete', 'failed', 'pending'].map((status) => afterKills.filter((row) => row.status === status).length).join(' / '),
    );
    check.figure('app restart to serving, median ms', [...restarts].sort((a, b) => a - b)[Math.floor(restarts.length / 2)]!);

    // Ten minutes later (simulated), a stalled export reads as failed and is marked failed when
    // the trust exports again; that retried export succeeds.
    const stalled = afterKills.filter((row) => row.status === 'pending').map((row) => row.id);
    check.figure('pending records aged past the ten-minute rule', await agePendingExports(databaseUrl));
    if (stalled[0]) {
      const page = await exporter.get(`${TRUST}/reports/exports/${stalled[0]}`);
      check.expect(
        page.status === 200 && page.html.includes(STALLED_REASON.replace(/'/g, '&#x27;')),
        `a stalled export's page does not say it stopped (status ${page.status})`,
      );
    }
    const retried = await exportToCompletion(exporter, databaseUrl, year);
    check.expect(retried.status === 'complete', `the retried export ended ${retried.status}`);
    const final = await verifyExports(databaseUrl, exporter);
    for (const problem of final.problems) check.expect(false, `after the retry: ${problem}`);
    const stillPending = final.rows.filter((row) => stalled.includes(row.id) && row.status !== 'failed');
    check.figure('stalled records marked failed by the next export', stalled.length - stillPending.length);
    check.expect(stillPending.length === 0, `${stillPending.length} stalled exports were not marked failed by the next export`);
    check.figure('retried export', `${retried.status} in ${retried.ms} ms, download SHA-256 matches`);
    check.expect(app.alive(), `the restarted app died:\n${app.logTail()}`);
  } finally {
    await app.stop();
  }
}
