import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { currentIndicators } from '@/lib/indicators/board-view';
import { overviewRow, parseIndicatorFilters, periodsOf } from '@/lib/indicators/indicator-view';
import { FILTER_BREAKDOWNS } from '@/lib/indicators/schemas';
import { BREAKDOWN_LABELS } from '@/lib/indicators/groups';
import { indicatorHistoryPath, indicatorPath } from '@/lib/routes/paths';
import { DataInTasks } from '@/components/indicators/data-in-tasks';
import { IndicatorFilters } from '@/components/indicators/indicator-filters';
import { IndicatorOverviewTable } from '@/components/indicators/indicator-overview-table';
import { PageErrorSummary, type PageError } from '@/components/layout/year-select';

export const metadata: Metadata = { title: 'Indicators' };

export default async function IndicatorsPage({ params, searchParams }: PageProps<'/t/[trustSlug]/indicators'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'indicator.view');
  const { filters, values, errors } = parseIndicatorFilters(await searchParams);
  const indicators = await currentIndicators(ctx);
  const rows = indicators.flatMap((indicator) => {
    const row = overviewRow(indicator, filters);
    return row ? [row] : [];
  });
  const periods = [...new Set(indicators.flatMap((indicator) => periodsOf(indicator.figures)))];
  const pageErrors: PageError[] = (['breakdown', 'period'] as const).flatMap((field) => (errors[field] ? [{ fieldId: field, message: errors[field] }] : []));
  const query = (code: string, period: string | null) => {
    return indicatorPath(ctx.trustSlug, code, { breakdown: filters.breakdown || undefined, period: period || undefined });
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageErrorSummary errors={pageErrors} />
        <h1>Indicators</h1>
        <p>
          The health-inequalities indicators your trust reports, each at its latest period: the trust-wide value, the gap between the most and least deprived
          groups, and whether that gap widened by more than chance would explain.
        </p>
        <DataInTasks
          trustSlug={ctx.trustSlug}
          canEnterFigures={can(ctx, 'indicator.data')}
          canKeepCatalogue={can(ctx, 'indicator.catalogue')}
          canRecordCore20Plus5={can(ctx, 'trust.core20plus5')}
        />
        <p>
          <Link href={indicatorHistoryPath(ctx.trustSlug)}>See the upload history of the figures</Link>
        </p>
        <IndicatorFilters
          breakdowns={FILTER_BREAKDOWNS}
          periods={periods}
          values={values}
          errors={errors}
          anyBreakdown="Any breakdown"
          latestPeriod="Each indicator’s latest period"
        />
        {indicators.length === 0 ? (
          <p>No indicator is switched on for your trust.</p>
        ) : rows.length === 0 ? (
          <p>
            No indicator has figures by {filters.breakdown ? BREAKDOWN_LABELS[filters.breakdown].toLowerCase() : 'that breakdown'}
            {filters.period ? ` for ${filters.period}` : ''}.
          </p>
        ) : (
          <IndicatorOverviewTable
            rows={rows}
            caption={`Indicators${filters.period ? `, ${filters.period}` : ', latest period of each'}`}
            recordingOf={filters.breakdown ? BREAKDOWN_LABELS[filters.breakdown].toLowerCase() : null}
            hrefOf={(row) => query(row.code, row.period)}
          />
        )}
      </div>
    </div>
  );
}
