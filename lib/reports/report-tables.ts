import { nameWithJobTitle } from '../format/person-names';
import { NOT_WRITTEN, percentText, previousText, scoreText } from './report-text';
import { coverFacts, type BoardPaperCover } from './board-paper-cover';
import type { AssessmentContent, LeadershipContent, ObjectivesContent, ReportMeasuredBy, StatementReviewContent } from './snapshot';

// The tables of the report, worked out once so the PDF and the Word file show the same columns
// and the same cell text. Widths are shares of the text width and add up to 1.

type ReportTableColumn = { header: string; width: number; align?: 'left' | 'right' };

export type ReportTable = {
  columns: readonly ReportTableColumn[];
  rows: readonly (readonly string[])[];
};

export function boardMembersTable(content: LeadershipContent): ReportTable {
  return {
    columns: [
      { header: 'Name', width: 0.3 },
      { header: 'Job title', width: 0.3 },
      { header: 'Role areas', width: 0.4 },
    ],
    rows: content.boardMembers.map((member) => [member.name, member.jobTitle, member.roleAreas.join(', ') || 'None']),
  };
}

export function domainResultsTable(content: AssessmentContent): ReportTable {
  const previousHeader = content.previousFinancialYear ? `Last year (${content.previousFinancialYear})` : 'Last year';
  return {
    columns: [
      { header: 'Domain', width: 0.26 },
      { header: 'Score', width: 0.13, align: 'right' },
      { header: 'Percentage', width: 0.14, align: 'right' },
      { header: 'Maturity', width: 0.13 },
      { header: previousHeader, width: 0.18 },
      { header: 'Change', width: 0.16 },
    ],
    rows: content.domains.map((domain) => [
      `${domain.number}. ${domain.label}`,
      scoreText(domain.score, domain.maxScore),
      percentText(domain.percent),
      domain.maturityLabel,
      previousText(domain.previous),
      domain.changeText,
    ]),
  };
}

export function objectivesTable(content: ObjectivesContent): ReportTable {
  return {
    columns: [
      { header: 'Objective', width: 0.27 },
      { header: 'Guide ref', width: 0.11 },
      { header: 'Owner', width: 0.16 },
      { header: 'Status', width: 0.11 },
      { header: 'Progress', width: 0.35 },
    ],
    rows: content.objectives.map((objective) => [
      objective.measuredBy ? `${objective.title} (measured by ${measuredByText(objective.measuredBy)})` : objective.title,
      objective.guideRefs.join(', '),
      objective.ownerRole ?? 'No owner yet',
      objective.statusLabel,
      objective.progressSummary || NOT_WRITTEN,
    ]),
  };
}

/** "Waiting over 18 weeks, all patients (the trust-wide figure)". */
function measuredByText(measuredBy: ReportMeasuredBy): string {
  return `${measuredBy.indicator}, ${measuredBy.figure.charAt(0).toLowerCase()}${measuredBy.figure.slice(1)}`;
}

/** Short text for the person lines under "How the board leads this work". */
function personText(person: { name: string; jobTitle: string } | null): string {
  return person ? nameWithJobTitle(person) : 'Not named yet';
}

export function assessmentIntro(content: AssessmentContent): string {
  const comparison = content.previousFinancialYear
    ? ` The last-year column shows ${content.previousFinancialYear} for comparison.`
    : ' There is no approved result for the year before to compare with.';
  return `The board assessed the trust against the 4 domains of the self-assessment. Each domain's score is turned into a percentage and one of five maturity levels, from not started to thriving.${comparison}`;
}

export function objectivesIntro(content: ObjectivesContent, financialYear: string): string {
  const count = content.objectives.length;
  if (count === 0) return `The trust has no objectives recorded for ${financialYear}.`;
  return `The trust worked on ${count} ${count === 1 ? 'objective' : 'objectives'} in ${financialYear}.`;
}

export const STATEMENT_INTRO =
  'NHS England’s statement on information on health inequalities sets out what trusts should do with information on health inequalities. This is our review of how far we did each of those things this year.';

/** The law behind the review and the edition of the statement it is made against. */
export function statementBasis(content: Pick<StatementReviewContent, 'edition'>): string {
  const law =
    'Section 13SA of the National Health Service Act 2006 requires NHS England to publish this statement, and each trust to review in its annual report how far it acted in line with it.';
  const edition = content.edition
    ? ` We reviewed against ${content.edition}.`
    : ' The edition of the statement reviewed against has not been recorded in the trust’s governance settings.';
  return law + edition;
}

/** The facts at the top of "How the board leads this work", as lead text and value. */
export function leadershipFacts(content: LeadershipContent): { lead: string; text: string }[] {
  const frequency = content.committeeReportsToBoard;
  return [
    { lead: 'Executive lead: ', text: personText(content.executiveLead) },
    { lead: 'Chair: ', text: personText(content.chair) },
    { lead: 'Committee that oversees this work: ', text: content.committee ?? 'Not recorded yet' },
    { lead: 'The committee reports to the board: ', text: frequency ?? 'Not recorded yet' },
  ];
}

export function maturityLevelsTable(content: AssessmentContent): ReportTable {
  return {
    columns: [
      { header: 'Maturity level', width: 0.5 },
      { header: 'Domain percentage', width: 0.5 },
    ],
    rows: content.maturityLevels.map((level) => [level.label, level.rangeText]),
  };
}

export const MATURITY_LEVELS_INTRO = 'The five maturity levels and the domain percentages each covers:';

/** The board paper's cover details as a two-column table: what each line is, then its entry. */
export function boardPaperCoverTable(cover: BoardPaperCover): ReportTable {
  return {
    columns: [
      { header: 'About this paper', width: 0.3 },
      { header: 'Details', width: 0.7 },
    ],
    rows: coverFacts(cover).map((fact) => [fact.label, fact.value]),
  };
}
