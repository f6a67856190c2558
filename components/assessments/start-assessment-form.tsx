'use client';

import { useActionState } from 'react';
import { FormErrorSummary } from '@/components/forms/error-summary';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  financialYear: number;
  label: string;
}>;

/** One button that starts the year's assessment; a refusal (already started) shows above it. */
export function StartAssessmentForm({ action, financialYear, label }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={[]} message={state.message} focusKey={state} /> : null}
      <input type="hidden" name="financialYear" value={financialYear} />
      <button type="submit" className="nhsuk-button" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
