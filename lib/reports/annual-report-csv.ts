import { toCsv, type CsvCell } from '../objectives/csv-export';
import { indicatorCsvRows } from './indicators-csv';
import { findSection, type AnnualReportSnapshot } from './snapshot';

// The export's figures as one CSV table for analysts: one row per domain result, one per
// objective and one per indicator figure and gap measure (lib/reports/indicators-csv.ts), told apart by the "Record" column, each row repeating the trust and year so rows
// from several exports can be stacked. Escaping, the byte order mark and the protection against
// formula injection come from the objectives CSV export, so the app writes CSV one way only.

export const REPORT_CSV_HEADER = [
  'Trust',
  'ODS code',
  'Financial year',
  'Status',
  'Record',
  'Domain number',
  'Domain or objective',
  'Score',
  'Maximum score',
  'Percentage',
  'Maturity',
  'Last year percentage',
  'Last year maturity',
  'Change',
  'Guide references',
  'Owner',
  'Objective status',
  'Progress summary',
  'Indicator',
  'Period',
  'Breakdown',
  'Group or gap measure',
  'Value',
  'Numerator',
  'Denominator',
  'Lower 95% limit',
  'Upper 95% limit',
  'Suppression',
] as const;

/** The indicator columns of a domain or objective row. */
const NO_INDICATOR: CsvCell[] = Array<CsvCell>(10).fill('');

const STATUS_LABELS = { approved: 'Approved', draft: 'Draft' } as const;

function reportCsvRows(snapshot: AnnualReportSnapshot): CsvCell[][] {
  const lead = (record: string): CsvCell[] => [snapshot.trust.name, snapshot.trust.odsCode, snapshot.financialYear, STATUS_LABELS[snapshot.status], record];
  const assessment = findSection(snapshot, 'assessment');
  const objectives = findSection(snapshot, 'objectives');
  const domainRows = (assessment?.domains ?? []).map((domain) => [
    ...lead('Domain result'),
    domain.number,
    domain.label,
    domain.score,
    domain.maxScore,
    domain.percent,
    domain.maturityLabel,
    domain.previous?.percent ?? null,
    domain.previous?.maturityLabel ?? '',
    domain.changeText,
    '',
    '',
    '',
    '',
    ...NO_INDICATOR,
  ]);
  const objectiveRows = (objectives?.objectives ?? []).map((objective) => [
    ...lead('Objective'),
    null,
    objective.title,
    null,
    null,
    null,
    '',
    null,
    '',
    '',
    objective.guideRefs.join('; '),
    objective.ownerRole ?? '',
    objective.statusLabel,
    objective.progressSummary,
    // The indicator figure the objective follows: the Indicator and Group or gap measure columns.
    ...(objective.measuredBy ? [objective.measuredBy.indicator, '', '', objective.measuredBy.figure, ...NO_INDICATOR.slice(4)] : NO_INDICATOR),
  ]);
  const indicators = findSection(snapshot, 'indicators');
  // The indicator rows leave the domain and objective columns empty (13 of them, after the lead).
  const indicatorRows = (indicators ? indicatorCsvRows(indicators) : []).map((cells) => [
    ...lead(cells.record),
    ...Array<CsvCell>(13).fill(''),
    ...cells.values,
  ]);
  return [...domainRows, ...objectiveRows, ...indicatorRows];
}

/** UTF-8 text with a byte order mark and CRLF line ends; write it out as UTF-8. */
export function renderAnnualReportCsv(snapshot: AnnualReportSnapshot): string {
  return toCsv(REPORT_CSV_HEADER, reportCsvRows(snapshot));
}
