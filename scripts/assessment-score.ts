// Scores answer sets from stdin: a JSON array of answer sets in, a JSON array
// of results out, in the same order. On bad input it prints nothing to stdout,
// so a caller never mistakes a partial result for a full one.
import { parseAnswerSets } from '../lib/assessments/answer-set-schema';
import { scoreAssessment } from '../lib/assessments/scoring';
import { readStdin } from './lib/stdin';

async function main(): Promise<void> {
  const parsed = parseAnswerSets(await readStdin());
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exitCode = 1;
    return;
  }
  const results = parsed.sets.map((answers) => scoreAssessment(answers));
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
