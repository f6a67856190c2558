import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { maturityRanges } from '../assessments/scoring';
import { maturityLabel } from '../assessments/maturity-labels';
import { OPTIONAL_SECTIONS, type OptionalSectionId } from './optional-sections';
import type { AnnualReportSnapshot, ReportSectionId, StatementExpectationId } from './snapshot';

// Words shared by the PDF, Word and CSV exports, so the three say the same thing and tests can
// look for the same headings in each.

export const SECTION_HEADINGS: Readonly<Record<ReportSectionId, string>> = {
  leadership: 'How the board leads this work',
  assessment: 'Self-assessment results',
  objectives: 'Our objectives',
  'statement-review': 'Review against the statement on information on health inequalities',
  indicators: 'The statement’s indicators',
  ...(Object.fromEntries(OPTIONAL_SECTIONS.map((section) => [section.id, section.heading])) as Record<OptionalSectionId, string>),
  'data-quality': 'Data quality and limitations',
};

export type StatementExpectation = { id: StatementExpectationId; heading: string; prompt: string };

// The expectations of NHS England's statement on information on health inequalities (section 13SA
// of the NHS Act 2006), in the statement's order, as prompts for the trust's own narrative.
export const STATEMENT_EXPECTATIONS: readonly StatementExpectation[] = [
  {
    id: 'understand-need',
    heading: 'Understanding need and our Core20PLUS groups',
    prompt: 'How we used information to understand the needs of the people we serve and to identify our Core20PLUS groups.',
  },
  {
    id: 'break-down-data',
    heading: 'Breaking our data down',
    prompt: 'How we broke our data down by at least deprivation, ethnicity, age and sex.',
  },
  {
    id: 'data-quality',
    heading: 'Finding and fixing gaps in data quality',
    prompt: 'Where the quality of this data fell short and what we did to fix it.',
  },
  {
    id: 'act-and-evaluate',
    heading: 'Using the information to act and evaluate',
    prompt: 'What we did because of this information, and how we checked whether it worked.',
  },
  {
    id: 'publish',
    heading: 'Publishing the information',
    prompt: 'How and where we published this information.',
  },
];

export function statementExpectation(id: StatementExpectationId): StatementExpectation {
  const found = STATEMENT_EXPECTATIONS.find((expectation) => expectation.id === id);
  // The list covers every StatementExpectationId, so a miss means it was edited badly.
  if (!found) throw new Error(`Unknown statement expectation: ${id}`);
  return found;
}

export const DRAFT_MARK = 'DRAFT';

/** What a board paper asks of the board when no recommendation was typed (papers exported before the cover details). */
export const BOARD_PAPER_ASK =
  'This paper asks the board to agree the section of the annual report on how the trust acted on information on health inequalities this year.';

/** The heading on the first page, for example "Reducing health inequalities: annual report 2025/26". */
export function reportHeading(snapshot: AnnualReportSnapshot): string {
  return `Reducing health inequalities: annual report ${snapshot.financialYear}`;
}

/** The document title readers and assistive technology show, with the trust's name. */
export function documentTitle(snapshot: AnnualReportSnapshot): string {
  const paper = snapshot.variant === 'board-paper' ? 'Board paper: ' : '';
  return `${paper}${reportHeading(snapshot)} – ${snapshot.trust.name}`;
}

export function documentSubject(snapshot: AnnualReportSnapshot): string {
  return `How ${snapshot.trust.name} acted on information on health inequalities in ${snapshot.financialYear}, and its self-assessment results.`;
}

export function statusText(snapshot: AnnualReportSnapshot): string {
  return snapshot.status === 'approved'
    ? `Approved: results come from the approved self-assessment for ${snapshot.financialYear}.`
    : `Draft: the self-assessment for ${snapshot.financialYear} has not been approved yet, so these results may change.`;
}

/** "14 April 2026", in UK time, from the snapshot's ISO timestamp. */
export function generatedOnText(snapshot: AnnualReportSnapshot): string {
  const instant = Date.parse(snapshot.generatedAt);
  if (Number.isNaN(instant)) throw new Error(`generatedAt is not an ISO date: ${snapshot.generatedAt}`);
  return format(new TZDate(instant, 'Europe/London'), 'd MMMM yyyy');
}

/** The snapshot's generatedAt as a Date, checked, for document metadata. */
export function generatedAtDate(snapshot: AnnualReportSnapshot): Date {
  const instant = Date.parse(snapshot.generatedAt);
  if (Number.isNaN(instant)) throw new Error(`generatedAt is not an ISO date: ${snapshot.generatedAt}`);
  return new Date(instant);
}

/** Narrative text split into paragraphs on blank lines; single line breaks become spaces. */
export function paragraphsOf(text: string): string[] {
  return text
    .replaceAll('\r\n', '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

export const NOT_WRITTEN = 'Not written yet.';

export function percentText(percent: number): string {
  return `${percent}%`;
}

export function scoreText(score: number, maxScore: number): string {
  return `${score} out of ${maxScore}`;
}

export function previousText(previous: { maturityLabel: string; percent: number } | null): string {
  return previous ? `${previous.maturityLabel} (${percentText(previous.percent)})` : 'No result';
}

/** The five maturity levels with the percentages each covers, for the report's key. */
export function maturityLevelRows(): { label: string; rangeText: string }[] {
  return maturityRanges().map((range) => ({
    label: maturityLabel(range.maturity),
    rangeText: range.min === range.max ? percentText(range.min) : `${percentText(range.min)} to ${percentText(range.max)}`,
  }));
}
