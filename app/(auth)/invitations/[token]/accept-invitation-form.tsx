'use client';

import { useActionState } from 'react';
import { Button, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { acceptInvitationAction } from './actions';

type Props = Readonly<{ token: string; trustName: string; email: string; hasAccount: boolean }>;

export function AcceptInvitationForm({ token, trustName, email, hasAccount }: Props) {
  const [state, action, pending] = useActionState<ActionResult, FormData>(acceptInvitationAction.bind(null, token), IDLE);
  const feedback = formFeedback(state);
  return (
    <form action={action} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, { displayName: 'displayName', password: 'password' })} message={state.message} focusKey={state} /> : null}
      <h1>Join {trustName} on Fairboard</h1>
      <p>
        This invitation is for <strong>{email}</strong>.
      </p>
      <TextInput id="displayName" name="displayName" label="Your name" hint="As colleagues on the board know you" autoComplete="name" defaultValue={feedback.value('displayName')} error={feedback.error('displayName')} />
      <TextInput
        id="password"
        name="password"
        type="password"
        label={hasAccount ? 'Password for your existing account' : 'Create a password'}
        hint={hasAccount ? 'You already use Fairboard with this email address' : 'At least 12 characters. A few random words work well.'}
        autoComplete={hasAccount ? 'current-password' : 'new-password'}
        error={feedback.error('password')}
      />
      <Button type="submit" disabled={pending}>
        Accept invitation
      </Button>
    </form>
  );
}
