'use client';

import { useActionState } from 'react';
import { Button, DateInput, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  assessmentId: string;
  expectedVersion: number;
}>;

const FIELD_IDS = { approvalDate: 'approvalDate-day', meetingRef: 'meetingRef' };

/** The company secretary records the board meeting that approved the assessment, which locks it. */
export function ApprovalForm({ action, assessmentId, expectedVersion }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <h2>Record the board’s approval</h2>
      <p>Once you record the approval the answers are locked. Only an administrator can reopen the assessment, and they must give a reason.</p>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <DateInput
        id="approvalDate"
        name="approvalDate"
        legend="Date of the board meeting that approved it"
        legendProps={{ size: 's' }}
        hint="For example, 27 3 2026"
        defaultValue={{ day: feedback.value('approvalDate-day'), month: feedback.value('approvalDate-month'), year: feedback.value('approvalDate-year') }}
        error={feedback.error('approvalDate')}
      />
      <TextInput
        id="meetingRef"
        name="meetingRef"
        label="Board meeting reference"
        hint="For example, the agenda item or minute number"
        defaultValue={feedback.value('meetingRef')}
        error={feedback.error('meetingRef')}
        autoComplete="off"
      />
      <Button type="submit" disabled={pending}>
        Record approval
      </Button>
    </form>
  );
}
