'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { Button, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { inviteMemberAction } from '../actions';
import { RoleFields } from '../_components/role-fields';
import { peoplePath } from '@/lib/routes/paths';

const FIELD_IDS = { email: 'email', role: 'role', isChair: 'isChair' };

export function InviteForm({ trustSlug }: Readonly<{ trustSlug: string }>) {
  const [state, action, pending] = useActionState<ActionResult<{ email: string }>, FormData>(inviteMemberAction.bind(null, trustSlug), IDLE);
  if (state.status === 'success' && state.data) {
    return (
      <>
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__title">Invitation sent</h1>
          <div className="nhsuk-panel__body">{state.message}</div>
        </div>
        <p>
          We have emailed {state.data.email} a link to accept. It works once and expires in 7 days. Only they receive it: if it does not arrive, withdraw the
          invitation and send a new one.
        </p>
        <p>
          <Link href={peoplePath(trustSlug)}>Back to people</Link>
        </p>
      </>
    );
  }
  const feedback = formFeedback(state);
  return (
    <form action={action} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <h1>Invite someone</h1>
      <TextInput
        id="email"
        name="email"
        type="email"
        label="Email address"
        hint="Use their work email address"
        spellCheck={false}
        autoComplete="off"
        defaultValue={feedback.value('email')}
        error={feedback.error('email')}
      />
      <RoleFields
        role={feedback.value('role')}
        isChair={feedback.value('isChair') === 'on'}
        roleError={feedback.error('role')}
        chairError={feedback.error('isChair')}
      />
      <Button type="submit" disabled={pending}>
        Create invitation
      </Button>
    </form>
  );
}
