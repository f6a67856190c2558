import { formatDate } from '@/lib/format/dates';

type Props = Readonly<{ challenge: Readonly<{ responseDueDate: Date | null; isOverdue: boolean; status: string }> }>;

/** When the executive's response is due, with an "Overdue" tag once it is late (the word carries the meaning). */
export function ResponseDue({ challenge }: Props) {
  if (!challenge.responseDueDate) return <>No due date</>;
  return (
    <>
      <span className="app-nowrap">{formatDate(challenge.responseDueDate)}</span>
      {challenge.isOverdue ? (
        <>
          {' '}
          <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
        </>
      ) : null}
    </>
  );
}
