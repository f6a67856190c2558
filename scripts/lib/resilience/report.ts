import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One measured figure: a number with its unit, or a plain fact. */
export type Figure = number | string | boolean;

/** What one resilience check found: its figures and, when it failed, every reason why. */
export type CheckResult = {
  name: string;
  pass: boolean;
  figures: Record<string, Figure>;
  failures: string[];
  seconds: number;
};

/** Collects figures and failed expectations while a check runs. */
export class CheckRecorder {
  readonly figures: Record<string, Figure> = {};
  readonly failures: string[] = [];

  figure(name: string, value: Figure): void {
    this.figures[name] = value;
  }

  /** Records a failure (with the figure that shows it) unless the condition holds. */
  expect(condition: boolean, failure: string): void {
    if (!condition) this.failures.push(failure);
  }
}

/** Runs one check; an exception fails it with its message instead of stopping the whole run. */
export async function runCheck(name: string, body: (check: CheckRecorder) => Promise<void>): Promise<CheckResult> {
  const check = new CheckRecorder();
  const started = Date.now();
  console.log(`\n== ${name}`);
  try {
    await body(check);
  } catch (error) {
    check.failures.push(`stopped early: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const result: CheckResult = {
    name,
    pass: check.failures.length === 0,
    figures: check.figures,
    failures: check.failures,
    seconds: (Date.now() - started) / 1000,
  };
  printResult(result);
  return result;
}

function printResult(result: CheckResult): void {
  for (const [name, value] of Object.entries(result.figures)) console.log(`   ${name}: ${value}`);
  for (const failure of result.failures) console.log(`   ✗ ${failure}`);
  console.log(`${result.pass ? 'PASS' : 'FAIL'}  ${result.name}  (${result.seconds.toFixed(1)} s)`);
}

/** Writes the machine-readable report and prints the one-line summary. */
export function writeReport(file: string, results: CheckResult[], context: Record<string, Figure>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ finishedAt: new Date().toISOString(), context, results }, null, 2)}\n`);
  const failed = results.filter((result) => !result.pass).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed  (report: ${file})`);
}
