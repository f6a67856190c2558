import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { financialYearOf, formatFinancialYear } from '@/lib/calendar/financial-year';
import { listObjectives } from '@/lib/objectives/queries';
import { listObjectivesSchema } from '@/lib/objectives/schemas';
import { ObjectivesTable } from '@/components/objectives/objectives-table';
import { ObjectiveCounts } from '@/components/objectives/objective-counts';
import { OverviewFilterForm } from '@/components/objectives/overview-filter-form';
import {
  carryForwardPath,
  myObjectivesPath,
  newObjectivePath,
  objectiveCataloguePath,
  objectiveSuggestionsPath,
  objectivesCsvPath,
  objectivesOutboxPath,
  objectivesPath,
  ownerStatementPath,
} from '@/lib/routes/paths';
import { parseSearchParams } from '@/lib/routes/search-params';
import { financialYearField } from '@/lib/assessments/schemas';

export const metadata: Metadata = { title: 'Objectives' };

/** The overview's query: a year that is not one shows the current year. */
const overviewQuery = listObjectivesSchema.extend({ year: financialYearField.optional() });

/** The board's overview of one financial year: overdue first, optionally grouped. */
export default async function ObjectivesOverviewPage({ params, searchParams }: PageProps<'/t/[trustSlug]/objectives'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'objective.view');
  const currentYear = financialYearOf(new Date());
  const query = parseSearchParams(overviewQuery, await searchParams);
  const input = { year: query.year ?? currentYear, groupBy: query.groupBy };
  const overview = await listObjectives(ctx, input);
  const canManage = can(ctx, 'objective.manage');
  const years = [...new Set([currentYear - 3, currentYear - 2, currentYear - 1, currentYear, currentYear + 1, input.year])].sort((a, b) => b - a);
  const sections = overview.groups ?? [{ key: 'all', label: `Objectives for ${overview.financialYearLabel}`, owner: null, objectives: overview.objectives }];
  return (
    <>
      <span className="nhsuk-caption-l">{overview.financialYearLabel} financial year</span>
      <h1>Objectives</h1>
      <p className="nhsuk-lede-text">The board’s SMART objectives on health inequalities, each owned by a named board member.</p>
      {canManage ? (
        <p className="app-no-print">
          <Link className="nhsuk-button nhsuk-u-margin-bottom-0" href={newObjectivePath(ctx.trustSlug)}>
            Create an objective
          </Link>
        </p>
      ) : null}
      <ul className="nhsuk-list app-no-print">
        <li>
          <Link href={myObjectivesPath(ctx.trustSlug)}>My objectives</Link>
        </li>
        <li>
          <Link href={objectiveCataloguePath(ctx.trustSlug)}>Browse the guide’s 78 objectives</Link>
        </li>
        <li>
          <Link href={objectiveSuggestionsPath(ctx.trustSlug)}>Objectives suggested by the latest self-assessment</Link>
        </li>
        {canManage ? (
          <li>
            <Link href={carryForwardPath(ctx.trustSlug)}>Carry forward unfinished objectives from {formatFinancialYear(currentYear - 1)}</Link>
          </li>
        ) : null}
        {can(ctx, 'outbox.view') ? (
          <li>
            <Link href={objectivesOutboxPath(ctx.trustSlug)}>Reminder e-mails in the outbox</Link>
          </li>
        ) : null}
      </ul>
      {/* A form rather than a link: a download is an action, and link crawlers should not start one. */}
      <form method="get" action={objectivesCsvPath(ctx.trustSlug)} className="app-no-print">
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Download all objectives as a spreadsheet (CSV)
        </button>
      </form>
      <OverviewFilterForm action={objectivesPath(ctx.trustSlug)} years={years} year={input.year} groupBy={input.groupBy} />
      {overview.objectives.length === 0 ? (
        <p>
          No objectives have been set for {overview.financialYearLabel} yet.
          {canManage ? ' Start from the suggestions of the latest self-assessment or from the guide’s catalogue.' : null}
        </p>
      ) : (
        <>
          <ObjectiveCounts counts={overview.counts} yearLabel={overview.financialYearLabel} />
          {sections.map((section) =>
            overview.groups === null ? (
              <ObjectivesTable key={section.key} objectives={section.objectives} trustSlug={ctx.trustSlug} caption={section.label} />
            ) : (
              <section key={section.key} aria-labelledby={`group-${section.key}`}>
                <h2 id={`group-${section.key}`}>
                  {section.label} <span className="nhsuk-body-s">({section.objectives.length})</span>
                </h2>
                {section.owner ? (
                  <p className="app-no-print">
                    <Link href={ownerStatementPath(ctx.trustSlug, section.owner.id, overview.financialYear)}>
                      Statement of {section.owner.name}’s objectives for appraisal
                    </Link>
                  </p>
                ) : null}
                {section.objectives.length === 0 ? (
                  <p>None.</p>
                ) : (
                  <ObjectivesTable
                    objectives={section.objectives}
                    trustSlug={ctx.trustSlug}
                    caption={`${section.label}: objectives`}
                    captionHidden
                    showOwner={!section.owner}
                  />
                )}
              </section>
            ),
          )}
        </>
      )}
    </>
  );
}
