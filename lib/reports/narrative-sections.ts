import { OPTIONAL_SECTIONS, type OptionalSectionId } from './optional-sections';
import { STATEMENT_EXPECTATIONS } from './report-text';
import type { ReportSectionId, StatementExpectationId } from './snapshot';

// Pure: the pieces of the annual report the trust writes itself. Each is kept per financial year
// as a ReportNarrative row (its id is the row's "section"; a CHECK constraint in the annual_report
// migration lists the same ids) and feeds one place in the snapshot.

export type NarrativeSectionId = 'leadership-governance' | `statement-${StatementExpectationId}` | OptionalSectionId | 'data-quality';

export type NarrativeSection = Readonly<{
  id: NarrativeSectionId;
  /** The report section it appears in. */
  reportSection: Exclude<ReportSectionId, 'assessment' | 'objectives'>;
  heading: string;
  /** What to write about, shown above the editor. */
  prompt: string;
  /** More help under the prompt, as hint text. */
  hint: string;
  expectationId: StatementExpectationId | null;
  /** Offered to mental health trusts only (the PCREF section). */
  mentalHealthOnly: boolean;
}>;

export const NARRATIVE_SECTIONS: readonly NarrativeSection[] = [
  {
    id: 'leadership-governance',
    reportSection: 'leadership',
    heading: 'How we govern this work',
    prompt: 'How the board leads the trust’s work on health inequalities.',
    hint: 'Say who the executive lead is, which committee oversees the work, how often it reports to the board and how the board holds the executive to account.',
    expectationId: null,
    mentalHealthOnly: false,
  },
  ...STATEMENT_EXPECTATIONS.map(
    (expectation): NarrativeSection => ({
      id: `statement-${expectation.id}`,
      reportSection: 'statement-review',
      heading: expectation.heading,
      prompt: expectation.prompt,
      hint: 'This is part of the trust’s review against NHS England’s statement on information on health inequalities. Say what the trust did this year and how far it met the expectation.',
      expectationId: expectation.id,
      mentalHealthOnly: false,
    }),
  ),
  ...OPTIONAL_SECTIONS.map(
    (section): NarrativeSection => ({
      id: section.id,
      reportSection: section.id,
      heading: section.heading,
      prompt: section.prompt,
      hint: section.hint,
      expectationId: null,
      mentalHealthOnly: section.mentalHealthOnly,
    }),
  ),
  {
    id: 'data-quality',
    reportSection: 'data-quality',
    heading: 'Data quality and limitations',
    prompt: 'What readers should know about the quality and limits of the figures in this section.',
    hint: 'For example, gaps in recording, which sources the figures come from, and that the self-assessment is the board’s own judgement.',
    expectationId: null,
    mentalHealthOnly: false,
  },
];

export const NARRATIVE_SECTION_IDS: readonly NarrativeSectionId[] = NARRATIVE_SECTIONS.map((section) => section.id);

/** Narratives are bounded in the database too (ReportNarrative_body_length). */
export const NARRATIVE_MAX_LENGTH = 20_000;

export function isNarrativeSectionId(value: unknown): value is NarrativeSectionId {
  return typeof value === 'string' && (NARRATIVE_SECTION_IDS as readonly string[]).includes(value);
}

export function findNarrativeSection(id: NarrativeSectionId): NarrativeSection {
  const found = NARRATIVE_SECTIONS.find((section) => section.id === id);
  // The list covers every NarrativeSectionId, so a miss means it was edited badly.
  if (!found) throw new Error(`Unknown narrative section: ${id}`);
  return found;
}

/** The narratives that feed one report section, in the report's order. */
export function narrativesOfSection(reportSection: ReportSectionId): NarrativeSection[] {
  return NARRATIVE_SECTIONS.filter((section) => section.reportSection === reportSection);
}
