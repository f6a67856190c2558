'use client';

import { useActionState } from 'react';
import { Button } from 'nhsuk-react-components';
import { FormErrorSummary } from '@/components/forms/error-summary';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { useErrorTitle } from '@/components/forms/use-error-title';

type Props = Readonly<{ action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>; objectiveId: string; version: number }>;

/** Records the board's agreement of a complete draft; a refusal says what is missing. */
export function AgreeForm({ action, objectiveId, version }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  useErrorTitle(state.status === 'error');
  return (
    <form action={formAction}>
      {state.status === 'error' ? <FormErrorSummary errors={[]} message={state.message} focusKey={state} /> : null}
      <input type="hidden" name="objectiveId" value={objectiveId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Button type="submit" disabled={pending}>
        Agree objective
      </Button>
    </form>
  );
}
