import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import type { AssessmentSummaryDto } from '@/lib/assessments/assessment-dto';
import { listAssessments } from '@/lib/assessments/queries';
import { financialYearOf, formatFinancialYear } from '@/lib/calendar/financial-year';
import { formatDate } from '@/lib/format/dates';
import { AssessmentStatusTag } from '@/components/assessments/status-tags';
import { StartAssessmentForm } from '@/components/assessments/start-assessment-form';
import { assessmentImportPath, assessmentPath, assessmentResultsPath } from '@/lib/routes/paths';
import { startAssessmentAction } from './actions';
import { Table } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Self-assessment' };

function approvalText(assessment: AssessmentSummaryDto): string {
  if (assessment.approvalDate) return formatDate(assessment.approvalDate);
  return assessment.status === 'approved' ? 'Date not recorded' : 'Not yet';
}

export default async function AssessmentsPage({ params }: PageProps<'/t/[trustSlug]/assessments'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'assessment.view');
  const assessments = await listAssessments(ctx);
  const currentYear = financialYearOf(new Date());
  const hasCurrentYear = assessments.some((assessment) => assessment.financialYear === currentYear);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Self-assessment</h1>
        <p className="nhsuk-lede-text">
          Each year the board checks where the trust stands on health inequalities across four areas, and gets suggested objectives for the year ahead.
        </p>
        {!hasCurrentYear && can(ctx, 'assessment.start') ? (
          <StartAssessmentForm
            action={startAssessmentAction.bind(null, ctx.trustSlug)}
            financialYear={currentYear}
            label={`Start the ${formatFinancialYear(currentYear)} assessment`}
          />
        ) : null}
        {!hasCurrentYear && !can(ctx, 'assessment.start') ? (
          <p>The {formatFinancialYear(currentYear)} assessment has not been started yet. The executive lead or an administrator starts it.</p>
        ) : null}
        <h2>Assessments by year</h2>
        {assessments.length === 0 ? (
          <p>There are no assessments yet.</p>
        ) : (
          <Table
            caption={<>Assessments by financial year, newest first</>}
            captionSize="hidden"
            columns={[
              { header: 'Financial year' },
              { header: 'Status' },
              { header: 'Progress' },
              { header: 'Board approval' },
              { header: <span className="nhsuk-u-visually-hidden">Results</span> },
            ]}
            rowHeaders="bold"
            rows={assessments.map((assessment) => ({
              key: assessment.id,
              cells: [
                <Link key="year" href={assessmentPath(ctx.trustSlug, assessment.id)}>
                  {assessment.financialYearLabel}
                  <span className="nhsuk-u-visually-hidden"> assessment</span>
                </Link>,
                <AssessmentStatusTag key="status" assessment={assessment} />,
                assessment.progressPercent === null ? 'Scores only' : `${assessment.progressPercent}% answered`,
                approvalText(assessment),
                <Link key="results" href={assessmentResultsPath(ctx.trustSlug, assessment.id)}>
                  Results<span className="nhsuk-u-visually-hidden"> for {assessment.financialYearLabel}</span>
                </Link>,
              ],
            }))}
          />
        )}
        {can(ctx, 'assessment.import') ? (
          <>
            <h2>Earlier years</h2>
            <p>
              If the board assessed itself before using Fairboard, for example with the guide’s free tool, record those results so the year-on-year trend starts
              now.
            </p>
            <p>
              <Link href={assessmentImportPath(ctx.trustSlug)}>Record a past year’s results</Link>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
