import { formatFinancialYear } from '../calendar/financial-year';
import type { ObjectiveSummaryDto } from './objective-dto';
import { BREAKDOWN_LABELS, listParts } from './smart-completeness';
import { isoDateOf } from '../calendar/calendar-dates';

// Pure: CSV written by hand (RFC 4180), as UTF-8 with a byte order mark so Excel reads accents and
// dashes correctly, CRLF line ends, and protection against formula injection (CWE-1236): a text
// cell that a spreadsheet would read as a formula gets a leading apostrophe.

export type CsvCell = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when a spreadsheet could take the text as a formula. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text.charAt(0));
}

/**
 * One cell. Text starting with =, +, -, @, tab or carriage return gets a leading apostrophe; a cell
 * with a comma, quote or line break is quoted, with quotes doubled. Numbers are written as numbers
 * (a minus sign there is arithmetic, not a formula), and non-finite ones as empty cells.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = isFormulaLike(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header row, then one CRLF-terminated line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}

export const OBJECTIVE_CSV_HEADER = [
  'Financial year',
  'Title',
  'What will be done',
  'Source',
  'Guide references',
  'Assessment questions',
  'Domains',
  'Measure',
  'Baseline',
  'Target',
  'Unit',
  'Linked indicator',
  'Baseline from the data',
  'Breakdowns',
  'Other breakdown',
  'Resources',
  'Dependencies',
  'Start date',
  'Due date',
  'Owner',
  'Owner job title',
  'Owner has left',
  'Supporting lead',
  'Committee',
  'Agreed',
  'Agreed on',
  'Status',
  'Overdue',
  'Latest update',
  'Latest value of the measure',
  'SMART parts missing',
  'Carried forward from',
  'Objective id',
] as const;

const SOURCE_LABELS: Readonly<Record<ObjectiveSummaryDto['source'], string>> = {
  catalogue: 'Guide catalogue',
  suggestion: 'Assessment suggestion',
  own: 'Trust’s own',
};

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');
const date = (value: Date | null): string => (value ? isoDateOf(value) : '');

export function objectiveCsvRow(objective: ObjectiveSummaryDto): CsvCell[] {
  return [
    formatFinancialYear(objective.financialYear),
    objective.title,
    objective.description,
    SOURCE_LABELS[objective.source],
    objective.catalogueRefs.join('; '),
    objective.questionRefs.join('; '),
    objective.domains.join('; '),
    objective.measure,
    objective.baseline,
    objective.target,
    objective.unit,
    objective.indicatorLink?.code ?? '',
    objective.indicatorLink ? yesNo(objective.baselineFromData) : '',
    objective.breakdowns.map((breakdown) => BREAKDOWN_LABELS[breakdown]).join('; '),
    objective.breakdownOther,
    objective.resources,
    objective.dependencies,
    date(objective.startDate),
    date(objective.dueDate),
    objective.owner?.name ?? '',
    objective.owner?.jobTitle ?? '',
    objective.owner ? yesNo(objective.owner.hasLeft) : '',
    objective.supportingLead?.name ?? '',
    objective.committee,
    yesNo(objective.isAgreed),
    date(objective.agreedAt),
    objective.statusLabel,
    yesNo(objective.isOverdue),
    date(objective.latestUpdate?.date ?? null),
    objective.latestUpdate?.measureValue ?? null,
    listParts(objective.smart.missingParts),
    objective.carriedFromId ?? '',
    objective.id,
  ];
}

/** Every objective given, one row each, in the order given. */
export function objectivesToCsv(rows: readonly ObjectiveSummaryDto[]): string {
  return toCsv(OBJECTIVE_CSV_HEADER, rows.map(objectiveCsvRow));
}

/** "nhs-example-trust-objectives-2025-26.csv", or "…-objectives-all-years.csv" (no slash in names). */
export function objectivesCsvFileName(trustSlug: string, financialYear?: number): string {
  const safeSlug =
    trustSlug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'trust';
  const year = financialYear === undefined ? 'all-years' : formatFinancialYear(financialYear).replace('/', '-');
  return `${safeSlug}-objectives-${year}.csv`;
}
