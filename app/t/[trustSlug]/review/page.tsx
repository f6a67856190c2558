import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { getMaturityHistory } from '@/lib/review/history';
import { DOMAINS } from '@/lib/catalogue/domains';
import { MaturityTrendChart } from '@/components/review/maturity-trend-chart';
import { MaturityTag } from '@/components/review/review-tags';
import { ReviewNav } from '@/components/review/review-nav';
import { comparePath } from '@/lib/routes/paths';
import { ScrollTable } from '@/components/layout/scroll-table';
import { widenedGaps } from '@/lib/indicators/board-view';
import { WidenedGapsList } from '@/components/indicators/widened-gaps';

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
          <ScrollTable caption={<>Percentage and maturity level by domain and financial year</>} captionId="maturity-table-caption" id="maturity-table">
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  Domain
                </th>
                {history.years.map((year) => (
                  <th key={year.financialYear} scope="col" className="nhsuk-table__header">
                    {year.financialYearLabel}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {DOMAINS.map((domain) => (
                <tr key={domain.number} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__header">
                    {domain.number}. {domain.label}
                  </th>
                  {history.years.map((year) => {
                    const result = year.domains?.find((candidate) => candidate.domain === domain.number);
                    return (
                      <td key={year.financialYear} className="nhsuk-table__cell">
                        {result ? (
                          <>
                            <span className="app-nowrap">{result.percent}%</span> <MaturityTag maturity={result.maturity} />
                          </>
                        ) : (
                          <span className="nhsuk-body-s">{year.stateLabel}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {history.years.some((year) => year.state !== 'result') ? (
            <p className="nhsuk-body-s">
              Only assessments approved by the board, or past results imported into Fairboard, count as results. A year still in draft or awaiting approval is
              shown without figures.
            </p>
          ) : null}
          <h2>Objectives by year</h2>
          <ScrollTable caption={<>Objectives delivered, open and overdue by financial year</>} captionId="objectives-table-caption" id="objectives-table">
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  Financial year
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  Delivered
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  Open
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  Of which overdue
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  Deferred
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  Total
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {history.years.map((year) => (
                <tr key={year.financialYear} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__header">
                    {year.financialYearLabel}
                  </th>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{year.objectives.delivered}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{year.objectives.open}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{year.objectives.overdue}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{year.objectives.deferred}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{year.objectives.total}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
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
