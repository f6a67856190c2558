// The frozen content of one annual-report export. It is plain data (strings, numbers, arrays,
// no Dates or class instances) so that the page layer can store it as JSON with the export
// record, and so that rendering the same snapshot again gives the same file byte for byte.
// Everything a renderer prints is already worked out here: labels, percentages, change text.
// Renderers never reach into the database or the catalogue.

import type { BoardPaperCover, ReportPerson } from './board-paper-cover';
import type { IndicatorsContent } from '../indicators/report-content';
import { OPTIONAL_SECTION_IDS, OPTIONAL_SECTIONS, offersSection, type OptionalSectionId } from './optional-sections';

/** The core sections, the optional ones (lib/reports/optional-sections.ts), then data quality. */
export const REPORT_SECTION_IDS = [
  'leadership',
  'assessment',
  'objectives',
  'statement-review',
  'indicators',
  ...OPTIONAL_SECTION_IDS,
  'data-quality',
] as const;

export type ReportSectionId = 'leadership' | 'assessment' | 'objectives' | 'statement-review' | 'indicators' | OptionalSectionId | 'data-quality';

/** The sections every report has; the optional ones are added by choice. */
export const CORE_SECTION_IDS: readonly ReportSectionId[] = REPORT_SECTION_IDS.filter((id) => !(OPTIONAL_SECTION_IDS as readonly string[]).includes(id));

/** The report's sections a trust of this type may choose (the PCREF section only for mental health trusts). */
export function sectionsOfferedTo(trustType: string): ReportSectionId[] {
  const notOffered = new Set<string>(OPTIONAL_SECTIONS.filter((section) => !offersSection(section, trustType)).map((section) => section.id));
  return REPORT_SECTION_IDS.filter((id) => !notOffered.has(id));
}

/** 'draft' when the year's assessment is not approved: every page then says DRAFT. */
export type ReportStatus = 'approved' | 'draft';

/** The board paper adds a cover page and says whether the content is approved. */
export type ReportVariant = 'annual-report' | 'board-paper';

type ReportTrust = {
  name: string;
  odsCode: string;
  /** Already a label, for example "Acute trust". */
  type: string;
  /** Already a label, for example "North West". */
  regionLabel: string;
};
// Defined beside the cover, which names people too; re-exported so the snapshot's types stay in one place.

export type ReportBoardMember = ReportPerson & {
  /** Role area labels, for example "Executive lead for health inequalities". */
  roleAreas: readonly string[];
};

export type LeadershipContent = {
  executiveLead: ReportPerson | null;
  chair: ReportPerson | null;
  /** The committee that oversees this work, for example "Quality Committee", from the governance settings. */
  committee: string | null;
  /** How often that committee reports to the board, for example "every quarter"; null when not recorded. */
  committeeReportsToBoard: string | null;
  /** Narrative the trust wrote. Paragraphs are separated by a blank line. */
  governanceNarrative: string;
  boardMembers: readonly ReportBoardMember[];
};

export type ReportDomainNumber = 1 | 2 | 3 | 4;

type ReportDomainResult = {
  number: ReportDomainNumber;
  label: string;
  score: number;
  maxScore: number;
  /** Whole number, 0 to 100, as the app rounds it. */
  percent: number;
  maturityLabel: string;
  previous: { maturityLabel: string; percent: number } | null;
  /** For example "Up from Developing (38%)" or "No result for last year". */
  changeText: string;
};

export type AssessmentContent = {
  /** "2024/25", or null when there is no approved assessment for the year before. */
  previousFinancialYear: string | null;
  domains: readonly ReportDomainResult[];
  /** All five maturity levels with the percentages each covers, lowest first. */
  maturityLevels: readonly { label: string; rangeText: string }[];
};

export type ReportObjective = {
  title: string;
  /** The guide's objective references, for example ["4.1", "9.2"]. */
  guideRefs: readonly string[];
  /** The owner's role or job title (not their name), or null when nobody owns it yet. */
  ownerRole: string | null;
  statusLabel: string;
  progressSummary: string;
  /** The indicator figure the objective's measure follows; absent in snapshots taken before objectives could link one. */
  measuredBy?: ReportMeasuredBy | null;
};

export type ReportMeasuredBy = { indicator: string; figure: string };

export type ObjectivesContent = {
  objectives: readonly ReportObjective[];
};

export const STATEMENT_EXPECTATION_IDS = ['understand-need', 'break-down-data', 'data-quality', 'act-and-evaluate', 'publish'] as const;

export type StatementExpectationId = (typeof STATEMENT_EXPECTATION_IDS)[number];

export type StatementReviewContent = {
  /** How the report names the statement's edition (from the governance settings); null when not recorded. */
  edition: string | null;
  /** The trust's narrative for each expectation, in the statement's order. */
  expectations: readonly { id: StatementExpectationId; narrative: string }[];
};

export type DataQualityContent = {
  note: string;
};

/** An optional section: the trust's own narrative under the section's heading. */
type OptionalSectionContent = {
  narrative: string;
};

export type ReportSectionContent = {
  leadership: LeadershipContent;
  assessment: AssessmentContent;
  objectives: ObjectivesContent;
  'statement-review': StatementReviewContent;
  /** The statement's indicators: lib/reports/indicators-content.ts. */
  indicators: IndicatorsContent;
  'data-quality': DataQualityContent;
} & { [Id in OptionalSectionId]: OptionalSectionContent };

/** One chosen section with its content: { id: 'assessment', content: AssessmentContent } and so on. */
export type ReportSection = { [Id in ReportSectionId]: { id: Id; content: ReportSectionContent[Id] } }[ReportSectionId];

export type AnnualReportSnapshot = {
  trust: ReportTrust;
  /** "2025/26". */
  financialYear: string;
  status: ReportStatus;
  variant: ReportVariant;
  /** The board paper's cover details (meeting, sponsor, purpose…); absent on the annual-report section. */
  cover?: BoardPaperCover;
  /** ISO 8601 instant, for example "2026-04-14T09:30:00.000Z". Becomes the PDF's creation date. */
  generatedAt: string;
  /** Only the chosen sections, each with its content. Renderers print them in the order of REPORT_SECTION_IDS. */
  sections: readonly ReportSection[];
};

/** The chosen sections in the report's fixed order, without repeats. */
export function orderedSections(snapshot: AnnualReportSnapshot): ReportSection[] {
  const byId = new Map<ReportSectionId, ReportSection>();
  for (const section of snapshot.sections) {
    if (!byId.has(section.id)) byId.set(section.id, section);
  }
  return REPORT_SECTION_IDS.flatMap((id) => {
    const section = byId.get(id);
    return section ? [section] : [];
  });
}

/** The content of one section, or null when it was not chosen. */
export function findSection<Id extends ReportSectionId>(snapshot: AnnualReportSnapshot, id: Id): ReportSectionContent[Id] | null {
  for (const section of snapshot.sections) {
    // The id check narrows the union; TypeScript cannot follow it through the generic.
    if (section.id === id) return section.content as ReportSectionContent[Id];
  }
  return null;
}
