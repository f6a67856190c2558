import { OVERDUE_LABEL, OVERDUE_TAG_COLOUR, type TagColour } from '@/lib/objectives/status';

// Status is always written out; the colour only repeats what the words say.

export function StatusTag({ label, colour }: Readonly<{ label: string; colour: TagColour }>) {
  return <strong className={`nhsuk-tag nhsuk-tag--${colour}`}>{label}</strong>;
}

export function OverdueTag() {
  return <strong className={`nhsuk-tag nhsuk-tag--${OVERDUE_TAG_COLOUR}`}>{OVERDUE_LABEL}</strong>;
}

/** The objective's status, then "Overdue" and "Draft" where they apply. */
export function ObjectiveTags({ objective }: Readonly<{ objective: Readonly<{ statusLabel: string; statusTagColour: TagColour; isOverdue: boolean; isAgreed: boolean }> }>) {
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
