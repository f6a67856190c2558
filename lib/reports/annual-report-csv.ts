import { toCsv, type CsvCell } from '../objectives/csv-export';
import { findSection, type AnnualReportSnapshot } from './snapshot';

// The export's figures as one CSV table for analysts: one row per domain result and one per
// objective, told apart by the "Record" column, each row repeating the trust and year so rows
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
] as const;

const STATUS_LABELS = { approved: 'Approved', draft: 'Draft' } as const;

export function reportCsvRows(snapshot: AnnualReportSnapshot): CsvCell[][] {
  const lead = (record: string): CsvCell[] => [
    snapshot.trust.name,
    snapshot.trust.odsCode,
    snapshot.financialYear,
    STATUS_LABELS[snapshot.status],
    record,
  ];
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
  ]);
  return [...domainRows, ...objectiveRows];
}

/** UTF-8 text with a byte order mark and CRLF line ends; write it out as UTF-8. */
export function renderAnnualReportCsv(snapshot: AnnualReportSnapshot): string {
  return toCsv(REPORT_CSV_HEADER, reportCsvRows(snapshot));
}
