// The gap measures for series of deprivation groups: a JSON array of series on stdin, one JSON
// object {"absoluteGap", "ratio", "sii", "rii"} per series on stdout, one a line, in order. On bad
// input it prints every problem (series and field) on stderr, nothing on stdout, and exits 1.
import { runGapContract } from '../lib/indicators/gap-contract';
import { readStdin } from './lib/stdin';

async function main(): Promise<void> {
  const outcome = runGapContract(await readStdin());
  if (!outcome.ok) {
    process.stderr.write(`${outcome.problems.join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(outcome.results.map((result) => `${JSON.stringify(result)}\n`).join(''));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
