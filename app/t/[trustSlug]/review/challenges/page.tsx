import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { listChallenges } from '@/lib/review/challenge-queries';
import { financialYearField } from '@/lib/assessments/schemas';
import { formatDateTime } from '@/lib/format/dates';
import { ChallengeStatusTag } from '@/components/review/review-tags';
import { ResponseDue } from '@/components/review/response-due';
import { ReviewNav } from '@/components/review/review-nav';
import { challengePath, newChallengePath } from '@/lib/routes/paths';
import { YearSelect } from '@/components/layout/year-select';
import { Table } from '@/components/ui/table';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Challenges – Board review' };

export default async function ChallengesPage({ params, searchParams }: PageProps<'/t/[trustSlug]/review/challenges'>) {
  const ctx = await requireTenant((await params).trustSlug);
  const { year: financialYear } = parseSearchParams(z.object({ year: financialYearField.optional() }), await searchParams);
  const { years, challenges } = await listChallenges(ctx, { financialYear });
  const open = challenges.filter((challenge) => challenge.status !== 'closed').length;
  const scope =
    financialYear === undefined ? 'in all years' : `about ${years.find((year) => year.financialYear === financialYear)?.financialYearLabel ?? 'that year'}`;
  return (
    <>
      <span className="nhsuk-caption-l">Board review</span>
      <h1>Challenges</h1>
      <ReviewNav trustSlug={ctx.trustSlug} current="challenges" />
      <p>
        Non-executive directors, including the chair, challenge an answer, a domain result or an objective. The executive lead, or the objective’s owner,
        responds, and the director who raised it closes it.
      </p>
      {can(ctx, 'challenge.raise') ? (
        <p>
          <Link className="nhsuk-button" href={newChallengePath(ctx.trustSlug)}>
            Raise a challenge
          </Link>
        </p>
      ) : null}
      {years.length > 0 ? (
        <form method="get" className="app-no-print">
          <YearSelect
            id="year"
            name="year"
            label="Show challenges about"
            options={[{ value: '', label: 'All years' }, ...years.map((year) => ({ value: String(year.financialYear), label: year.financialYearLabel }))]}
            value={financialYear === undefined ? '' : String(financialYear)}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            Show
          </button>
        </form>
      ) : null}
      <h2>
        {challenges.length === 0 ? 'No challenges' : `${challenges.length} ${challenges.length === 1 ? 'challenge' : 'challenges'}`} {scope}
      </h2>
      {challenges.length > 0 ? (
        <>
          <p>{open === 0 ? 'All of them are closed.' : `${open} not yet closed.`}</p>
          <Table
            caption={<>Challenges {scope}, not yet closed first</>}
            captionSize="hidden"
            columns={[{ header: 'About' }, { header: 'Raised by' }, { header: 'Status' }, { header: 'Response due' }, { header: 'Last activity' }]}
            rowHeaders="normal"
            rows={challenges.map((challenge) => ({
              key: challenge.id,
              cells: [
                <>
                  <Link href={challengePath(ctx.trustSlug, challenge.id)}>{challenge.target.heading}</Link>
                  <br />
                  <span className="nhsuk-body-s">{challenge.target.subject}</span>
                </>,
                challenge.raisedBy.name ?? 'A former member',
                <ChallengeStatusTag key="status" status={challenge.status} />,
                challenge.status === 'closed' ? 'Closed' : <ResponseDue key="due" challenge={challenge} />,
                formatDateTime(challenge.lastActivityAt),
              ],
            }))}
          />
        </>
      ) : null}
    </>
  );
}
