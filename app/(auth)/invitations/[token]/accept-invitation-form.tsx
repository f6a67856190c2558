'use client';

import { useActionState } from 'react';
import { Button, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { acceptInvitationAction } from './actions';

type Props = Readonly<{ token: string; trustName: string; email: string; signInHref: string }>;

/**
 * What a signed-out visitor sees: the same for every invited address, whether or not it already
 * has an account, so the link does not tell whoever holds it.
 */
export function AcceptInvitationForm({ token, trustName, email, signInHref }: Props) {
  const [state, action, pending] = useActionState<ActionResult, FormData>(acceptInvitationAction.bind(null, token), IDLE);
  const feedback = formFeedback(state);
  return (
    <form action={action} noValidate>
      {state.status === 'error' ? (
        <FormErrorSummary
          errors={summaryErrors(state.fieldErrors, { displayName: 'displayName', password: 'password' })}
          message={state.message}
          focusKey={state}
        />
      ) : null}
      <h1>Join {trustName} on Fairboard</h1>
      <p>
        This invitation is for <strong>{email}</strong>.
      </p>
      <h2>If you already use Fairboard</h2>
      <p>Sign in with this email address and your existing password. You will come back here to accept the invitation.</p>
      <p>
        <a className="nhsuk-button nhsuk-button--secondary" href={signInHref}>
          Sign in to accept
        </a>
      </p>
      <h2>If you are new to Fairboard</h2>
      <p>Set a password to create your account.</p>
      <TextInput
        id="displayName"
        name="displayName"
        label="Your name"
        hint="As colleagues on the board know you"
        autoComplete="name"
        defaultValue={feedback.value('displayName')}
        error={feedback.error('displayName')}
      />
      <TextInput
        id="password"
        name="password"
        type="password"
        label="Create a password"
        hint="At least 12 characters. A few random words work well."
        autoComplete="new-password"
        error={feedback.error('password')}
      />
      <Button type="submit" disabled={pending}>
        Create account and accept
      </Button>
    </form>
  );
}
