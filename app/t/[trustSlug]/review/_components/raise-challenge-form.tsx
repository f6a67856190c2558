'use client';

import { useActionState } from 'react';
import { Button, Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import type { ChallengeTargetInput } from '@/lib/review/schemas';

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
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, { text: 'text' })} message={state.message} focusKey={state} /> : null}
      <input type="hidden" name="targetKind" value={target.targetKind} />
      {target.targetKind === 'objective' ? <input type="hidden" name="objectiveId" value={target.objectiveId} /> : <input type="hidden" name="assessmentId" value={target.assessmentId} />}
      {target.targetKind === 'answer' ? <input type="hidden" name="questionRef" value={target.questionRef} /> : null}
      {target.targetKind === 'domain' ? <input type="hidden" name="domain" value={target.domain} /> : null}
      <Textarea
        id="text"
        name="text"
        label="Your challenge"
        labelProps={{ size: 's' }}
        hint="Say what you would like the executive to explain or evidence. The executive lead will be able to respond."
        rows={6}
        defaultValue={feedback.value('text')}
        error={feedback.error('text')}
      />
      <Button type="submit" disabled={pending}>
        Raise challenge
      </Button>
    </form>
  );
}
