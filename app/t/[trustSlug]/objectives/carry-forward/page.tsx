import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { financialYearOf, formatFinancialYear } from '@/lib/calendar/financial-year';
import { listObjectives } from '@/lib/objectives/queries';
import { isUnfinished } from '@/lib/objectives/status';
import { CarryForwardForm } from '@/components/objectives/carry-forward-form';
import { objectivesPath } from '@/lib/routes/paths';
import { carryForwardAction } from '../actions';

export const metadata: Metadata = { title: 'Carry forward unfinished objectives' };

/** At the start of a financial year: last year's unfinished objectives continue as this year's drafts. */
export default async function CarryForwardPage({ params }: PageProps<'/t/[trustSlug]/objectives/carry-forward'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'objective.manage');
  const toYear = financialYearOf(new Date());
  const fromYear = toYear - 1;
  const fromLabel = formatFinancialYear(fromYear);
  const toLabel = formatFinancialYear(toYear);
  const overview = await listObjectives(ctx, { year: fromYear });
  const candidates = overview.objectives
    .filter((objective) => isUnfinished(objective.currentStatus) && objective.carriedForwardToId === null)
    .map((objective) => ({ id: objective.id, title: objective.title, statusLabel: objective.statusLabel, ownerName: objective.owner?.name ?? null }));
  const alreadyCarried = overview.objectives.filter((objective) => objective.carriedForwardToId !== null).length;
  const trustSlug = ctx.trustSlug;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={objectivesPath(trustSlug)}>Back to objectives</BackLink>
        <span className="nhsuk-caption-l">
          From {fromLabel} to {toLabel}
        </span>
        <h1>Carry forward unfinished objectives</h1>
        <p>
          Each objective you choose becomes a draft for {toLabel} with the same SMART content and status. The {fromLabel} objective keeps its progress updates
          and owner history, and the two are linked.
        </p>
        <p>The board agrees each year’s objectives again. An owner who has left is not carried over, and a due date that has passed needs setting again.</p>
        {alreadyCarried > 0 ? (
          <p>
            {alreadyCarried} {alreadyCarried === 1 ? 'objective has' : 'objectives have'} already been carried forward.
          </p>
        ) : null}
        {/* Always rendered: after carrying forward, the form shows the results even though nothing is left to choose. */}
        <CarryForwardForm
          action={carryForwardAction.bind(null, trustSlug)}
          fromYear={fromYear}
          toYear={toYear}
          fromLabel={fromLabel}
          toLabel={toLabel}
          candidates={candidates}
          trustSlug={trustSlug}
        />
      </div>
    </div>
  );
}
