import type { Metadata } from 'next';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import type { PeerGroupDto, PeerYearDto } from '@/lib/peers/peer-dto';
import { getPeerComparison } from '@/lib/peers/comparison';
import { getPeerOptIn } from '@/lib/peers/opt-in';
import { MIN_GROUP_SIZE } from '@/lib/peers/disclosure';
import { MATURITY_ORDER } from '@/lib/review/labels';
import { maturityLabel } from '@/lib/assessments/maturity-labels';
import { financialYearField } from '@/lib/assessments/schemas';
import { formatDate } from '@/lib/format/dates';
import { ReviewNav } from '@/components/review/review-nav';
import { setPeerOptInAction } from '../actions';
import { OptInForm } from '../_components/opt-in-form';
import { YearSelect } from '@/components/layout/year-select';
import { ScrollTable } from '@/components/layout/scroll-table';

export const metadata: Metadata = { title: 'Peer comparison – Board review' };

type PageProps = Readonly<{ params: Promise<{ trustSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }>;

export default async function PeerComparisonPage({ params, searchParams }: PageProps) {
  const ctx = await requireTenant((await params).trustSlug);
  const yearParam = (await searchParams).year;
  const parsedYear = financialYearField.safeParse(Array.isArray(yearParam) ? yearParam[0] : yearParam);
  const [optIn, comparison] = await Promise.all([getPeerOptIn(ctx), getPeerComparison(ctx)]);
  const years = comparison.optedIn ? comparison.years : [];
  const year = years.find((candidate) => parsedYear.success && candidate.financialYear === parsedYear.data) ?? years[0];
  return (
    <>
      <span className="nhsuk-caption-l">Board review</span>
      <h1>Peer comparison</h1>
      <ReviewNav trustSlug={ctx.trustSlug} current="peers" />
      <p>
        Trusts that opt in can see how many comparable trusts are at each maturity level in each domain: trusts of the same type, trusts in the same NHS region,
        and all trusts that have opted in. Only self-assessments approved by each board, or past results imported, are counted.
      </p>
      <p>
        Nothing here names a trust. Only counts are shown, never for a group of fewer than {MIN_GROUP_SIZE} trusts, and a group is also held back when comparing
        it with another group would reveal one trust’s results. Trusts that have not opted in are not counted and see nothing.
      </p>
      {optIn.canChange ? (
        <>
          <h2>Taking part</h2>
          <p>{optIn.optedIn && optIn.optedInAt ? `This trust opted in on ${formatDate(optIn.optedInAt)}.` : 'This trust has not opted in.'}</p>
          <OptInForm action={setPeerOptInAction.bind(null, ctx.trustSlug)} optedIn={optIn.optedIn} />
        </>
      ) : null}
      {!comparison.optedIn ? (
        <div className="nhsuk-inset-text">
          <p>
            This trust has not opted in to peer comparison, so it sees no comparison and its results are not counted.{' '}
            {optIn.canChange ? 'You can opt in above.' : 'A trust administrator can opt the trust in.'}
          </p>
        </div>
      ) : year ? (
        <>
          {years.length > 1 ? (
            <form method="get" className="app-no-print">
              <YearSelect
                id="year"
                name="year"
                label="Financial year"
                options={years.map((candidate) => ({ value: String(candidate.financialYear), label: candidate.financialYearLabel }))}
                value={String(year.financialYear)}
              />
              <button type="submit" className="nhsuk-button nhsuk-button--secondary">
                Show
              </button>
            </form>
          ) : null}
          <PeerYear year={year} />
        </>
      ) : (
        <p>No year has results from enough opted-in trusts to show yet.</p>
      )}
    </>
  );
}

function PeerYear({ year }: Readonly<{ year: PeerYearDto }>) {
  return (
    <>
      <h2>{year.financialYearLabel}</h2>
      {year.own ? null : <p>This trust has no approved results for {year.financialYearLabel}, so its own level is not shown.</p>}
      {year.groups.map((group) => (
        <PeerGroup key={group.kind} group={group} year={year} />
      ))}
    </>
  );
}

function PeerGroup({ group, year }: Readonly<{ group: PeerGroupDto; year: PeerYearDto }>) {
  const id = `peers-${year.financialYear}-${group.kind}`;
  if (!group.shown) {
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{group.label}</h3>
        <div className="nhsuk-inset-text">
          <p>
            Not shown for {year.financialYearLabel}: there are fewer than {MIN_GROUP_SIZE} opted-in trusts in this group, or showing it beside the other groups
            would let someone work out a single trust’s results.
          </p>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{group.label}</h3>
      <ScrollTable
        caption={
          <>
            Number of trusts at each maturity level: {group.label}, {year.financialYearLabel} ({group.trustCount} trusts)
          </>
        }
        captionId={`${id}-caption`}
        id={id}
      >
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Domain
            </th>
            {MATURITY_ORDER.map((maturity) => (
              <th key={maturity} scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                {maturityLabel(maturity)}
              </th>
            ))}
            {year.own ? (
              <th scope="col" className="nhsuk-table__header">
                This trust
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {group.domains.map((domain) => (
            <tr key={domain.domain} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">
                {domain.domain}. {domain.label}
              </th>
              {MATURITY_ORDER.map((maturity) => (
                <td key={maturity} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {domain.counts[maturity]}
                </td>
              ))}
              {year.own ? <td className="nhsuk-table__cell">{year.own.find((own) => own.domain === domain.domain)?.maturityLabel ?? '–'}</td> : null}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
