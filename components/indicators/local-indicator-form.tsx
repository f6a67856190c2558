'use client';

import { useActionState } from 'react';
import { Button, Radios, RadiosItem, Textarea, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { INDICATOR_UNITS, UNIT_LABELS } from '@/lib/indicators/schemas';

type Props = Readonly<{ action: (previous: ActionResult, formData: FormData) => Promise<ActionResult> }>;

const FIELD_IDS = { name: 'name', code: 'code', definition: 'definition', unit: 'unit', method: 'method', higherIsBetter: 'higherIsBetter', source: 'source' };
const METHODS = [
  { id: 'crude', label: 'Crude: the numerator divided by the denominator' },
  { id: 'age_standardised', label: 'Age-standardised: adjusted for the age of the population' },
] as const;

/** A trust administrator adds an indicator of the trust's own to its catalogue. */
export function LocalIndicatorForm({ action }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  const radios = (name: string, legend: string, options: readonly { id: string; label: string }[], hint?: string) => (
    <Radios id={name} name={name} legend={legend} legendProps={{ size: 's' }} hint={hint} error={feedback.error(name)}>
      {options.map((option) => (
        <RadiosItem key={option.id} value={option.id} defaultChecked={feedback.value(name) === option.id}>
          {option.label}
        </RadiosItem>
      ))}
    </Radios>
  );
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <TextInput
        id="name"
        name="name"
        label="Name"
        labelProps={{ size: 's' }}
        hint="As the board will read it, for example Smoking at time of booking"
        defaultValue={feedback.value('name')}
        error={feedback.error('name')}
        autoComplete="off"
      />
      <TextInput
        id="code"
        name="code"
        label="Code"
        labelProps={{ size: 's' }}
        hint="What the upload file’s indicator column will say: lower-case letters, numbers and hyphens, for example local-smoking-booking"
        width={20}
        defaultValue={feedback.value('code')}
        error={feedback.error('code')}
        autoComplete="off"
        spellCheck={false}
      />
      <Textarea
        id="definition"
        name="definition"
        label="Definition"
        labelProps={{ size: 's' }}
        hint="What is counted, out of whom, and over what period"
        rows={4}
        defaultValue={feedback.value('definition')}
        error={feedback.error('definition')}
      />
      {radios(
        'unit',
        'Unit',
        INDICATOR_UNITS.map((id) => ({ id, label: UNIT_LABELS[id] })),
      )}
      {radios('method', 'How is the value worked out?', METHODS)}
      {radios('higherIsBetter', 'Is a higher value better?', [
        { id: 'yes', label: 'Yes, higher is better' },
        { id: 'no', label: 'No, lower is better' },
      ])}
      <Textarea
        id="source"
        name="source"
        label="Source"
        labelProps={{ size: 's' }}
        hint="Where the figures come from, for example the maternity information system"
        rows={2}
        defaultValue={feedback.value('source')}
        error={feedback.error('source')}
      />
      <Button type="submit" disabled={pending}>
        Add indicator
      </Button>
    </form>
  );
}
