import Link from 'next/link';
import { formatFinancialYear } from '@/lib/calendar/financial-year';
import type { HomeDto } from '@/lib/home/home-dto';
import { judgementPath } from '@/lib/routes/paths';

type Props = Readonly<{ judgements: HomeDto['judgementsToMake']; trustSlug: string }>;

/** A non-executive director's assurance judgements not yet recorded on the latest results. */
export function HomeJudgements({ judgements, trustSlug }: Props) {
  return (
    <section aria-labelledby="judgements-heading">
      <h2 id="judgements-heading">Your assurance judgements</h2>
      {!judgements ? (
        <p>There are no approved results to judge yet.</p>
      ) : judgements.domains.length === 0 ? (
        <p>You have recorded a judgement on every domain of the {formatFinancialYear(judgements.financialYear)} results.</p>
      ) : (
        <>
          <p>
            Not yet recorded on the {formatFinancialYear(judgements.financialYear)} results: {judgements.domains.length} of 4 domains.
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {judgements.domains.map((domain) => (
              <li key={domain.domain}>
                <Link href={judgementPath(trustSlug, judgements.financialYear, domain.domain)}>
                  {domain.domain}. {domain.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
