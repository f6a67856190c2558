'use client';

import { useActionState } from 'react';
import { Button } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { changeMemberRoleAction, removeMemberAction } from '../../actions';
import { RoleFields } from '../../_components/role-fields';

type Props = Readonly<{ trustSlug: string; membershipId: string; displayName: string; role: string; isChair: boolean }>;

export function MemberForms({ trustSlug, membershipId, displayName, role, isChair }: Props) {
  const [changeState, changeAction, changing] = useActionState<ActionResult, FormData>(changeMemberRoleAction.bind(null, trustSlug), IDLE);
  const [removeState, removeAction, removing] = useActionState<ActionResult, FormData>(removeMemberAction.bind(null, trustSlug), IDLE);
  const feedback = formFeedback(changeState, { role, isChair: isChair ? 'on' : '' });
  return (
    <>
      {changeState.status === 'error' ? (
        <FormErrorSummary
          errors={summaryErrors(changeState.fieldErrors, { role: 'role', isChair: 'isChair' })}
          message={changeState.message}
          focusKey={changeState}
        />
      ) : null}
      {removeState.status === 'error' ? <FormErrorSummary errors={[]} message={removeState.message} focusKey={removeState} /> : null}
      <h1>{displayName}</h1>
      <form action={changeAction} noValidate>
        <input type="hidden" name="membershipId" value={membershipId} />
        <RoleFields
          role={feedback.value('role')}
          isChair={feedback.value('isChair') === 'on'}
          roleError={feedback.error('role')}
          chairError={feedback.error('isChair')}
        />
        <Button type="submit" disabled={changing}>
          Save role
        </Button>
      </form>
      <h2>Remove from this trust</h2>
      <p>{displayName} will no longer be able to see this trust. Their past changes stay in the audit trail.</p>
      <form action={removeAction}>
        <input type="hidden" name="membershipId" value={membershipId} />
        <button type="submit" className="nhsuk-button nhsuk-button--warning" disabled={removing}>
          Remove {displayName}
        </button>
      </form>
    </>
  );
}
