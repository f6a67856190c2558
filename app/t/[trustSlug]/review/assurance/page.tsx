import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { isAppError } from '@/lib/errors/app-error';
import { financialYearField } from '@/lib/assessments/schemas';
import type { AssuranceYearDto } from '@/lib/review/review-dto';
import { getAssurance } from '@/lib/review/assurance';
import { ASSURANCE_LEVEL_LABELS, ASSURANCE_LEVELS } from '@/lib/review/labels';
import { formatDateTime } from '@/lib/format/dates';
import { AssuranceTag } from '@/components/review/review-tags';
import { ReviewNav } from '@/components/review/review-nav';
import { judgementPath } from '@/lib/routes/paths';
import { PageErrorSummary, YearSelect } from '@/components/layout/year-select';
import { Table } from '@/components/ui/table';
import { SuccessBanner } from '@/components/layout/success-banner';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Assurance – Board review' };

const querySchema = z.object({ year: z.string().optional(), saved: z.string().optional() });

export default async function AssurancePage({ params, searchParams }: PageProps<'/t/[trustSlug]/review/assurance'>) {
  const ctx = await requireTenant((await params).trustSlug);
  const query = parseSearchParams(querySchema, await searchParams);
  const yearText = query.year;
  const parsedYear = yearText ? financialYearField.safeParse(yearText) : null;
  const saved = Number(query.saved);
  let assurance: AssuranceYearDto | null = null;
  let problem: string | null = parsedYear && !parsedYear.success ? 'Enter a financial year like 2025/26' : null;
  if (!problem) {
    try {
      assurance = await getAssurance(ctx, parsedYear?.success ? parsedYear.data : undefined);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
      problem = error.message;
    }
  }
  const fallback = problem && yearText ? await getAssurance(ctx).catch(() => null) : null;
  const years = (assurance ?? fallback)?.years ?? [];
  return (
    <>
      {problem && yearText ? <PageErrorSummary errors={[{ fieldId: 'year', message: problem }]} /> : null}
      <span className="nhsuk-caption-l">Board review</span>
      <h1>Assurance</h1>
      <ReviewNav trustSlug={ctx.trustSlug} current="assurance" />
      <p>
        For each domain and year, each non-executive director records how assured they are by the self-assessment and the evidence behind it, and why. This page
        shows the spread of the board’s judgements.
      </p>
      {saved >= 1 && saved <= 4 && assurance ? (
        <SuccessBanner>
          Your judgement on domain {saved} for {assurance.financialYearLabel} has been saved.
        </SuccessBanner>
      ) : null}
      {years.length > 0 ? (
        <form method="get" className="app-no-print">
          <YearSelect
            id="year"
            name="year"
            label="Financial year"
            options={years.map((year) => ({ value: String(year.financialYear), label: year.financialYearLabel }))}
            value={yearText ?? String(assurance?.financialYear ?? '')}
            error={problem && yearText ? problem : undefined}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            Show
          </button>
        </form>
      ) : null}
      {!assurance ? (
        <p>{problem && !yearText ? problem : 'Choose a year that has a self-assessment.'}</p>
      ) : (
        <AssuranceYear assurance={assurance} trustSlug={ctx.trustSlug} />
      )}
    </>
  );
}

function AssuranceYear({ assurance, trustSlug }: Readonly<{ assurance: AssuranceYearDto; trustSlug: string }>) {
  const year = assurance.financialYearLabel;
  return (
    <>
      <h2>The board’s spread, {year}</h2>
      {!assurance.assessmentCountsAsResult ? (
        <p>The {year} self-assessment has not been approved yet, so its results are not shown beside the judgements.</p>
      ) : null}
      <Table
        caption={<>Number of non-executive directors at each level of assurance, by domain, {year}</>}
        captionId="spread-caption"
        id="assurance-spread"
        columns={[
          { header: 'Domain' },
          ...ASSURANCE_LEVELS.map((level) => ({ header: ASSURANCE_LEVEL_LABELS[level], numeric: true })),
          { header: 'Not yet recorded', numeric: true },
        ]}
        rowHeaders="bold"
        rows={assurance.domains.map((domain) => ({
          key: String(domain.domain),
          cells: [
            <>
              {domain.domain}. {domain.label}
            </>,
            ...ASSURANCE_LEVELS.map((level) => domain.spread[level]),
            domain.awaiting.length,
          ],
        }))}
      />
      {assurance.domains.map((domain) => (
        <section key={domain.domain} aria-labelledby={`domain-${domain.domain}-heading`}>
          <h2 id={`domain-${domain.domain}-heading`}>
            {domain.domain}. {domain.label}
          </h2>
          {domain.result ? (
            <p>
              Self-assessment result: {domain.result.percent}%, {domain.result.maturityLabel.toLowerCase()}.
            </p>
          ) : null}
          {assurance.viewer.canRecord ? (
            <p>
              <Link className="nhsuk-button nhsuk-button--secondary" href={judgementPath(trustSlug, assurance.financialYear, domain.domain)}>
                {domain.mine ? 'Change your judgement' : 'Record your judgement'}
                <span className="nhsuk-u-visually-hidden">
                  {' '}
                  on domain {domain.domain}, {year}
                </span>
              </Link>
            </p>
          ) : null}
          {domain.judgements.length === 0 ? (
            <p>No judgements recorded yet.</p>
          ) : (
            <Table
              caption={
                <>
                  Judgements on domain {domain.domain}, {year}
                </>
              }
              captionSize="hidden"
              columns={[{ header: 'Non-executive director' }, { header: 'Judgement' }, { header: 'Reason', cellClassName: 'app-thread__body' }]}
              rowHeaders="normal"
              rows={domain.judgements.map((judgement) => ({
                key: judgement.id,
                cells: [
                  <>
                    {judgement.ned.name ?? 'A former member'}
                    {judgement.isMine ? ' (you)' : ''}
                    <br />
                    <span className="nhsuk-body-s">{formatDateTime(judgement.updatedAt)}</span>
                  </>,
                  <AssuranceTag key="level" level={judgement.level} />,
                  judgement.reason,
                ],
              }))}
            />
          )}
          {domain.awaiting.length > 0 ? (
            <p className="nhsuk-body-s">Not yet recorded: {domain.awaiting.map((ned) => ned.name ?? 'a former member').join(', ')}.</p>
          ) : null}
        </section>
      ))}
    </>
  );
}
