'use client';

import { useActionState } from 'react';
import { Button } from 'nhsuk-react-components';
import { FormErrorSummary } from '@/components/forms/error-summary';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { acceptInvitationAction } from './actions';

type Props = Readonly<{ token: string; trustName: string; email: string }>;

/** For someone signed in as the invited address: accepting needs no password, only this confirmation. */
export function ConfirmInvitationForm({ token, trustName, email }: Props) {
  const [state, action, pending] = useActionState<ActionResult, FormData>(acceptInvitationAction.bind(null, token), IDLE);
  return (
    <form action={action} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={[]} message={state.message} focusKey={state} /> : null}
      <h1>Join {trustName} on Fairboard</h1>
      <p>
        You are signed in as <strong>{email}</strong>, the address this invitation is for.
      </p>
      <Button type="submit" disabled={pending}>
        Accept invitation
      </Button>
    </form>
  );
}
