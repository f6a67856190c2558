'use client';

import { DateInput, Fieldset, Radios, RadiosItem, Textarea, TextInput } from 'nhsuk-react-components';
import { BOARD_PAPER_PURPOSES, PURPOSE_LABELS, RECOMMENDATION_MAX_LENGTH, type BoardPaperPurpose } from '@/lib/reports/board-paper-cover';

type Feedback = Readonly<{ error: (name: string) => string | undefined; value: (name: string) => string }>;

/** Where each cover field's error summary link goes. */
export const COVER_FIELD_IDS = {
  meeting: 'meeting',
  meetingDate: 'meetingDate-day',
  agendaItem: 'agendaItem',
  sponsorName: 'sponsorName',
  sponsorTitle: 'sponsorTitle',
  authorName: 'authorName',
  authorTitle: 'authorTitle',
  purpose: 'purpose-approval',
  recommendation: 'recommendation',
};

const PURPOSE_HINTS: Readonly<Record<BoardPaperPurpose, string>> = {
  approval: 'The board is asked to agree the report',
  assurance: 'The board is asked to take assurance that the work is on track',
  information: 'The board is asked to note the report',
};

/** What an NHS board paper's cover carries: meeting, agenda item, sponsor, author, purpose and recommendation. */
export function BoardPaperCoverFields({ feedback }: Readonly<{ feedback: Feedback }>) {
  const text = (name: keyof typeof COVER_FIELD_IDS, label: string, hint?: string, width?: 5 | 10 | 20 | 30) => (
    <TextInput
      id={name}
      name={name}
      label={label}
      labelProps={{ size: 's' }}
      hint={hint}
      width={width}
      defaultValue={feedback.value(name)}
      error={feedback.error(name)}
    />
  );
  return (
    <Fieldset aria-describedby="cover-hint">
      <Fieldset.Legend size="m">Board paper cover</Fieldset.Legend>
      <p className="nhsuk-hint" id="cover-hint">
        Printed on the cover page, as on the trust’s other board papers.
      </p>
      {text('meeting', 'Name of the meeting', 'For example, Trust board meeting in public')}
      <DateInput
        id="meetingDate"
        name="meetingDate"
        legend="Date of the meeting"
        legendProps={{ size: 's' }}
        hint="For example, 11 6 2026"
        defaultValue={{ day: feedback.value('meetingDate-day'), month: feedback.value('meetingDate-month'), year: feedback.value('meetingDate-year') }}
        error={feedback.error('meetingDate')}
      />
      {text('agendaItem', 'Agenda item number', 'For example, 7.2', 5)}
      {text('sponsorName', 'Name of the executive sponsor', 'The executive director who presents the paper')}
      {text('sponsorTitle', 'Job title of the executive sponsor', 'For example, Chief Nurse')}
      {text('authorName', 'Name of the author')}
      {text('authorTitle', 'Job title of the author', 'For example, Head of Corporate Governance')}
      <Radios id="purpose" name="purpose" legend="What is the paper for?" legendProps={{ size: 's' }} error={feedback.error('purpose')}>
        {BOARD_PAPER_PURPOSES.map((purpose) => (
          <RadiosItem
            key={purpose}
            id={`purpose-${purpose}`}
            value={purpose}
            hint={PURPOSE_HINTS[purpose]}
            defaultChecked={feedback.value('purpose') === purpose}
          >
            {PURPOSE_LABELS[purpose]}
          </RadiosItem>
        ))}
      </Radios>
      <Textarea
        id="recommendation"
        name="recommendation"
        label="Recommendation"
        labelProps={{ size: 's' }}
        hint={`What the board is asked to do, for example: The board is asked to approve the section for publication. Up to ${RECOMMENDATION_MAX_LENGTH.toLocaleString('en-GB')} characters.`}
        rows={4}
        defaultValue={feedback.value('recommendation')}
        error={feedback.error('recommendation')}
      />
    </Fieldset>
  );
}
