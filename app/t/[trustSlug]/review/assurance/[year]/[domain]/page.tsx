import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from 'nhsuk-react-components';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { notFoundIfMissing, orNotFound } from '@/lib/errors/not-found';
import { isFinancialYearInRange } from '@/lib/calendar/financial-year';
import { getAssurance } from '@/lib/review/assurance';
import { recordJudgementAction } from '../../../actions';
import { assurancePath } from '@/lib/routes/paths';
import { DomainAnswers } from '@/components/review/domain-answers';
import { JudgementForm } from '../../../_components/judgement-form';

export const metadata: Metadata = { title: 'Record your judgement – Assurance' };

export default async function JudgementPage({ params }: PageProps<'/t/[trustSlug]/review/assurance/[year]/[domain]'>) {
  const { trustSlug, year: yearText, domain: domainText } = await params;
  const ctx = await requireTenant(trustSlug);
  const financialYear = Number(yearText);
  const domainNumber = Number(domainText);
  if (!/^\d{4}$/.test(yearText) || !isFinancialYearInRange(financialYear) || !/^[1-4]$/.test(domainText)) notFound();
  const assurance = await getAssurance(ctx, financialYear).catch(notFoundIfMissing);
  const domain = orNotFound(assurance.domains.find((candidate) => candidate.domain === domainNumber));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={assurancePath(ctx.trustSlug, financialYear)}>Back to assurance</BackLink>
        <span className="nhsuk-caption-l">
          Assurance, {assurance.financialYearLabel}: domain {domain.domain}
        </span>
        <h1>{domain.label}</h1>
        {domain.result ? (
          <p>
            The {assurance.financialYearLabel} self-assessment puts this domain at {domain.result.percent}%, {domain.result.maturityLabel.toLowerCase()}.
          </p>
        ) : null}
        <DomainAnswers answers={domain.answers} yearLabel={assurance.financialYearLabel} domain={domain.domain} />
        {can(ctx, 'assurance.record') ? (
          <JudgementForm
            action={recordJudgementAction.bind(null, ctx.trustSlug)}
            financialYear={financialYear}
            domain={domain.domain}
            domainLabel={domain.label}
            current={domain.mine ? { level: domain.mine.level, reason: domain.mine.reason, version: domain.mine.version } : null}
          />
        ) : (
          <div className="nhsuk-inset-text">
            <p>
              Only non-executive directors, including the chair, can record an assurance judgement. You can read the board’s judgements on the assurance page.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
