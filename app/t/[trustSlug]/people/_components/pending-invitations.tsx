'use client';

import { useActionState } from 'react';
import type { InvitationDto } from '@/lib/people/people-dto';
import { roleLabel } from '@/lib/tenancy/roles';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { revokeInvitationAction } from '../actions';
import { Table } from '@/components/ui/table';

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
      <Table
        caption={<>Invitations not yet accepted</>}
        captionSize="hidden"
        columns={[{ header: 'Email address' }, { header: 'Role' }, { header: <span className="nhsuk-u-visually-hidden">Actions</span> }]}
        rows={invitations.map((invitation) => ({
          key: invitation.id,
          cells: [
            invitation.email,
            roleLabel(invitation.role, invitation.isChair),
            <RevokeButton key="withdraw" invitation={invitation} trustSlug={trustSlug} />,
          ],
        }))}
      />
    </>
  );
}
