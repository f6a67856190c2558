import { formatDateTime } from '@/lib/format/dates';

type Props = Readonly<{
  state: 'not-written' | 'draft' | 'ready' | 'approved';
  approvedAt?: Date | null;
  approvedByName?: string | null;
}>;

const TAGS = {
  'not-written': { label: 'Not written yet', colour: 'grey' },
  draft: { label: 'Draft', colour: 'blue' },
  ready: { label: 'Ready for review', colour: 'yellow' },
  approved: { label: 'Approved', colour: 'green' },
} as const;

/** A narrative's sign-off status as a design-system tag, with who approved it and when. */
export function NarrativeStatusTag({ state, approvedAt, approvedByName }: Props) {
  const tag = TAGS[state];
  return (
    <>
      <strong className={`nhsuk-tag nhsuk-tag--${tag.colour}`}>{tag.label}</strong>
      {state === 'approved' && approvedAt ? (
        <>
          <br />
          <span className="nhsuk-body-s">
            Approved {formatDateTime(approvedAt)} by {approvedByName ?? 'someone who has left the trust'}
          </span>
        </>
      ) : null}
    </>
  );
}
