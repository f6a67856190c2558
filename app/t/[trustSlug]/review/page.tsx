import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { getMaturityHistory } from '@/lib/review/history';
import { DOMAINS } from '@/lib/catalogue/domains';
import { MaturityTrendChart } from '@/components/review/maturity-trend-chart';
import { MaturityTag } from '@/components/review/review-tags';
import { ReviewNav } from '@/components/review/review-nav';
import { comparePath } from '@/lib/routes/paths';
import { widenedGaps } from '@/lib/indicators/board-view';
import { WidenedGapsList } from '@/components/indicators/widened-gaps';
import { Table } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Year on year – Board review' };

export default async function YearOnYearPage({ params }: PageProps<'/t/[trustSlug]/review'>) {
  const ctx = await requireTenant((await params).trustSlug);
  const [history, gaps] = await Promise.all([getMaturityHistory(ctx), widenedGaps(ctx)]);
  const results = history.resultYears;
  const latestTwo = results.slice(-2);
  return (
    <>
      <span className="nhsuk-caption-l">Board review</span>
      <h1>Year on year</h1>
      <ReviewNav trustSlug={ctx.trustSlug} current="year-on-year" />
      <p className="nhsuk-lede-text" id="trend-summary">
        {history.summary}
      </p>
      {history.years.length === 0 ? (
        <p>
          There are no self-assessments or objectives yet. Results appear here once a self-assessment has been approved by the board, or past results have been
          imported.
        </p>
      ) : (
        <>
          <h2>Maturity by domain</h2>
          {results.length > 0 ? (
            <MaturityTrendChart
              title="Percentage score in each domain, by financial year"
              description={`${history.summary} The table below gives the percentage and maturity level for every domain and year.`}
              years={results.map((year) => year.financialYearLabel)}
              series={DOMAINS.map((domain) => ({
                key: `domain${domain.number}`,
                name: `${domain.number}. ${domain.label}`,
                values: results.map((year) => year.domains?.find((result) => result.domain === domain.number)?.percent ?? null),
              }))}
            />
          ) : null}
          <Table
            caption={<>Percentage and maturity level by domain and financial year</>}
            captionId="maturity-table-caption"
            id="maturity-table"
            columns={[{ header: 'Domain' }, ...history.years.map((year) => ({ header: year.financialYearLabel }))]}
            rowHeaders="bold"
            rows={DOMAINS.map((domain) => ({
              key: String(domain.number),
              cells: [
                <>
                  {domain.number}. {domain.label}
                </>,
                ...history.years.map((year) => {
                  const result = year.domains?.find((candidate) => candidate.domain === domain.number);
                  return result ? (
                    <>
                      <span className="app-nowrap">{result.percent}%</span> <MaturityTag maturity={result.maturity} />
                    </>
                  ) : (
                    <span key={year.financialYear} className="nhsuk-body-s">
                      {year.stateLabel}
                    </span>
                  );
                }),
              ],
            }))}
          />
          {history.years.some((year) => year.state !== 'result') ? (
            <p className="nhsuk-body-s">
              Only assessments approved by the board, or past results imported into Fairboard, count as results. A year still in draft or awaiting approval is
              shown without figures.
            </p>
          ) : null}
          <h2>Objectives by year</h2>
          <Table
            caption={<>Objectives delivered, open and overdue by financial year</>}
            captionId="objectives-table-caption"
            id="objectives-table"
            columns={[
              { header: 'Financial year' },
              { header: 'Delivered', numeric: true },
              { header: 'Open', numeric: true },
              { header: 'Of which overdue', numeric: true },
              { header: 'Deferred', numeric: true },
              { header: 'Total', numeric: true },
            ]}
            rowHeaders="bold"
            rows={history.years.map((year) => ({
              key: String(year.financialYear),
              cells: [
                year.financialYearLabel,
                year.objectives.delivered,
                year.objectives.open,
                year.objectives.overdue,
                year.objectives.deferred,
                year.objectives.total,
              ],
            }))}
          />
          {latestTwo.length === 2 ? (
            <p>
              <Link
                className="nhsuk-button nhsuk-button--secondary"
                href={comparePath(ctx.trustSlug, { yearA: latestTwo[0]!.financialYear, yearB: latestTwo[1]!.financialYear })}
              >
                Compare {latestTwo[0]!.financialYearLabel} with {latestTwo[1]!.financialYearLabel} question by question
              </Link>
            </p>
          ) : null}
        </>
      )}
      <h2 id="widened-gaps">Indicators whose gap widened</h2>
      <WidenedGapsList gaps={gaps} trustSlug={ctx.trustSlug} headingId="widened-gaps" />
    </>
  );
}
