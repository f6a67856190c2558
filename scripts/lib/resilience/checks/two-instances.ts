import type { CheckRecorder } from '../report';
import { startApp, type AppOptions } from '../app-server';
import { withClient, type Cluster } from '../postgres-cluster';
import { APP_DATABASE } from '../database';
import { currentDraftAssessment, postAnswer, QUESTION_REFS, saveAnswer, signedIn, TRUST } from '../demo';
import { verifyAnswers, type WriteOutcome } from '../answer-ledger';
import { startNginx } from '../nginx';
import type { HttpVisitor } from '../http-client';

const EDITORS = 8;
const ROUNDS = 5;
const RACES = 20;

/** Which instance answered each of `count` requests for the trust's home page through nginx. */
async function upstreamsSeen(visitor: HttpVisitor, count: number): Promise<{ ok: number; upstreams: Set<string> }> {
  const upstreams = new Set<string>();
  let ok = 0;
  for (let index = 0; index < count; index += 1) {
    const reply = await visitor.get(TRUST);
    if (reply.status === 200) ok += 1;
    upstreams.add(reply.headers.get('x-upstream') ?? 'none');
  }
  return { ok, upstreams };
}

/** Two people load the same answer, then save at the same moment, each through a different instance. */
async function race(first: HttpVisitor, second: HttpVisitor, path: string, label: string): Promise<WriteOutcome[]> {
  const [one, two] = await Promise.all([first.formOn(path, 'Save and continue'), second.formOn(path, 'Save and continue')]);
  const ref = path.split('/').at(-1)!;
  const notes = [`${label} first`, `${label} second`];
  const outcomes = await Promise.all([postAnswer(first, path, one, notes[0]!), postAnswer(second, path, two, notes[1]!)]);
  return outcomes.map((outcome, index) => ({ ref, note: notes[index]!, outcome: outcome === 'saved' || outcome === 'conflict' ? outcome : 'failed' }));
}

/**
 * Two app processes (scripts/serve.ts) on one database behind nginx: a session made through the proxy works
 * on both; server actions pass Next.js's origin check behind the proxy; the client address comes
 * from the proxy's hop; concurrent edits through both lose nothing and every conflict is reported.
 */
