import Link from 'next/link';
import type { ChallengeSummaryDto } from '@/lib/review/challenge-dto';
import { ChallengeStatusTag } from '@/components/review/review-tags';
import { ResponseDue } from '@/components/review/response-due';
import { challengePath } from '@/lib/routes/paths';

type Props = Readonly<{ id: string; heading: string; empty: string; challenges: readonly ChallengeSummaryDto[]; trustSlug: string; showStatus?: boolean }>;

/** A home page's list of challenges, each with what it is about, who raised it and when a response is due. */
export function HomeChallenges({ id, heading, empty, challenges, trustSlug, showStatus = false }: Props) {
  const overdue = challenges.filter((challenge) => challenge.isOverdue).length;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {challenges.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          {overdue > 0 ? (
            <p>
              <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong> {overdue === 1 ? '1 challenge is' : `${overdue} challenges are`} past the date a
              response was due.
            </p>
          ) : null}
          <ul className="nhsuk-list app-home-list">
            {challenges.map((challenge) => (
              <li key={challenge.id} className="nhsuk-u-margin-bottom-3">
                <Link href={challengePath(trustSlug, challenge.id)}>{challenge.target.heading}</Link>: {challenge.target.subject}
                <br />
                <span className="nhsuk-body-s">
                  Raised by {challenge.raisedBy.name ?? 'a former member'}. Response due <ResponseDue challenge={challenge} />
                  {showStatus ? (
                    <>
                      {' '}
                      <ChallengeStatusTag status={challenge.status} />
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
