'use client';

import { useActionState, useState, type ReactNode } from 'react';
import { Button, Checkboxes, CheckboxesItem, Radios, RadiosItem } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { BoardPaperCoverFields, COVER_FIELD_IDS } from './board-paper-cover-fields';

type Option = Readonly<{ value: string; label: string; hint?: string }>;
type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  years: readonly Option[];
  sections: readonly Option[];
  variants: readonly Option[];
  formats: readonly Option[];
  initial: Record<string, string | string[]>;
  /** Shown under the heading: what is not ready to publish yet. */
  intro?: ReactNode;
}>;

const FIELD_IDS = { financialYear: 'financialYear', sections: 'sections', variant: 'variant', ...COVER_FIELD_IDS, format: 'format' };

/** What to export: the year, the sections, who it is for and the file format. */
export function ExportForm({ action, years, sections, variants, formats, initial, intro }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state, initial);
  // The board paper's cover fields show only while the board paper is chosen.
  const [variant, setVariant] = useState(feedback.value('variant'));
  const radios = (name: string, legend: string, options: readonly Option[], onPick?: (value: string) => void) => (
    <Radios id={name} name={name} legend={legend} legendProps={{ size: 'm' }} error={feedback.error(name)}>
      {options.map((option) => (
        <RadiosItem
          key={option.value}
          value={option.value}
          hint={option.hint}
          defaultChecked={feedback.value(name) === option.value}
          onChange={onPick ? (event) => event.currentTarget.checked && onPick(option.value) : undefined}
        >
          {option.label}
        </RadiosItem>
      ))}
    </Radios>
  );
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <h1>Export the annual report section</h1>
      {intro}
      {radios('financialYear', 'Which financial year?', years)}
      <Checkboxes
        id="sections"
        name="sections"
        legend="Which sections do you want to include?"
        legendProps={{ size: 'm' }}
        hint="Select all that apply"
        error={feedback.error('sections')}
      >
        {sections.map((option) => (
          <CheckboxesItem key={option.value} value={option.value} hint={option.hint} defaultChecked={feedback.values('sections').includes(option.value)}>
            {option.label}
          </CheckboxesItem>
        ))}
      </Checkboxes>
      {radios('variant', 'What is it for?', variants, setVariant)}
      {variant === 'board-paper' ? <BoardPaperCoverFields feedback={feedback} /> : null}
      {radios('format', 'Which file format?', formats)}
      <Button type="submit" disabled={pending} preventDoubleClick>
        Start export
      </Button>
    </form>
  );
}
