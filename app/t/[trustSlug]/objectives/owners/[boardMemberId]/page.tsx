import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { financialYearOf, formatFinancialYear } from '@/lib/calendar/financial-year';
import { financialYearField } from '@/lib/assessments/schemas';
import { roleAreaLabel } from '@/lib/catalogue/role-areas';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { getOwnerStatement } from '@/lib/objectives/owner-statement';
import { OwnerHistory } from '@/components/objectives/owner-history';
import { PrintButton } from '@/components/ui/print-button';
import { ProgressHistory } from '@/components/objectives/progress-history';
import { SmartSummary } from '@/components/objectives/smart-summary';
import { ObjectiveTags } from '@/components/objectives/status-tag';
import { objectivePath, objectivesPath, ownerStatementPath } from '@/lib/routes/paths';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Objectives statement for appraisal' };

/** One board member's objectives and progress for a year, laid out to be printed for their appraisal. */
export default async function OwnerStatementPage({ params, searchParams }: PageProps<'/t/[trustSlug]/objectives/owners/[boardMemberId]'>) {
  const { trustSlug, boardMemberId } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'objective.view');
  const query = parseSearchParams(z.object({ year: z.string().optional() }), await searchParams);
  // A year that is not one is a page that does not exist, not this year's statement.
  const parsedYear = financialYearField.safeParse(query.year ?? String(financialYearOf(new Date())));
  if (!parsedYear.success) notFound();
  const statement = await getOwnerStatement(ctx, boardMemberId, parsedYear.data).catch(notFoundIfMissing);
  const { boardMember, counts } = statement;
  const year = statement.financialYear;
  return (
    <>
      <div className="app-no-print">
        <BackLink href={objectivesPath(ctx.trustSlug)}>Back to objectives</BackLink>
      </div>
      <span className="nhsuk-caption-l">{statement.trustName}</span>
      <h1>
        Objectives of {boardMember.name}, {statement.financialYearLabel}
      </h1>
      <p>
        {boardMember.jobTitle} ({boardMember.isExecutive ? 'executive director' : 'non-executive director'}){boardMember.hasLeft ? ', has left the board' : ''}
        {boardMember.roleAreas.length > 0 ? `. Role areas: ${boardMember.roleAreas.map(roleAreaLabel).join(', ')}.` : '.'}
      </p>
      <p>
        {counts.total === 0
          ? `No objectives owned in ${statement.financialYearLabel}.`
          : `${counts.total} ${counts.total === 1 ? 'objective' : 'objectives'} owned in ${statement.financialYearLabel}: ${counts.agreed} agreed, ${counts.byStatus.complete} complete, ${counts.byStatus.at_risk + counts.byStatus.off_track} at risk or off track, ${counts.overdue} overdue.`}
      </p>
      <p className="nhsuk-body-s">Statement made on {formatDateTime(statement.generatedAt)}.</p>
      <div className="app-no-print">
        <PrintButton label="Print this statement" />
        <p>
          <Link href={ownerStatementPath(ctx.trustSlug, boardMember.id, year - 1)}>{formatFinancialYear(year - 1)} statement</Link>
          {' · '}
          <Link href={ownerStatementPath(ctx.trustSlug, boardMember.id, year + 1)}>{formatFinancialYear(year + 1)} statement</Link>
        </p>
      </div>
      {statement.objectives.map((objective, index) => (
        <section key={objective.id} aria-labelledby={`objective-${objective.id}`} className="nhsuk-u-margin-bottom-8">
          <h2 id={`objective-${objective.id}`}>
            {index + 1}. {objective.title}
          </h2>
          <p>
            <ObjectiveTags objective={objective} />
            {objective.dueDate ? ` Due ${formatDate(objective.dueDate)}.` : null}
          </p>
          <p className="app-no-print">
            <Link href={objectivePath(ctx.trustSlug, objective.id)}>
              Open this objective<span className="nhsuk-u-visually-hidden">: {objective.title}</span>
            </Link>
          </p>
          <SmartSummary objective={objective} headingLevel={3} />
          <h3>Progress</h3>
          <ProgressHistory updates={objective.progressUpdates} unit={objective.unit} caption={`Progress updates on “${objective.title}”, newest first`} />
          <h3>Owners</h3>
          <OwnerHistory changes={objective.ownerChanges} caption={`Owners of “${objective.title}”, oldest first`} />
        </section>
      ))}
      {statement.handedOver.length > 0 ? (
        <section aria-labelledby="handed-over">
          <h2 id="handed-over">Objectives handed to someone else</h2>
          <ul>
            {statement.handedOver.map((item) => (
              <li key={`${item.objectiveId}-${item.handedOverAt.toISOString()}`}>
                <Link href={objectivePath(ctx.trustSlug, item.objectiveId)}>{item.title}</Link>: handed to {item.to.name} on {formatDateTime(item.handedOverAt)}
                . Reason: {item.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
