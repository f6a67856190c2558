import { parse } from 'csv-parse/sync';

/**
 * Reading an uploaded file as the CSV template (docs/INDICATORS.md): a header row naming the seven
 * columns in any order, then one figure a row. Problems found here are about the file as a whole.
 */
const TEMPLATE_COLUMNS = ['indicator', 'period', 'breakdown', 'group', 'numerator', 'denominator', 'value'] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_UPLOAD_ROWS = 50_000;

/** One problem, with the file's row (line; the header is row 1) and column when it has them. */
export type UploadProblem = { row: number | null; column: TemplateColumn | null; message: string };
export type RawRow = { row: number; cells: Record<TemplateColumn, string> };
export type ReadCsvResult = { ok: true; rows: RawRow[] } | { ok: false; problems: UploadProblem[] };

const fileProblem = (message: string): ReadCsvResult => ({ ok: false, problems: [{ row: null, column: null, message }] });

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0) || (sample[0] === 0x50 && sample[1] === 0x4b) || (sample[0] === 0x25 && sample[1] === 0x50 && sample[2] === 0x44);
}

export function readTemplateCsv(fileName: string, bytes: Uint8Array): ReadCsvResult {
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    return fileProblem(
      `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the largest file accepted is 5 MB. Split it by period and upload each part.`,
    );
  if (!/\.csv$/i.test(fileName.trim()) || looksBinary(bytes))
    return fileProblem('The file is not a CSV file. Save it from your spreadsheet as “CSV (comma delimited)” and upload that.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fileProblem('The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and upload that.');
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    return fileProblem(`The file could not be read as CSV${where ? ` (near line ${where})` : ''}: check for a stray quotation mark.`);
  }
  if (records.length === 0) return fileProblem('The file is empty. Use the template: a header row, then one figure a row.');
  const header = records[0]!.record.map((name) => name.trim().toLowerCase());
  const problems: UploadProblem[] = [];
  for (const column of TEMPLATE_COLUMNS) {
    if (!header.includes(column)) problems.push({ row: 1, column, message: `The header row has no “${column}” column.` });
  }
  header.forEach((name, index) => {
    if (!(TEMPLATE_COLUMNS as readonly string[]).includes(name))
      problems.push({ row: 1, column: null, message: `Column ${index + 1} of the header row, “${name}”, is not a column of the template.` });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (records.length === 1) return fileProblem('The file has a header row but no figures.');
  if (records.length - 1 > MAX_UPLOAD_ROWS)
    return fileProblem(`The file has ${records.length - 1} rows of figures; the most accepted at once is ${MAX_UPLOAD_ROWS}.`);
  const rows = records.slice(1).map(({ record, info }) => ({
    // The line the record ends on: the spreadsheet's row number for every ordinary row.
    row: info.lines,
    cells: Object.fromEntries(TEMPLATE_COLUMNS.map((column) => [column, record[header.indexOf(column)] ?? ''])) as Record<TemplateColumn, string>,
  }));
  return { ok: true, rows };
}
