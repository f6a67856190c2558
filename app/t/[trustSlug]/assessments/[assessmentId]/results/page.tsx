import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { getAssessmentResults } from '@/lib/assessments/queries';
import { listBoardMembers } from '@/lib/people/queries';
import { roleAreaHolders } from '@/lib/people/role-area-holders';
import { DomainScoresChart } from '@/components/charts/domain-scores-chart';
import { ResultsTable } from '@/components/assessments/results-table';
import { SuggestedObjectives } from '@/components/assessments/suggested-objectives';
import { resultsSentence } from '@/components/assessments/results-summary';
import { DraftResultsNotice } from '@/components/assessments/draft-results-notice';
import { assessmentPath, newObjectivePath } from '@/lib/routes/paths';
import { DOMAIN_SHORT_NAMES } from '@/components/assessments/labels';
import { can } from '@/lib/tenancy/permissions';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import { loadAssessment } from '../../load-assessment';
import { SuccessBanner } from '@/components/layout/success-banner';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]/assessments/[assessmentId]/results'>): Promise<Metadata> {
  const { trustSlug, assessmentId } = await params;
  const { assessment } = await loadAssessment(trustSlug, assessmentId);
  return { title: `Results – ${assessment.financialYearLabel} self-assessment` };
}

export default async function ResultsPage({ params, searchParams }: PageProps<'/t/[trustSlug]/assessments/[assessmentId]/results'>) {
  const { trustSlug, assessmentId } = await params;
  const ctx = await requireTenant(trustSlug);
  const [{ assessment, domains, suggestionsAvailable, answerCounts }, members] = await Promise.all([
    getAssessmentResults(ctx, assessmentId).catch(notFoundIfMissing),
    listBoardMembers(ctx),
  ]);
  const imported = parseSearchParams(z.object({ done: z.literal('imported').optional() }), await searchParams).done !== undefined;
  const sentence = resultsSentence(domains);
  const year = assessment.financialYearLabel;
  return (
    <>
      <BackLink href={assessmentPath(ctx.trustSlug, assessment.id)}>Back to the {year} assessment</BackLink>
      {imported ? <SuccessBanner>The {year} results have been recorded as imported.</SuccessBanner> : null}
      <span className="nhsuk-caption-l">{year} self-assessment</span>
      <h1>Results</h1>
      {assessment.isImported ? (
        <p>
          <strong className="nhsuk-tag nhsuk-tag--grey">Imported results</strong> These results were recorded from outside Fairboard, for example from the
          guide’s free tool.
        </p>
      ) : null}
      {assessment.status === 'draft' && answerCounts.length > 0 ? <DraftResultsNotice answerCounts={answerCounts} /> : null}
      <h2>Scores by domain</h2>
      <p className="nhsuk-body-l" id="results-summary">
        {sentence}
      </p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          <DomainScoresChart
            title={`Percentage score in each domain, ${year}`}
            description={`${sentence} The table below gives the score, maximum, percentage and maturity level for every domain.`}
            bars={domains.map((domain) => ({ name: DOMAIN_SHORT_NAMES[domain.domain], percent: domain.percent }))}
          />
          <ResultsTable domains={domains} caption={`Scores by domain, ${year}`} />
        </div>
      </div>
      <h2>Suggested objectives</h2>
      {suggestionsAvailable ? (
        <>
          <p>These are the guide’s objectives that fit each domain’s maturity level and the answers given. Each names the board role that would own it.</p>
          <SuggestedObjectives
            domains={domains}
            holders={roleAreaHolders(members)}
            newObjectiveHref={can(ctx, 'objective.manage') ? (ref) => newObjectivePath(ctx.trustSlug, { ref, source: 'suggestion' }) : undefined}
          />
        </>
      ) : (
        <p>
          There are no suggested objectives for these results. Suggestions depend on the answer to each question, and these imported results only have a score
          for each domain.
        </p>
      )}
    </>
  );
}
