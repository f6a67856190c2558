import { z } from 'zod';
import { isFinancialYearInRange } from '../calendar/financial-year';
import { boardPaperCoverSchema, COVER_FIELDS, type BoardPaperCover } from './board-paper-cover';

// Listed here too, with the other report schemas, so the HTTP fuzzing (e2e/security) sends its fields.
export { boardPaperCoverSchema };
import { NARRATIVE_MAX_LENGTH, NARRATIVE_SECTION_IDS, type NarrativeSectionId } from './narrative-sections';
import { REPORT_SECTION_IDS, type ReportSectionId } from './snapshot';

export const EXPORT_FORMATS = ['pdf', 'docx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_VARIANTS = ['annual-report', 'board-paper'] as const;
export type ExportVariant = (typeof EXPORT_VARIANTS)[number];

/** A financial year as its start year, from a form ("2025") or a number. */
export const financialYearField = z.coerce
  .number({ error: 'Select a financial year' })
  .int('Select a financial year')
  .refine(isFinancialYearInRange, 'Select a financial year');

const narrativeSectionField = z.enum(NARRATIVE_SECTION_IDS as [NarrativeSectionId, ...NarrativeSectionId[]], { error: 'Choose a section of the report' });

/** The version the editor was opened at; 0 when nothing had been saved yet. */
const expectedVersionField = z.coerce.number().int().min(0);

/** Line ends as \n and no trailing white space, so an unchanged text compares equal. */
export function normaliseNarrative(text: string): string {
  return text
    .replaceAll('\r\n', '\n')
    .replace(/[ \t]+$/gm, '')
    .trimEnd();
}

export const saveNarrativeSchema = z.object({
  financialYear: financialYearField,
  section: narrativeSectionField,
  body: z
    .string()
    .transform(normaliseNarrative)
    .pipe(z.string().max(NARRATIVE_MAX_LENGTH, `Use ${NARRATIVE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`)),
  expectedVersion: expectedVersionField,
});
export type SaveNarrativeInput = z.output<typeof saveNarrativeSchema>;

export const reuseNarrativeSchema = z.object({
  financialYear: financialYearField,
  section: narrativeSectionField,
  expectedVersion: expectedVersionField,
});
export type ReuseNarrativeInput = z.output<typeof reuseNarrativeSchema>;

export const NARRATIVE_STATUSES = ['draft', 'ready', 'approved'] as const;
export type NarrativeStatus = (typeof NARRATIVE_STATUSES)[number];

/** Moves a narrative to a status; the version is the one the person read, so they approve what they saw. */
export const setNarrativeStatusSchema = z.object({
  financialYear: financialYearField,
  section: narrativeSectionField,
  status: z.enum(NARRATIVE_STATUSES, { error: 'Choose what to do with this section' }),
  expectedVersion: expectedVersionField,
});
export type SetNarrativeStatusInput = z.output<typeof setNarrativeStatusSchema>;

// The board paper's cover fields arrive flat, beside the export's own; they are checked (and
// required) only when the board paper is chosen, and ignored for the annual-report section.
export const startExportSchema = z
  .object({
    financialYear: financialYearField,
    sections: z
      .array(z.enum(REPORT_SECTION_IDS, { error: 'Select sections from the list' }))
      .min(1, 'Select at least one section to include')
      // Kept in the report's order, without repeats, so the same choice is stored the same way.
      .transform((chosen) => REPORT_SECTION_IDS.filter((id) => chosen.includes(id))),
    variant: z.enum(EXPORT_VARIANTS, { error: 'Select whether this is for the annual report or a board paper' }),
    format: z.enum(EXPORT_FORMATS, { error: 'Select a file format' }),
  })
  .catchall(z.unknown())
  .transform((input, context) => {
    const chosen = { financialYear: input.financialYear, sections: input.sections, variant: input.variant, format: input.format };
    if (input.variant !== 'board-paper') return chosen;
    const cover = boardPaperCoverSchema.safeParse(Object.fromEntries(COVER_FIELDS.map((field) => [field, input[field]])));
    if (cover.success) return { ...chosen, cover: cover.data };
    for (const issue of cover.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  });
/** What an export is started with; the cover only on a board paper (the form requires it there). */
export type StartExportInput = Readonly<{
  financialYear: number;
  sections: readonly ReportSectionId[];
  variant: ExportVariant;
  format: ExportFormat;
  cover?: BoardPaperCover | null;
}>;
