import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { databasePoolSize } from '../../../lib/db/database-url';
import { withSystem } from '../../../lib/db/with-tenant';
import { AnswerConflictError } from '../../../lib/assessments/answer-dto';
import { saveAnswer } from '../../../lib/assessments/answer-mutations';
import { startAssessment } from '../../../lib/assessments/mutations';
import { QUESTIONS } from '../../../lib/assessments/question-bank';
import type { AnswerValue } from '../../../lib/assessments/scoring';
import { createObjective, updateObjective } from '../../../lib/objectives/mutations';
import { ObjectiveConflictError } from '../../../lib/objectives/objective-dto';
import type { TenantContext } from '../../../lib/tenancy/context';
import type { MemberRole } from '../../../lib/tenancy/roles';
import { writeFigures } from '../../support/security-action-matrix';
import { createTestTrust, createTestUser, type TestTrust } from '../../support/fixtures';
import { NOW, parseCreate, parseUpdate, smartForm } from '../objectives/objective-fixtures';
import { resetDatabase } from '../setup/reset-db';
import { expectedVersionAudit, interleaved, lastAuditId, runRaces, seededRandom, versionAudit, type RaceTally } from './race-runner';

/**
 * Optimistic locking under load: editors of the same trust load a record at the same version and
 * save different values at once. Every race must have exactly one winner whose value is stored;
 * every other editor must be told, with the value now saved and what they typed kept; the version
 * must count the wins; and the audit trail must hold exactly one row per successful save.
 */
const RACES = 1_000;
/** The three-editor variant is the same check with one more rival; fewer races keep the CI run short. */
const THREE_EDITOR_RACES = 300;
/** Records raced on; each group of races takes one record each. */
const RECORDS = 10;
/**
 * Races run at once: as many as the connection pool can hold with every editor's transaction open
 * (PGlite's pool is 4, so one or two), so a save waits for a rival's lock, never for a connection.
 */
const POOL_SIZE = databasePoolSize();
const groupSize = (editors: number) => Math.min(RECORDS, Math.max(1, Math.floor(POOL_SIZE / editors)));
const SEED = Number(process.env.RACE_SEED ?? 20261201);

type Editor = TenantContext & { displayName: string };
type Win = { rowId: string; userId: string; from: number };
const figures: Record<string, Omit<RaceTally, 'problems'> & { problems: number; editors: number }> = {};

let trust: TestTrust;

async function editor(role: MemberRole, displayName: string): Promise<Editor> {
  const user = await createTestUser({ displayName });
  await withSystem('test-fixture', (tx) => tx.membership.create({ data: { trustId: trust.id, userId: user.id, role } }));
  return { trustId: trust.id, trustSlug: trust.slug, trustName: trust.name, userId: user.id, role, isChair: false, displayName };
}

/** Who won, or what went wrong: exactly one save may succeed. */
function soleWinner<T>(results: PromiseSettledResult<T>[], label: string, tally: RaceTally): number | null {
  const won = results.flatMap((result, index) => (result.status === 'fulfilled' ? [index] : []));
  tally.saves += results.length;
  tally.winners += won.length;
  if (won.length === 1) return won[0]!;
  tally.problems.push(`${label}: ${won.length} saves succeeded`);
  return null;
}

function record(name: string, tally: RaceTally, editors: number): void {
  const { problems, ...rest } = tally;
  figures[name] = { ...rest, problems: problems.length, editors };
  console.log(
    `${name}: ${tally.races} races, ${tally.saves} saves, ${tally.winners} winners, ${tally.conflicts} conflicts, ${tally.lostUpdates} lost updates, ${tally.ms} ms`,
  );
}

