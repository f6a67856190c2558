'use client';

import { useActionState } from 'react';
import { Button, Radios, RadiosItem, Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type Props = Readonly<{ action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>; objectiveId: string }>;

const FIELD_IDS = { answer: 'answer-accept', changeRequest: 'changeRequest' };

/** The owner accepts the agreed objective, or asks for a change and says why. */
export function AcceptanceForm({ action, objectiveId }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  useErrorTitle(state.status === 'error');
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} /> : null}
      <input type="hidden" name="objectiveId" value={objectiveId} />
      <Radios id="answer" name="answer" legend="Do you accept this objective as agreed?" legendProps={{ size: 's' }} error={feedback.error('answer')}>
        <RadiosItem id="answer-accept" value="accept" defaultChecked={feedback.value('answer') === 'accept'}>
          Yes, I accept it
        </RadiosItem>
        <RadiosItem id="answer-change" value="change" defaultChecked={feedback.value('answer') === 'change'}>
          No, I want a change
        </RadiosItem>
      </Radios>
      <Textarea
        id="changeRequest"
        name="changeRequest"
        label="If you want a change, what and why?"
        hint="For example, a later due date because the system change moved to the next release. The executive lead sees this on the board overview."
        rows={3}
        defaultValue={feedback.value('changeRequest')}
        error={feedback.error('changeRequest')}
      />
      <Button type="submit" disabled={pending}>
        Send my answer
      </Button>
    </form>
  );
}
