import { ATTENTION_REASON_LABELS, type AttentionReason } from '@/lib/objectives/attention';
import type { ObjectiveAcceptance } from '@/lib/objectives/objective-dto';
import { OVERDUE_LABEL, OVERDUE_TAG_COLOUR, type TagColour } from '@/lib/objectives/status';

// Status is always written out; the colour only repeats what the words say.

export function StatusTag({ label, colour }: Readonly<{ label: string; colour: TagColour }>) {
  return <strong className={`nhsuk-tag nhsuk-tag--${colour}`}>{label}</strong>;
}

export function OverdueTag() {
  return <strong className={`nhsuk-tag nhsuk-tag--${OVERDUE_TAG_COLOUR}`}>{OVERDUE_LABEL}</strong>;
}

/** The objective's status, then "Overdue" and "Draft" where they apply. */
export function ObjectiveTags({
  objective,
}: Readonly<{ objective: Readonly<{ statusLabel: string; statusTagColour: TagColour; isOverdue: boolean; isAgreed: boolean }> }>) {
  return (
    <span>
      <StatusTag label={objective.statusLabel} colour={objective.statusTagColour} />
      {objective.isOverdue ? (
        <>
          {' '}
          <OverdueTag />
        </>
      ) : null}
      {objective.isAgreed ? null : (
        <>
          {' '}
          <strong className="nhsuk-tag nhsuk-tag--purple">Draft</strong>
        </>
      )}
    </span>
  );
}

const ACCEPTANCE_TAGS = { pending: ['Not yet accepted', 'yellow'], change_requested: ['Change requested', 'orange'] } as const;

/** Shown until the owner accepts an agreed objective. */
export function AcceptanceTag({ acceptance }: Readonly<{ acceptance: ObjectiveAcceptance | null }>) {
  if (acceptance === null || acceptance === 'accepted') return null;
  const [label, colour] = ACCEPTANCE_TAGS[acceptance];
  return (
    <>
      {' '}
      <strong className={`nhsuk-tag nhsuk-tag--${colour}`} data-acceptance={acceptance}>
        {label}
      </strong>
    </>
  );
}

/** "Needs attention", with each reason written out. */
export function AttentionTag({ reasons }: Readonly<{ reasons: readonly AttentionReason[] }>) {
  if (reasons.length === 0) return null;
  return (
    <span className="nhsuk-u-display-block nhsuk-u-margin-top-1" data-attention={reasons.join(' ')}>
      <strong className="nhsuk-tag nhsuk-tag--red">Needs attention</strong>
      <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{reasons.map((reason) => ATTENTION_REASON_LABELS[reason]).join('; ')}</span>
    </span>
  );
}
