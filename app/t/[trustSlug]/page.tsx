import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { getTrustOverview } from '@/lib/trusts/queries';
import { roleLabel } from '@/lib/tenancy/roles';
import { can } from '@/lib/tenancy/permissions';
import { TrustDetails } from '@/components/trusts/trust-details';
import { listAssessments } from '@/lib/assessments/queries';
import { financialYearOf, formatFinancialYear } from '@/lib/assessments/financial-year';
import { CurrentAssessmentCard } from '@/components/assessments/current-assessment-card';
import { assessmentPath, assessmentsPath } from '@/components/assessments/assessment-paths';

type PageProps = Readonly<{ params: Promise<{ trustSlug: string }> }>;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const ctx = await requireTenant((await params).trustSlug);
  return { title: `${ctx.trustName} home` };
}

export default async function TrustHomePage({ params }: PageProps) {
  const ctx = await requireTenant((await params).trustSlug);
  const overview = await getTrustOverview(ctx);
  const assessments = await listAssessments(ctx);
  const currentYear = financialYearOf(new Date());
  const current = assessments.find((assessment) => assessment.financialYear === currentYear);
  return (
    <>
      <h1>{ctx.trustName}</h1>
      <p className="nhsuk-lede-text">You are signed in as {roleLabel(ctx.role, ctx.isChair).toLowerCase()}.</p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <CurrentAssessmentCard
            yearLabel={formatFinancialYear(currentYear)}
            assessment={current}
            canStart={can(ctx, 'assessment.start')}
            href={current ? assessmentPath(ctx.trustSlug, current.id) : assessmentsPath(ctx.trustSlug)}
          />
          <TrustDetails overview={overview} />
          {can(ctx, 'people.manage') ? (
            <p>
              <Link href={`/t/${ctx.trustSlug}/people`}>Manage people and board members</Link>
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
