import type { HttpVisitor } from './http-client';
import { saveAnswer, TRUST } from './demo';
import type { WriteOutcome } from './answer-ledger';

/** One request as a client saw it: when it started and ended (ms since the epoch) and whether it worked. */
export type Sample = { start: number; end: number; ok: boolean; what: string };

export type LoadResult = { samples: Sample[]; writes: WriteOutcome[] };

/**
 * Signed-in clients, each reading the trust's home page and saving its own question's answer in a
 * loop until `until()` says stop. Bounded: at most `maxRounds` rounds per client.
 */
export async function runLoad(
  clients: HttpVisitor[],
  assessmentPath: string,
  refs: string[],
  until: () => boolean,
  label: string,
  maxRounds = 2_000,
): Promise<LoadResult> {
  const samples: Sample[] = [];
  const writes: WriteOutcome[] = [];
  const timed = async (what: string, fn: () => Promise<boolean>) => {
    const start = Date.now();
    let ok = false;
    try {
      ok = await fn();
    } catch {
      ok = false;
    }
    samples.push({ start, end: Date.now(), ok, what });
    return ok;
  };
  await Promise.all(
    clients.map(async (client, index) => {
      const ref = refs[index % refs.length]!;
      for (let round = 0; round < maxRounds && !until(); round += 1) {
        await timed('read', async () => (await client.get(TRUST)).status === 200);
        const note = `${label} client ${index} write ${round}`;
        let outcome: WriteOutcome['outcome'] = 'failed';
        await timed('write', async () => {
          const result = await saveAnswer(client, assessmentPath, ref, note);
          if (result === 'saved' || result === 'conflict') outcome = result;
          return result === 'saved';
        });
        writes.push({ ref, note, outcome });
        if (outcome === 'failed') await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }),
  );
  return { samples, writes };
}

/**
 * The error window: from the first failed request to the end of the first successful one that
 * started once the restart had finished; and the failures that started after that recovery
 * (there should be none). Requests that succeed while the old server is still shutting down do
 * not count as recovery.
 */
export function errorWindow(samples: Sample[], restartedAt: number): { failed: number; windowMs: number; failuresAfterRecovery: number } {
  const failures = samples.filter((sample) => !sample.ok);
  if (failures.length === 0) return { failed: 0, windowMs: 0, failuresAfterRecovery: 0 };
  const firstFailure = Math.min(...failures.map((sample) => sample.start));
  const recoveries = samples.filter((sample) => sample.ok && sample.start >= restartedAt).map((sample) => sample.end);
  if (recoveries.length === 0) return { failed: failures.length, windowMs: Number.POSITIVE_INFINITY, failuresAfterRecovery: 0 };
  const recovered = Math.min(...recoveries);
  return { failed: failures.length, windowMs: recovered - firstFailure, failuresAfterRecovery: failures.filter((sample) => sample.start > recovered).length };
}
