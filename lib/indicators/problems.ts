import type { UploadProblem } from './csv-file';

/** One problem as a line of text: "Row 4, column value: …" (the CLI's stderr and plain-text lists). */
export function describeProblem(problem: UploadProblem): string {
  const where = [problem.row === null ? null : `Row ${problem.row}`, problem.column === null ? null : `column ${problem.column}`].filter(Boolean).join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}
