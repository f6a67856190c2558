'use client';

import { useActionState } from 'react';
import { Button, DateInput, Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import type { ChallengeTargetInput } from '@/lib/review/schemas';

/** A fixed example keeps the hint the same on the server and in the browser. */
const exampleDate = '30 6 2026';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  target: ChallengeTargetInput;
}>;

/** The last step of raising a challenge: what the NED wants the executive to answer. */
export function RaiseChallengeForm({ action, target }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? (
        <FormErrorSummary
          errors={summaryErrors(state.fieldErrors, { text: 'text', responseDueDate: 'responseDueDate-day' })}
          message={state.message}
          focusKey={state}
        />
      ) : null}
      <input type="hidden" name="targetKind" value={target.targetKind} />
      {target.targetKind === 'objective' ? (
        <input type="hidden" name="objectiveId" value={target.objectiveId} />
      ) : (
        <input type="hidden" name="assessmentId" value={target.assessmentId} />
      )}
      {target.targetKind === 'answer' ? <input type="hidden" name="questionRef" value={target.questionRef} /> : null}
      {target.targetKind === 'domain' ? <input type="hidden" name="domain" value={target.domain} /> : null}
      <Textarea
        id="text"
        name="text"
        label="Your challenge"
        labelProps={{ size: 's' }}
        hint="Say what you would like the executive to explain or evidence. The executive lead, or the objective’s owner, will be asked to respond."
        rows={6}
        defaultValue={feedback.value('text')}
        error={feedback.error('text')}
      />
      <DateInput
        id="responseDueDate"
        name="responseDueDate"
        legend="When is a response due?"
        legendProps={{ size: 's' }}
        hint={`The person who must answer is told this date. Leave it blank for four weeks from today. For example, ${exampleDate}`}
        defaultValue={{
          day: feedback.value('responseDueDate-day'),
          month: feedback.value('responseDueDate-month'),
          year: feedback.value('responseDueDate-year'),
        }}
        error={feedback.error('responseDueDate')}
      />
      <Button type="submit" disabled={pending}>
        Raise challenge
      </Button>
    </form>
  );
}
