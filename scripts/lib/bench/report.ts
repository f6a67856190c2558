import type { LoadResult } from './load';
import type { PageWeight } from './page-weight';
import type { BenchTarget } from './targets';

/** results: at the run's connections; alone: at one connection, as one person on a quiet app. */
export type DatasetRun = Readonly<{
  label: string;
  trusts: number;
  rows: Record<string, number>;
  results: Record<string, LoadResult>;
  alone: Record<string, LoadResult>;
}>;

export type TargetRow = Readonly<{
  name: string;
  kind: BenchTarget['kind'];
  path: string;
  js: PageWeight | null;
  runs: Record<string, LoadResult & { p95OverTrivial: number; alone: LoadResult }>;
  /** p95 with the scale data ÷ p95 with the demo data only: near 1 when other trusts do not slow a trust down. */
  scaleOverOne: number | null;
  /** The same ratio at one connection, which a busy shared machine disturbs less. */
  scaleOverOneAlone: number | null;
  goalMs: number | null;
  meetsGoal: boolean | null;
}>;

const READ_GOAL_MS = 300;
const WRITE_GOAL_MS = 800;
const TRIVIAL = 'trivial';

/** Joins the two runs per target, with the ratios the issue asks for and the goal at scale. */
export function tabulate(targets: readonly BenchTarget[], runs: readonly DatasetRun[], weights: ReadonlyMap<string, PageWeight>): TargetRow[] {
  const trivialName = targets.find((target) => target.kind === TRIVIAL)!.name;
  const [one, scale] = [runs[0], runs.at(-1)];
  return targets.map((target) => {
    const perRun = Object.fromEntries(
      runs.map((run) => {
        const result = run.results[target.name]!;
        return [run.label, { ...result, p95OverTrivial: result.p95 / run.results[trivialName]!.p95, alone: run.alone[target.name]! }];
      }),
    );
    const goalMs = target.kind === 'write' ? WRITE_GOAL_MS : target.kind === TRIVIAL ? null : READ_GOAL_MS;
    const atScale = scale ? scale.results[target.name] : undefined;
    return {
      name: target.name,
      kind: target.kind,
      path: target.path,
      js: weights.get(target.name) ?? null,
      runs: perRun,
      scaleOverOne: one && scale && one !== scale ? scale.results[target.name]!.p95 / one.results[target.name]!.p95 : null,
      scaleOverOneAlone: one && scale && one !== scale ? scale.alone[target.name]!.p95 / one.alone[target.name]!.p95 : null,
      goalMs,
      meetsGoal: goalMs === null || !atScale ? null : atScale.p95 < goalMs && atScale.errors === 0,
    };
  });
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The tables for docs/PERFORMANCE.md. */
export function markdownTables(rows: readonly TargetRow[], runs: readonly DatasetRun[]): string {
  const lines: string[] = [];
  for (const run of runs) {
    lines.push(`#### ${run.label} (${run.trusts} trusts in the database)`, '');
    lines.push(
      '| Target | req/s | p50 ms | p95 ms | p99 ms | answered | errors / wrong status | p95 ÷ trivial p95 | alone: p50 / p95 ms |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const row of rows) {
      const result = row.runs[run.label]!;
      lines.push(
        `| ${row.name} | ${fixed(result.rps)} | ${fixed(result.p50)} | ${fixed(result.p95)} | ${fixed(result.p99)} | ${result.requests} | ${result.errors} | ${row.kind === TRIVIAL ? '1' : fixed(result.p95OverTrivial, 1)} | ${fixed(result.alone.p50)} / ${fixed(result.alone.p95)} |`,
      );
    }
    lines.push('');
  }
  if (runs.length > 1) {
    const last = runs.at(-1)!.label;
    lines.push(`#### At scale against the goals, and the JavaScript each page sends`, '');
    lines.push(
      `| Target | p95 ms at scale | goal | met | p95 at scale ÷ p95 at 1 trust | the same, alone | JS (kB compressed) | JS (kB uncompressed) |`,
      '|---|--:|--:|:-:|--:|--:|--:|--:|',
    );
    for (const row of rows) {
      const result = row.runs[last]!;
      const met = row.meetsGoal === null ? '–' : row.meetsGoal ? 'yes' : '**no**';
      lines.push(
        `| ${row.name} | ${fixed(result.p95)} | ${row.goalMs === null ? '–' : `< ${row.goalMs}`} | ${met} | ${row.scaleOverOne === null ? '–' : fixed(row.scaleOverOne, 2)} | ${row.scaleOverOneAlone === null ? '–' : fixed(row.scaleOverOneAlone, 2)} | ${row.js ? fixed(row.js.compressedKb, 1) : '–'} | ${row.js ? fixed(row.js.uncompressedKb, 1) : '–'} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