describe('concurrent edits: 1,000 two-editor races on answers and on objectives, 300 three-editor races', () => {
  beforeAll(async () => {
    await resetDatabase();
    trust = await createTestTrust();
  });

  afterAll(() =>
    writeFigures(
      'concurrent-edits',
      { seed: SEED, poolSize: POOL_SIZE, database: process.env.DATABASE_URL?.includes(':5432') ? 'postgresql' : 'pglite', figures },
      'reliability',
    ),
  );

  it('two editors saving the same assessment answer: one wins, the other is shown the saved answer and keeps theirs', async () => {
    const random = seededRandom(SEED);
    const editors = [await editor('executive_lead', 'Ada Lead'), await editor('executive_director', 'Ben Director')];
    const { id: assessmentId } = await startAssessment(editors[0]!, { financialYear: 2026 }, NOW);
    const questions = QUESTIONS.slice(0, RECORDS);
    const rows = await getPrisma().assessmentAnswer.findMany({
      where: { assessmentId, questionRef: { in: questions.map((q) => q.ref) } },
      orderBy: { questionRef: 'asc' },
    });
    expect(rows).toHaveLength(RECORDS);
    const versions = new Map(rows.map((row) => [row.id, row.version]));
    const wins: Win[] = [];
    const auditFrom = await lastAuditId();

    const tally = await runRaces(RACES, groupSize(editors.length), async (index, slot, tally) => {
      const row = rows[slot]!;
      const question = questions.find((q) => q.ref === row.questionRef)!;
      const choices: AnswerValue[] = question.allowsPartial ? ['yes', 'no', 'partial'] : ['yes', 'no'];
      const first = Math.floor(random() * choices.length);
      const values = [choices[first]!, choices[(first + 1) % choices.length]!];
      const from = versions.get(row.id)!;
      const inputs = editors.map((who, k) => ({
        assessmentId,
        questionRef: row.questionRef,
        value: values[k]!,
        expectedVersion: from,
        evidenceNote: `Race ${index}: ${who.displayName}'s evidence`,
        evidenceLinks: [`https://example.nhs.uk/race/${index}/${k}`],
      }));
      const label = `answer race ${index} (${row.questionRef}, version ${from})`;
      const results = await interleaved(
        random,
        editors.map((who, k) => () => saveAnswer(who, inputs[k]!)),
      );
      tally.races += 1;
      const w = soleWinner(results, label, tally);
      const winner = w === null ? null : { ...inputs[w]!, userId: editors[w]!.userId, name: editors[w]!.displayName };
      results.forEach((result, k) => {
        if (k === w || !winner) return;
        const reason = result.status === 'rejected' ? result.reason : null;
        if (!(reason instanceof AnswerConflictError)) return void tally.problems.push(`${label}: the loser got ${String(reason)}, not a conflict`);
        tally.conflicts += 1;
        const { saved, attempted } = reason;
        const told =
          saved.value === winner.value &&
          saved.evidenceNote === winner.evidenceNote &&
          saved.version === from + 1 &&
          saved.updatedByName === winner.name &&
          reason.message.startsWith(`${winner.name} saved an answer to question ${row.questionRef}`);
        if (!told) tally.problems.push(`${label}: the loser was shown ${JSON.stringify(saved)} / "${reason.message}", not the winner's answer`);
        const { value, evidenceNote, evidenceLinks } = inputs[k]!;
        if (!isDeepStrictEqual(attempted, { value, evidenceNote, evidenceLinks }))
          tally.problems.push(`${label}: what the loser typed came back as ${JSON.stringify(attempted)}`);
      });
      if (winner) {
        versions.set(row.id, from + 1);
        wins.push({ rowId: row.id, userId: winner.userId, from });
      }
      return async () => {
        const stored = await getPrisma().assessmentAnswer.findUniqueOrThrow({ where: { id: row.id } });
        tally.lostUpdates += results.filter(
          (result, k) => result.status === 'fulfilled' && (stored.value !== inputs[k]!.value || stored.evidenceNote !== inputs[k]!.evidenceNote),
        ).length;
        if (
          winner &&
          (stored.value !== winner.value || stored.evidenceNote !== winner.evidenceNote || stored.version !== from + 1 || stored.updatedById !== winner.userId)
        ) {
          tally.problems.push(`${label}: stored ${JSON.stringify(stored)}, expected the winner's ${JSON.stringify(winner)}`);
        }
      };
    });
    record('answers, two editors', tally, editors.length);

    expect(tally.problems.slice(0, 10)).toEqual([]);
    expect(tally).toMatchObject({ races: RACES, saves: 2 * RACES, winners: RACES, conflicts: RACES, lostUpdates: 0 });
    const final = await getPrisma().assessmentAnswer.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
    for (const row of final) expect(row.version, row.questionRef).toBe(1 + wins.filter((win) => win.rowId === row.id).length);
    expect(
      (
        await versionAudit(
          'AssessmentAnswer',
          rows.map((row) => row.id),
          auditFrom,
        )
      ).sort(),
    ).toEqual(expectedVersionAudit(wins).sort());
  }, 600_000);

  /** Races on draft objectives among the given editors; each saves a different title and measure. */
  async function objectiveRaces(editors: Editor[], races: number): Promise<{ tally: RaceTally; wins: Win[]; ids: string[]; auditFrom: bigint }> {
    const random = seededRandom(SEED + editors.length);
    const ids: string[] = [];
    for (let slot = 0; slot < RECORDS; slot += 1)
      ids.push((await createObjective(editors[0]!, parseCreate(smartForm(null, { title: `Objective ${slot}` })), NOW)).id);
    const versions = new Map(ids.map((id) => [id, 1]));
    const wins: Win[] = [];
    const auditFrom = await lastAuditId();

    const tally = await runRaces(races, groupSize(editors.length), async (index, slot, tally) => {
      const objectiveId = ids[slot]!;
      const from = versions.get(objectiveId)!;
      const inputs = editors.map((who) =>
        parseUpdate({
          ...smartForm(null, { title: `Race ${index}: ${who.displayName}'s title`, measure: `Measure chosen by ${who.displayName} in race ${index}` }),
          objectiveId,
          expectedVersion: String(from),
        }),
      );
      const label = `objective race ${index} (${editors.length} editors, version ${from})`;
      const results = await interleaved(
        random,
        editors.map((who, k) => () => updateObjective(who, inputs[k]!)),
      );
      tally.races += 1;
      const w = soleWinner(results, label, tally);
      const winner = w === null ? null : { ...inputs[w]!, userId: editors[w]!.userId };
      results.forEach((result, k) => {
        if (k === w || !winner) return;
        const reason = result.status === 'rejected' ? result.reason : null;
        if (!(reason instanceof ObjectiveConflictError)) return void tally.problems.push(`${label}: a loser got ${String(reason)}, not a conflict`);
        tally.conflicts += 1;
        if (reason.saved.title !== winner.title || reason.saved.measure !== winner.measure || reason.savedVersion !== from + 1) {
          tally.problems.push(`${label}: a loser was shown "${reason.saved.title}" at version ${reason.savedVersion}, not the winner's`);
        }
        if (reason.attempted.title !== inputs[k]!.title || reason.attempted.measure !== inputs[k]!.measure)
          tally.problems.push(`${label}: what a loser typed came back as "${reason.attempted.title}"`);
      });
      if (winner) {
        versions.set(objectiveId, from + 1);
        wins.push({ rowId: objectiveId, userId: winner.userId, from });
      }
      return async () => {
        const stored = await getPrisma().objective.findUniqueOrThrow({ where: { id: objectiveId } });
        tally.lostUpdates += results.filter(
          (result, k) => result.status === 'fulfilled' && (stored.title !== inputs[k]!.title || stored.measure !== inputs[k]!.measure),
        ).length;
        if (
          winner &&
          (stored.title !== winner.title || stored.measure !== winner.measure || stored.version !== from + 1 || stored.updatedById !== winner.userId)
        ) {
          tally.problems.push(`${label}: stored "${stored.title}" at version ${stored.version}, expected "${winner.title}" at ${from + 1}`);
        }
      };
    });
    return { tally, wins, ids, auditFrom };
  }

  it.each([
    { editors: 2, races: RACES, roles: ['executive_lead', 'trust_admin'] as const },
    { editors: 3, races: THREE_EDITOR_RACES, roles: ['executive_lead', 'trust_admin', 'trust_admin'] as const },
  ])(
    '$editors editors saving the same objective $races times: one wins, every other is shown the saved version and keeps theirs',
    async ({ editors: count, races, roles }) => {
      const names = ['Cara Lead', 'Dev Admin', 'Eli Admin'];
      const editors: Editor[] = [];
      for (const [k, role] of roles.entries()) editors.push(await editor(role, `${names[k]} ${count}`));

      const { tally, wins, ids, auditFrom } = await objectiveRaces(editors, races);
      record(`objectives, ${count} editors`, tally, count);

      expect(tally.problems.slice(0, 10)).toEqual([]);
      expect(tally).toMatchObject({ races, saves: count * races, winners: races, conflicts: (count - 1) * races, lostUpdates: 0 });
      const final = await getPrisma().objective.findMany({ where: { id: { in: ids } } });
      for (const row of final) expect(row.version, row.title).toBe(1 + wins.filter((win) => win.rowId === row.id).length);
      expect((await versionAudit('Objective', ids, auditFrom)).sort()).toEqual(expectedVersionAudit(wins).sort());
    },
    600_000,
  );
});
