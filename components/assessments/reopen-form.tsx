'use client';

import { useActionState } from 'react';
import { Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  assessmentId: string;
  expectedVersion: number;
}>;

/** An administrator returns the assessment to draft; the reason is kept in the audit trail. */
export function ReopenForm({ action, assessmentId, expectedVersion }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? (
        <FormErrorSummary errors={summaryErrors(state.fieldErrors, { reason: 'reason' })} message={state.message} focusKey={state} />
      ) : null}
      <h2>Reopen the assessment</h2>
      <p>
        Reopening returns the assessment to draft so its answers can be corrected. Any record of the board’s approval is removed and it will need approving
        again.
      </p>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <Textarea
        id="reason"
        name="reason"
        label="Why does it need reopening?"
        hint="This is kept in the audit trail"
        rows={3}
        defaultValue={feedback.value('reason')}
        error={feedback.error('reason')}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={pending}>
        Reopen assessment
      </button>
    </form>
  );
}
