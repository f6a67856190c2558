import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { getTrustOverview } from '@/lib/trusts/queries';
import { roleLabel } from '@/lib/tenancy/roles';
import { can } from '@/lib/tenancy/permissions';
import { listAssessments } from '@/lib/assessments/queries';
import { financialYearOf, formatFinancialYear } from '@/lib/calendar/financial-year';
import { getHome } from '@/lib/home/queries';
import { listNarratives } from '@/lib/reports/narratives';
import { listReportYears } from '@/lib/reports/report-years';
import { TrustDetails } from '@/components/trusts/trust-details';
import { CurrentAssessmentCard } from '@/components/assessments/current-assessment-card';
import { assessmentPath, assessmentsPath, peoplePath } from '@/lib/routes/paths';
import { HomeChallenges } from '@/components/home/home-challenges';
import { HomeObjectives } from '@/components/home/home-objectives';
import { HomeJudgements } from '@/components/home/home-judgements';
import { HomeReport } from '@/components/home/home-report';
import { HomeSetup } from '@/components/home/home-setup';

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]'>): Promise<Metadata> {
  const ctx = await requireTenant((await params).trustSlug);
  return { title: `${ctx.trustName} home` };
}

/** Each role opens the trust on what it has to do first; everyone keeps the year's assessment and the trust's details. */
export default async function TrustHomePage({ params }: PageProps<'/t/[trustSlug]'>) {
  const ctx = await requireTenant((await params).trustSlug);
  const [overview, assessments, home] = [await getTrustOverview(ctx), await listAssessments(ctx), await getHome(ctx)];
  const currentYear = financialYearOf(new Date());
  const current = assessments.find((assessment) => assessment.financialYear === currentYear);
  const isSecretary = ctx.role === 'company_secretary';
  const reportYear = isSecretary ? ((await listReportYears(ctx))[0] ?? null) : null;
  const sections = reportYear ? await listNarratives(ctx, reportYear.financialYear) : [];
  const slug = ctx.trustSlug;
  const assessmentCard = (
    <CurrentAssessmentCard
      yearLabel={formatFinancialYear(currentYear)}
      assessment={current}
      canStart={can(ctx, 'assessment.start')}
      href={current ? assessmentPath(slug, current.id) : assessmentsPath(slug)}
    />
  );
  const answering = (
    <HomeChallenges
      id="challenges-to-answer-heading"
      heading="Challenges waiting for your response"
      empty="No challenge is waiting for your response."
      challenges={home.challengesToAnswer}
      trustSlug={slug}
    />
  );
  const ownsObjectives = home.myObjectives.length > 0;
  return (
    <>
      <h1>{ctx.trustName}</h1>
      <p className="nhsuk-lede-text">You are signed in as {roleLabel(ctx.role, ctx.isChair).toLowerCase()}.</p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {ctx.role === 'executive_lead' ? (
            <>
              {assessmentCard}
              {answering}
              {ownsObjectives ? <HomeObjectives objectives={home.myObjectives} trustSlug={slug} /> : null}
            </>
          ) : null}
          {ctx.role === 'executive_director' ? (
            <>
              <HomeObjectives objectives={home.myObjectives} trustSlug={slug} />
              {answering}
              {assessmentCard}
            </>
          ) : null}
          {ctx.role === 'non_executive_director' ? (
            <>
              <HomeChallenges
                id="open-challenges-heading"
                heading="Open challenges"
                empty="There are no open challenges."
                challenges={home.openChallenges ?? []}
                trustSlug={slug}
                showStatus
              />
              <HomeJudgements judgements={home.judgementsToMake} trustSlug={slug} />
              {assessmentCard}
            </>
          ) : null}
          {isSecretary ? (
            <>
              <HomeReport year={reportYear} sections={sections} trustSlug={slug} />
              {assessmentCard}
            </>
          ) : null}
          {ctx.role === 'trust_admin' ? (
            <>
              {home.setupTasks ? <HomeSetup tasks={home.setupTasks} /> : null}
              {assessmentCard}
              {home.challengesToAnswer.length > 0 ? answering : null}
            </>
          ) : null}
          {ctx.role === 'viewer' ? assessmentCard : null}
          <TrustDetails overview={overview} />
          {can(ctx, 'people.manage') ? (
            <p>
              <Link href={peoplePath(slug)}>Manage people and board members</Link>
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
