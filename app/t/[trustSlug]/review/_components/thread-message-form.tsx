'use client';

import { useActionState } from 'react';
import { Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  challengeId: string;
  version: number;
  /** The textarea's field name: "body" for a response or further question, "note" for closing. */
  field: 'body' | 'note';
  heading: string;
  label: string;
  hint?: string;
  submitLabel: string;
  secondary?: boolean;
}>;

/** One step in a challenge's thread: a response, a further question or closing it. */
export function ThreadMessageForm({ action, challengeId, version, field, heading, label, hint, submitLabel, secondary = false }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  const id = `${field}-${submitLabel.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <form action={formAction} noValidate className="nhsuk-u-margin-bottom-6">
      {state.status === 'error' ? (
        <FormErrorSummary errors={summaryErrors(state.fieldErrors, { [field]: id })} message={state.message} focusKey={state} />
      ) : null}
      <h2>{heading}</h2>
      <input type="hidden" name="challengeId" value={challengeId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Textarea
        id={id}
        name={field}
        label={label}
        labelProps={{ size: 's' }}
        hint={hint}
        rows={5}
        defaultValue={feedback.value(field)}
        error={feedback.error(field)}
      />
      <button type="submit" className={secondary ? 'nhsuk-button nhsuk-button--secondary' : 'nhsuk-button'} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
