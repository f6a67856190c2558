import { getPrisma } from '../../../lib/db/client';

/**
 * Runs many editing races: `groupSize` races at once, each on its own record, round after round,
 * until `total` have run. Within a race every editor waits a random 0–3 ms before saving, so the
 * order in which their transactions reach the database differs from race to race. The random
 * numbers come from a seeded generator: a failure names its seed and can be replayed.
 */
export type RaceTally = { races: number; saves: number; winners: number; conflicts: number; lostUpdates: number; problems: string[]; ms: number };

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts every save after its own random pause and waits for all of them to settle. */
export function interleaved<T>(random: () => number, saves: (() => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(saves.map((save) => pause(Math.floor(random() * 4)).then(save)));
}

/**
 * A race runs its saves and hands back the check of what was stored, which runs once the whole
 * group has settled. The embedded PGlite server has one session for every connection and can
 * hand a query that arrives while another connection's transaction is open the wrong answer, so
 * reads outside the racing transactions wait until none is open.
 */
export type Race = (index: number, slot: number, tally: RaceTally) => Promise<() => Promise<void>>;

export async function runRaces(total: number, groupSize: number, race: Race): Promise<RaceTally> {
  const tally: RaceTally = { races: 0, saves: 0, winners: 0, conflicts: 0, lostUpdates: 0, problems: [], ms: 0 };
  const started = Date.now();
  for (let first = 0; first < total; first += groupSize) {
    const slots = Array.from({ length: Math.min(groupSize, total - first) }, (_, slot) => slot);
    const checks = await Promise.all(slots.map((slot) => race(first + slot, slot, tally)));
    for (const check of checks) await check();
  }
  tally.ms = Date.now() - started;
  return tally;
}

/** Update audit rows for the given records since `afterId`, as "rowId actor old→new version". */
export async function versionAudit(tableName: string, rowIds: string[], afterId: bigint): Promise<string[]> {
  const events = await getPrisma().auditEvent.findMany({ where: { tableName, rowId: { in: rowIds }, id: { gt: afterId } }, orderBy: { id: 'asc' } });
  return events.map((event) => {
    const version = (event.changes as { version?: { old: number; new: number } }).version;
    return `${event.rowId} ${event.action} by ${event.actorUserId ?? event.actorLabel ?? 'nobody'} ${version?.old}→${version?.new}`;
  });
}

/** The audit rows the wins should have written: one per win, each moving the version on by one. */
export function expectedVersionAudit(wins: { rowId: string; userId: string; from: number }[]): string[] {
  return wins.map((win) => `${win.rowId} update by ${win.userId} ${win.from}→${win.from + 1}`);
}

export async function lastAuditId(): Promise<bigint> {
  const last = await getPrisma().auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return last?.id ?? 0n;
}
