'use client';

import { useActionState } from 'react';
import { FormErrorSummary } from '@/components/forms/error-summary';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { unlockSignInAction } from '../../actions';

type Props = Readonly<{ trustSlug: string; membershipId: string; displayName: string; delayedUntil: string | null }>;

/** An administrator's way to let a member sign in again at once, when sign-in is being delayed. */
export function UnlockSignInForm({ trustSlug, membershipId, displayName, delayedUntil }: Props) {
  const [state, action, pending] = useActionState<ActionResult, FormData>(unlockSignInAction.bind(null, trustSlug), IDLE);
  return (
    <>
      {state.status === 'error' ? <FormErrorSummary errors={[]} message={state.message} focusKey={state} /> : null}
      <h2>Signing in</h2>
      {delayedUntil ? (
        <p>
          After several wrong passwords, sign-in to this account is being slowed down until {delayedUntil}. If {displayName} is waiting to sign in, you can let
          them try again now. Do this only once you know it is them asking.
        </p>
      ) : (
        <p>
          Sign-in to this account is not being slowed down. If {displayName} says they cannot sign in after several wrong passwords, you can clear the wait.
        </p>
      )}
      <form action={action}>
        <input type="hidden" name="membershipId" value={membershipId} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={pending}>
          Let {displayName} sign in again now
        </button>
      </form>
    </>
  );
}
