'use client';

import { useActionState } from 'react';
import { Button, Radios, RadiosItem } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { SuccessBanner } from '@/components/layout/success-banner';

type Props = Readonly<{ action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>; optedIn: boolean }>;

/** A trust administrator chooses whether the trust takes part in peer comparison. */
export function OptInForm({ action, optedIn }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state, { optIn: optedIn ? 'yes' : 'no' });
  return (
    <form action={formAction} noValidate className="nhsuk-u-margin-bottom-6">
      {state.status === 'error' ? (
        <FormErrorSummary errors={summaryErrors(state.fieldErrors, { optIn: 'optIn' })} message={state.message} focusKey={state} />
      ) : null}
      {state.status === 'success' && state.message ? <SuccessBanner focusKey={state}>{state.message}</SuccessBanner> : null}
      <Radios id="optIn" name="optIn" legend="Should this trust take part in peer comparison?" legendProps={{ size: 's' }} error={feedback.error('optIn')}>
        <RadiosItem
          value="yes"
          defaultChecked={feedback.value('optIn') === 'yes'}
          hint="Share this trust’s approved maturity levels, anonymously and only as counts, and see other opted-in trusts’"
        >
          Yes, take part
        </RadiosItem>
        <RadiosItem value="no" defaultChecked={feedback.value('optIn') === 'no'} hint="This trust’s results are not counted and it sees no comparison">
          No
        </RadiosItem>
      </Radios>
      <Button type="submit" disabled={pending}>
        Save choice
      </Button>
    </form>
  );
}
