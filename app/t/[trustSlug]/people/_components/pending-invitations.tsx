'use client';

import { useActionState } from 'react';
import type { InvitationDto } from '@/lib/people/people-dto';
import { roleLabel } from '@/lib/tenancy/roles';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { revokeInvitationAction } from '../actions';
import { ScrollTable } from '@/components/layout/scroll-table';

type Props = Readonly<{ invitations: readonly InvitationDto[]; trustSlug: string }>;

function RevokeButton({ invitation, trustSlug }: Readonly<{ invitation: InvitationDto; trustSlug: string }>) {
  const [state, action, pending] = useActionState<ActionResult, FormData>(revokeInvitationAction.bind(null, trustSlug), IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="invitationId" value={invitation.id} />
      {state.status === 'error' ? <p className="nhsuk-error-message">{state.message}</p> : null}
      <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" disabled={pending}>
        Withdraw<span className="nhsuk-u-visually-hidden"> invitation for {invitation.email}</span>
      </button>
    </form>
  );
}

export function PendingInvitations({ invitations, trustSlug }: Props) {
  if (invitations.length === 0) return null;
  return (
    <>
      <h3>Invitations not yet accepted</h3>
      <ScrollTable caption={<>Invitations not yet accepted</>} captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden">
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Email address
            </th>
            <th scope="col" className="nhsuk-table__header">
              Role
            </th>
            <th scope="col" className="nhsuk-table__header">
              <span className="nhsuk-u-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {invitations.map((invitation) => (
            <tr key={invitation.id} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">{invitation.email}</td>
              <td className="nhsuk-table__cell">{roleLabel(invitation.role, invitation.isChair)}</td>
              <td className="nhsuk-table__cell">
                <RevokeButton invitation={invitation} trustSlug={trustSlug} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
