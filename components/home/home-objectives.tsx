import Link from 'next/link';
import { formatDate } from '@/lib/format/dates';
import type { MyObjectiveDto } from '@/lib/home/home-dto';
import { myObjectivesPath, objectivePath } from '@/lib/routes/paths';

type Props = Readonly<{ objectives: readonly MyObjectiveDto[]; trustSlug: string }>;

function updatesDueSentence(due: number, open: number): string {
  if (due === 0) return 'None of your objectives needs a progress update now.';
  if (open === 1) return 'Your open objective needs a progress update.';
  if (due === open) return `All ${open} of your open objectives need a progress update.`;
  return `${due} of your ${open} open objectives ${due === 1 ? 'needs' : 'need'} a progress update.`;
}

/** An owner's open objectives, with the ones wanting a progress update first named as such. */
export function HomeObjectives({ objectives, trustSlug }: Props) {
  const due = objectives.filter((objective) => objective.updateReasons.length > 0);
  return (
    <section aria-labelledby="my-objectives-heading">
      <h2 id="my-objectives-heading">Your objectives</h2>
      {objectives.length === 0 ? (
        <p>You do not own any open objectives in this trust.</p>
      ) : (
        <>
          <p>{updatesDueSentence(due.length, objectives.length)}</p>
          <ul className="nhsuk-list app-home-list">
            {objectives.map((objective) => (
              <li key={objective.id} className="nhsuk-u-margin-bottom-3">
                <Link href={objectivePath(trustSlug, objective.id)}>{objective.title}</Link>
                <br />
                <span className="nhsuk-body-s">
                  {objective.statusLabel}. {objective.dueDate ? `Due ${formatDate(objective.dueDate)}.` : 'No due date.'}
                  {objective.updateReasons.length > 0 ? (
                    <>
                      {' '}
                      <strong className="nhsuk-tag nhsuk-tag--orange">Update due</strong> {objective.updateReasons.join('; ')}
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link href={myObjectivesPath(trustSlug)}>See all your objectives</Link>
          </p>
        </>
      )}
    </section>
  );
}