export async function checkTwoInstances(
  cluster: Cluster,
  options: AppOptions,
  ports: [number, number],
  proxyPort: number,
  check: CheckRecorder,
): Promise<void> {
  const publicUrl = `http://127.0.0.1:${proxyPort}`;
  const apps = await Promise.all(ports.map((port) => startApp({ ...options, port, publicUrl })));
  const proxy = await startNginx(options.logDir, proxyPort, [...ports]);
  try {
    const databaseUrl = cluster.url(APP_DATABASE);
    const visitor = await signedIn(publicUrl);
    const seen = await upstreamsSeen(visitor, 6);
    check.figure('pages through nginx after one sign-in', `${seen.ok}/6 answered 200, from ${[...seen.upstreams].sort().join(' and ')}`);
    check.expect(seen.ok === 6, 'the session made through nginx was refused on some requests');
    check.expect(
      ports.every((port) => seen.upstreams.has(`127.0.0.1:${port}`)),
      `round robin did not reach both instances: ${[...seen.upstreams].join(', ')}`,
    );
    for (const app of apps) {
      const direct = await visitor.via(app.baseUrl).get(TRUST);
      check.figure(`same session cookie straight to port ${app.port}`, direct.status);
      check.expect(direct.status === 200, `the session cookie was refused by the instance on port ${app.port} (status ${direct.status})`);
    }

    const assessmentPath = await currentDraftAssessment(visitor, databaseUrl);
    const assessmentId = assessmentPath.split('/').at(-1)!;
    const proxied = await saveAnswer(visitor, assessmentPath, QUESTION_REFS[0]!, 'saved through nginx');
    check.figure('server action posted through nginx', proxied);
    check.expect(proxied === 'saved', `a server action through nginx was not accepted (${proxied}): origin or host handling behind the proxy`);

    // A failed sign-in through the proxy with a forged X-Forwarded-For is counted against the
    // address nginx saw, not the one the client claimed.
    const csrf = JSON.parse((await visitor.get('/api/auth/csrf')).html) as { csrfToken: string };
    await visitor.request('/api/auth/callback/credentials', {
      method: 'POST',
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, email: 'nobody@demo.fairboard.test', password: 'wrong-password-1', json: 'true' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: publicUrl, 'X-Forwarded-For': '203.0.113.9' },
    });
    const keys = await withClient(databaseUrl, async (client) =>
      (await client.query<{ key: string }>(`SELECT key FROM "SignInThrottle" WHERE key LIKE 'address:%'`)).rows.map((row) => row.key),
    );
    check.figure('throttle keys after a forged X-Forwarded-For', keys.join(', '));
    check.expect(keys.includes('address:127.0.0.1') && !keys.includes('address:203.0.113.9'), 'the client address was not taken from the proxy hop');

    // Editors on different answers at once, through nginx (so through both instances).
    const editors = await Promise.all(Array.from({ length: EDITORS }, () => signedIn(publicUrl)));
    const writes: WriteOutcome[] = [];
    await Promise.all(
      editors.map(async (editor, index) => {
        const ref = QUESTION_REFS[index + 1]!;
        for (let round = 0; round < ROUNDS; round += 1) {
          const note = `two instances editor ${index} round ${round}`;
          const outcome = await saveAnswer(editor, assessmentPath, ref, note).catch((error: unknown) => String(error));
          writes.push({ ref, note, outcome: outcome === 'saved' || outcome === 'conflict' ? outcome : 'failed' });
        }
      }),
    );
    // Same-answer races, one editor on each instance directly.
    const racePath = `${assessmentPath}/questions/${QUESTION_REFS[EDITORS + 1]!}`;
    const [onFirst, onSecond] = [editors[0]!.via(apps[0]!.baseUrl), editors[1]!.via(apps[1]!.baseUrl)];
    const raceOutcomes: WriteOutcome[][] = [];
    for (let index = 0; index < RACES; index += 1) raceOutcomes.push(await race(onFirst, onSecond, racePath, `race ${index}`));
    writes.push(...raceOutcomes.flat());

    const ledger = await verifyAnswers(databaseUrl, assessmentId, writes);
    const distinct = writes.filter((write) => !write.note.startsWith('race'));
    const clean = raceOutcomes.filter(
      (pair) => pair.filter((write) => write.outcome === 'saved').length === 1 && pair.filter((write) => write.outcome === 'conflict').length === 1,
    ).length;
    const bothSaved = raceOutcomes.filter((pair) => pair.every((write) => write.outcome === 'saved')).length;
    check.figure('edits to different answers accepted', `${distinct.filter((write) => write.outcome === 'saved').length}/${distinct.length}`);
    check.figure('same-answer races across the two instances', RACES);
    check.figure('races with one save and one reported conflict', clean);
    check.figure('races where both saves were accepted (lost updates)', bothSaved);
    check.figure('accepted writes missing from the database', ledger.problems.filter((problem) => problem.includes('accepted write')).length);
    check.expect(
      distinct.every((write) => write.outcome === 'saved'),
      'an edit to an answer nobody else was editing was not accepted',
    );
    // Both people loaded the same version, so exactly one save may win and the other must be told.
    check.expect(bothSaved === 0, `${bothSaved} races lost an update: both saves of the same version were accepted`);
    check.expect(clean === RACES, `${RACES - clean} races did not end with one save and one reported conflict`);
    for (const problem of ledger.problems) check.expect(false, problem);
    for (const app of apps) check.expect(app.alive(), `the instance on port ${app.port} died:\n${app.logTail()}`);
  } finally {
    await proxy.stop();
    await Promise.all(apps.map((app) => app.stop()));
  }
}
