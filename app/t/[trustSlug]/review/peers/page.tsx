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
import { Table } from '@/components/ui/table';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Peer comparison – Board review' };

export default async function PeerComparisonPage({ params, searchParams }: PageProps<'/t/[trustSlug]/review/peers'>) {
  const ctx = await requireTenant((await params).trustSlug);
  const { year: requestedYear } = parseSearchParams(z.object({ year: financialYearField.optional() }), await searchParams);
  const [optIn, comparison] = await Promise.all([getPeerOptIn(ctx), getPeerComparison(ctx)]);
  const years = comparison.optedIn ? comparison.years : [];
  const year = years.find((candidate) => candidate.financialYear === requestedYear) ?? years[0];
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
      <Table
        caption={
          <>
            Number of trusts at each maturity level: {group.label}, {year.financialYearLabel} ({group.trustCount} trusts)
          </>
        }
        captionId={`${id}-caption`}
        id={id}
        columns={[
          { header: 'Domain' },
          ...MATURITY_ORDER.map((maturity) => ({ header: maturityLabel(maturity), numeric: true })),
          ...(year.own ? [{ header: 'This trust' }] : []),
        ]}
        rowHeaders="bold"
        rows={group.domains.map((domain) => ({
          key: String(domain.domain),
          cells: [
            <>
              {domain.domain}. {domain.label}
            </>,
            ...MATURITY_ORDER.map((maturity) => domain.counts[maturity]),
            ...(year.own ? [year.own.find((own) => own.domain === domain.domain)?.maturityLabel ?? '–'] : []),
          ],
        }))}
      />
    </section>
  );
}
