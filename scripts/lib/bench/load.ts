import autocannon from 'autocannon';
import type { BenchTarget } from './targets';

export type LoadResult = Readonly<{
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors, timeouts (30 s) and answers with another status than a correct one. */
  errors: number;
  /** Requests still unanswered when the run ended: with none answered at all, the page takes longer than the run. */
  unfinished: number;
  statuses: Record<string, number>;
}>;

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function run(
  baseUrl: string,
  cookie: string,
  target: BenchTarget,
  seconds: number,
  connections: number,
  onResponse?: (status: number, ms: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const options = {
      url: `${baseUrl}${target.path}`,
      method: target.method ?? 'GET',
      connections,
      duration: seconds,
      timeout: 30,
      headers: { Cookie: cookie, 'Accept-Encoding': 'gzip, br', ...target.headers },
      ...(target.body ? { body: target.body } : {}),
    } as const;
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
  });
}

/**
 * Waits until the server has worked through what the previous run left queued (autocannon stops
 * sending, but the server still answers every request already sent), by asking for the target
 * once and waiting for the answer, so no run is charged for the one before it.
 */
async function settle(baseUrl: string, cookie: string, target: BenchTarget): Promise<void> {
  await fetch(`${baseUrl}${target.path}`, { headers: { Cookie: cookie }, redirect: 'manual', signal: AbortSignal.timeout(120_000) })
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);
}

/**
 * A warm-up run whose figures are dropped, then the measured run. Latency percentiles are taken
 * from every response's time (autocannon's own summary has no 95th percentile).
 */
export async function loadTarget(
  baseUrl: string,
  cookie: string,
  target: BenchTarget,
  options: Readonly<{ duration: number; warmup: number; connections: number }>,
): Promise<LoadResult> {
  await settle(baseUrl, cookie, target);
  // No settling here: the measured run starts on a server already under this load.
  await run(baseUrl, cookie, target, options.warmup, options.connections);
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const result = await run(baseUrl, cookie, target, options.duration, options.connections, (status, ms) => {
    times.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const elapsed = (performance.now() - started) / 1000;
  await settle(baseUrl, cookie, target);
  times.sort((a, b) => a - b);
  const wrong = Object.entries(statuses)
    .filter(([status]) => Number(status) !== target.expectStatus)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: times.length,
    rps: times.length / elapsed,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    errors: result.errors + wrong,
    unfinished: Math.max(0, result.requests.sent - times.length - result.errors),
    statuses,
  };
}
