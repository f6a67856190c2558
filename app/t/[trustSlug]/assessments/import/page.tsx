import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { DOMAINS } from '@/lib/catalogue/domains';
import { listAssessments } from '@/lib/assessments/queries';
import { questionsForDomain } from '@/lib/assessments/question-bank';
import { DOMAIN_SCORE_FIELDS } from '@/lib/assessments/schemas';
import { financialYearOf, formatFinancialYear, MIN_FINANCIAL_YEAR } from '@/lib/calendar/financial-year';
import { ImportForm, type ImportDomain } from '@/components/assessments/import-form';
import { assessmentImportPath, assessmentsPath } from '@/lib/routes/paths';
import { importAssessmentAction } from '../actions';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Record a past year’s results' };

/** How many past financial years the form offers. */
const YEARS_OFFERED = 10;

export default async function ImportAssessmentPage({ params, searchParams }: PageProps<'/t/[trustSlug]/assessments/import'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'assessment.import');
  const kind = parseSearchParams(z.object({ method: z.enum(['answers', 'scores']).catch('scores') }), await searchParams).method;
  const taken = new Set((await listAssessments(ctx)).map((assessment) => assessment.financialYear));
  const current = financialYearOf(new Date());
  const years = Array.from({ length: YEARS_OFFERED }, (_, index) => current - 1 - index)
    .filter((year) => year >= MIN_FINANCIAL_YEAR && !taken.has(year))
    .map((year) => ({ value: year, label: formatFinancialYear(year) }));
  const domains: ImportDomain[] = DOMAINS.map((domain) => ({
    domain: domain.number,
    label: domain.label,
    fieldName: `domain${domain.number}`,
    maxScore: DOMAIN_SCORE_FIELDS.find((field) => field.domain === domain.number)?.maxScore ?? 0,
    questions: questionsForDomain(domain.number).map((question) => ({ ref: question.ref, text: question.text, allowsPartial: question.allowsPartial })),
  }));
  const base = assessmentImportPath(ctx.trustSlug);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={assessmentsPath(ctx.trustSlug)}>Back to all assessments</BackLink>
        {years.length === 0 ? (
          <>
            <h1>Record a past year’s results</h1>
            <p>Every one of the last {YEARS_OFFERED} financial years already has an assessment, so there is nothing to record.</p>
          </>
        ) : (
          <ImportForm
            key={kind}
            action={importAssessmentAction.bind(null, ctx.trustSlug)}
            kind={kind}
            years={years}
            domains={domains}
            methodLink={
              kind === 'scores' ? (
                <Link href={assessmentImportPath(ctx.trustSlug, { method: 'answers' })}>
                  Enter the answer to each question instead, so the results include suggested objectives
                </Link>
              ) : (
                <Link href={base}>Enter a score for each domain instead</Link>
              )
            }
          />
        )}
      </div>
    </div>
  );
}
