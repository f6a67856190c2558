import { z } from 'zod';
import { isoDate, requiredText } from '../forms/fields';
import { nameWithJobTitle } from '../format/person-names';

/** A person as a report prints them. */
export type ReportPerson = {
  name: string;
  jobTitle: string;
};

// What an NHS trust board paper's cover carries besides the title: the meeting and its date, the
// agenda item, the executive sponsor and the author, what the board is asked to do with the paper
// and the recommendation. The person exporting a board paper types these in; they are kept with
// the export record (in its options and its snapshot) and printed on the cover of the PDF and the
// Word file. The annual-report section has no cover, so none of this applies to it.

export const BOARD_PAPER_PURPOSES = ['approval', 'assurance', 'information'] as const;
export type BoardPaperPurpose = (typeof BOARD_PAPER_PURPOSES)[number];

export const PURPOSE_LABELS: Readonly<Record<BoardPaperPurpose, string>> = {
  approval: 'For approval',
  assurance: 'For assurance',
  information: 'For information',
};

export const RECOMMENDATION_MAX_LENGTH = 2000;

/** The cover as stored in the snapshot: plain strings, so it renders the same every time. */
export type BoardPaperCover = {
  meeting: string;
  /** YYYY-MM-DD, as typed. */
  meetingDate: string;
  agendaItem: string;
  sponsor: ReportPerson;
  author: ReportPerson;
  purpose: BoardPaperPurpose;
  recommendation: string;
};

/** The form's field names, which are also the keys of the error messages. */
export const COVER_FIELDS = [
  'meeting',
  'meetingDate',
  'agendaItem',
  'sponsorName',
  'sponsorTitle',
  'authorName',
  'authorTitle',
  'purpose',
  'recommendation',
] as const;

// A field left out of the submission (the command line, an old form) reads as blank, so it gets
// the same "Enter …" message as one left empty.
const text = (message: string, max?: number) => z.preprocess((value) => value ?? '', requiredText(message, max));

export const boardPaperCoverSchema = z
  .object({
    meeting: text('Enter the name of the meeting, like Trust board meeting in public'),
    meetingDate: z.preprocess((value) => value ?? '', isoDate('date of the meeting')),
    agendaItem: text('Enter the agenda item number, like 7.2', 20),
    sponsorName: text('Enter the name of the executive sponsor', 120),
    sponsorTitle: text('Enter the job title of the executive sponsor', 120),
    authorName: text('Enter the name of the author', 120),
    authorTitle: text('Enter the job title of the author', 120),
    purpose: z.enum(BOARD_PAPER_PURPOSES, { error: 'Select whether the paper is for approval, assurance or information' }),
    recommendation: z.preprocess(
      (value) => (typeof value === 'string' ? value.replaceAll('\r\n', '\n').trim() : ''),
      z
        .string()
        .min(1, 'Enter the recommendation to the board')
        .max(RECOMMENDATION_MAX_LENGTH, `Use ${RECOMMENDATION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer for the recommendation`),
    ),
  })
  .transform(
    (input): BoardPaperCover => ({
      meeting: input.meeting,
      meetingDate: input.meetingDate,
      agendaItem: input.agendaItem,
      sponsor: { name: input.sponsorName, jobTitle: input.sponsorTitle },
      author: { name: input.authorName, jobTitle: input.authorTitle },
      purpose: input.purpose,
      recommendation: input.recommendation,
    }),
  );

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "12 June 2026" from "2026-06-12", without time zones: it is a calendar date. */
export function meetingDateText(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** The cover's facts as label and value, in the order board-paper templates list them. */
export function coverFacts(cover: BoardPaperCover): { label: string; value: string }[] {
  return [
    { label: 'Meeting', value: cover.meeting },
    { label: 'Date of meeting', value: meetingDateText(cover.meetingDate) },
    { label: 'Agenda item', value: cover.agendaItem },
    { label: 'Executive sponsor', value: nameWithJobTitle(cover.sponsor) },
    { label: 'Author', value: nameWithJobTitle(cover.author) },
    { label: 'Purpose', value: PURPOSE_LABELS[cover.purpose] },
  ];
}

/** One line for the export history: "Trust board meeting in public, 11 June 2026, item 7.2, for approval". */
export function coverSummary(cover: BoardPaperCover): string {
  return `${cover.meeting}, ${meetingDateText(cover.meetingDate)}, item ${cover.agendaItem}, ${PURPOSE_LABELS[cover.purpose].toLowerCase()}`;
}

/** The cover back in the form's flat fields, so a cover given to lib/ directly meets the form's rules. */
function coverFormValues(cover: BoardPaperCover): Record<(typeof COVER_FIELDS)[number], string> {
  return {
    meeting: cover.meeting,
    meetingDate: cover.meetingDate,
    agendaItem: cover.agendaItem,
    sponsorName: cover.sponsor.name,
    sponsorTitle: cover.sponsor.jobTitle,
    authorName: cover.author.name,
    authorTitle: cover.author.jobTitle,
    purpose: cover.purpose,
    recommendation: cover.recommendation,
  };
}

/**
 * A board paper's cover checked again where the export is made (not only in the form), so no
 * caller (the command line, a script, a future form) can make a board paper without one. Returns
 * the cover as stored, or the form's messages by field.
 */
export function checkedCover(cover: BoardPaperCover | null | undefined): { cover: BoardPaperCover } | { fieldErrors: Record<string, string[]> } {
  const parsed = boardPaperCoverSchema.safeParse(cover ? coverFormValues(cover) : {});
  if (parsed.success) return { cover: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
  return { fieldErrors };
}

const storedPerson = z.object({ name: z.string(), jobTitle: z.string() });
const storedCoverSchema = z.object({
  meeting: z.string(),
  meetingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  agendaItem: z.string(),
  sponsor: storedPerson,
  author: storedPerson,
  purpose: z.enum(BOARD_PAPER_PURPOSES),
  recommendation: z.string(),
});

/** The cover kept in an export record's options, or null (an annual-report export, or an older record). */
export function storedCover(options: unknown): BoardPaperCover | null {
  const cover = typeof options === 'object' && options !== null && 'cover' in options ? options.cover : undefined;
  const parsed = storedCoverSchema.safeParse(cover);
  return parsed.success ? parsed.data : null;
}
