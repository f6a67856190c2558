import { describe, expect, it } from 'vitest';
import { coverFacts, coverSummary, meetingDateText, storedCover } from '../../../lib/reports/board-paper-cover';
import { startExportSchema } from '../../../lib/reports/schemas';
import { BOARD_PAPER_COVER, COVER_FORM } from '../../support/report-snapshot-fixture';

// The board paper's cover details: required (with a message for each) only on a board paper.

const BASE = { financialYear: '2025', sections: ['assessment'], format: 'pdf' } as const;

function messages(input: Record<string, unknown>): Record<string, string> {
  const parsed = startExportSchema.safeParse(input);
  if (parsed.success) return {};
  // The form shows the first message for each field, as here.
  const first: Record<string, string> = {};
  for (const issue of parsed.error.issues) first[issue.path.join('.')] ??= issue.message;
  return first;
}

describe('board paper cover details', () => {
  it('are required on a board paper, each with its own message', () => {
    expect(messages({ ...BASE, variant: 'board-paper' })).toEqual({
      meeting: 'Enter the name of the meeting, like Trust board meeting in public',
      meetingDate: 'Enter the date of the meeting',
      agendaItem: 'Enter the agenda item number, like 7.2',
      sponsorName: 'Enter the name of the executive sponsor',
      sponsorTitle: 'Enter the job title of the executive sponsor',
      authorName: 'Enter the name of the author',
      authorTitle: 'Enter the job title of the author',
      purpose: 'Select whether the paper is for approval, assurance or information',
      recommendation: 'Enter the recommendation to the board',
    });
    const blank = Object.fromEntries(Object.keys(COVER_FORM).map((key) => [key, '   ']));
    expect(Object.keys(messages({ ...BASE, variant: 'board-paper', ...blank }))).toHaveLength(9);
  });

  it('say when the date is not a real one, the purpose is not offered or the recommendation is too long', () => {
    expect(messages({ ...BASE, variant: 'board-paper', ...COVER_FORM, meetingDate: 'invalid:31/2/2026' })).toEqual({
      meetingDate: 'The date of the meeting must be a real date, like 1 4 2025',
    });
    expect(messages({ ...BASE, variant: 'board-paper', ...COVER_FORM, purpose: 'decision' })).toEqual({
      purpose: 'Select whether the paper is for approval, assurance or information',
    });
    expect(messages({ ...BASE, variant: 'board-paper', ...COVER_FORM, recommendation: 'x'.repeat(2001) })).toEqual({
      recommendation: 'Use 2,000 characters or fewer for the recommendation',
    });
  });

  it('are trimmed and gathered into the cover, and ignored for the annual-report section', () => {
    const parsed = startExportSchema.parse({
      ...BASE,
      variant: 'board-paper',
      ...COVER_FORM,
      meeting: `  ${COVER_FORM.meeting}  `,
      recommendation: `${COVER_FORM.recommendation}\r\n\r\n`,
    });
    expect('cover' in parsed ? parsed.cover : null).toEqual(BOARD_PAPER_COVER);
    const annual = startExportSchema.parse({ ...BASE, variant: 'annual-report', meeting: 'Typed before switching' });
    expect(annual).toEqual({ financialYear: 2025, sections: ['assessment'], variant: 'annual-report', format: 'pdf' });
  });

  it('print as label and value, with the date in words', () => {
    expect(meetingDateText('2026-06-01')).toBe('1 June 2026');
    expect(coverFacts(BOARD_PAPER_COVER)).toEqual([
      { label: 'Meeting', value: 'Trust board meeting in public' },
      { label: 'Date of meeting', value: '11 June 2026' },
      { label: 'Agenda item', value: '7.2' },
      { label: 'Executive sponsor', value: 'Dr Amara Okafor, Chief Nurse' },
      { label: 'Author', value: 'Sam Patel, Head of Corporate Governance' },
      { label: 'Purpose', value: 'For approval' },
    ]);
  });

  it('read back from an export record for its history line, and an old or odd record reads as having none', () => {
    expect(storedCover({ sections: ['assessment'], cover: BOARD_PAPER_COVER })).toEqual(BOARD_PAPER_COVER);
    expect(coverSummary(BOARD_PAPER_COVER)).toBe('Trust board meeting in public, 11 June 2026, item 7.2, for approval');
    for (const options of [{ sections: ['assessment'] }, { cover: { meeting: 'x' } }, null, 'cover', []]) expect(storedCover(options)).toBeNull();
  });
});
