import { formatDateTime } from '@/lib/format/dates';
import type { ActionResult } from '@/lib/actions/action-result';
import type { ObjectiveSummaryDto } from '@/lib/objectives/objective-dto';
import { AcceptanceForm } from './acceptance-form';
import { ownerLabel } from './owner-label';

type Props = Readonly<{
  objective: Pick<ObjectiveSummaryDto, 'id' | 'owner' | 'acceptance' | 'acceptanceAt' | 'changeRequest'>;
  isOwner: boolean;
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
}>;

/** Where an agreed objective stands with its owner, and for the owner, the form to answer. */
export function AcceptanceSection({ objective, isOwner, action }: Props) {
  if (objective.acceptance === null || objective.owner === null) return null;
  const owner = ownerLabel(objective.owner);
  const when = objective.acceptanceAt ? ` on ${formatDateTime(objective.acceptanceAt)}` : '';
  return (
    <section aria-labelledby="acceptance-heading" id="acceptance">
      <h2 id="acceptance-heading">The owner’s acceptance</h2>
      {objective.acceptance === 'accepted' ? (
        <p>
          Accepted by {owner}
          {when}.
        </p>
      ) : null}
      {objective.acceptance === 'pending' ? (
        <p>
          <strong className="nhsuk-tag nhsuk-tag--yellow">Not yet accepted</strong>{' '}
          {isOwner
            ? 'You own this objective: the board has agreed it and asks you to accept it, or to ask for a change.'
            : `Waiting for ${owner} to accept it.`}
        </p>
      ) : null}
      {objective.acceptance === 'change_requested' ? (
        <>
          <p>
            <strong className="nhsuk-tag nhsuk-tag--orange">Change requested</strong> {owner} asked for a change{when}:
          </p>
          <blockquote className="nhsuk-inset-text app-thread__body">{objective.changeRequest}</blockquote>
        </>
      ) : null}
      {isOwner && objective.acceptance !== 'accepted' ? <AcceptanceForm action={action} objectiveId={objective.id} /> : null}
    </section>
  );
}
