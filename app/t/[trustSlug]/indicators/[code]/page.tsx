import type { Metadata } from 'next';
import { orNotFound } from '@/lib/errors/not-found';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { listObjectivesActingOn } from '@/lib/objectives/indicator-link-queries';
import { indicatorByCode, indicatorName } from '@/lib/indicators/board-view';
import { indicatorDetail, parseIndicatorFilters } from '@/lib/indicators/indicator-view';
import { BREAKDOWN_LABELS } from '@/lib/indicators/groups';
import { CI_METHOD } from '@/lib/indicators/confidence';
import { SUPPRESSION_RULE } from '@/lib/indicators/suppression';
import { indicatorsPath } from '@/lib/routes/paths';
import { IndicatorFilters } from '@/components/indicators/indicator-filters';
import { GroupValuesChart } from '@/components/indicators/group-values-chart';
import { GapTrendChart } from '@/components/indicators/gap-trend-chart';
import { GapMeasuresTable, GapTrendTable, GroupFiguresTable, RecordingTable } from '@/components/indicators/indicator-tables';
import { WidenedTag } from '@/components/indicators/widened-gaps';
import { ObjectivesActing } from '@/components/indicators/objectives-acting';
import { PageErrorSummary, type PageError } from '@/components/layout/year-select';
import { SummaryList } from '@/components/ui/summary-list';

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]/indicators/[code]'>): Promise<Metadata> {
  const { trustSlug, code } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'indicator.view');
  const name = await indicatorName(ctx, code);
  return { title: name ? `${name} – indicator` : 'Indicator' };
}

const GAP_METHODS =
  'The gap compares deprivation groups by the Index of Multiple Deprivation (group 1 is the most deprived). The absolute gap is the least deprived group’s value minus the most deprived group’s; the ratio is the most deprived group’s value divided by the least deprived group’s. The slope index of inequality is the difference across the whole range of deprivation from a line fitted through every group, weighted by group size; the relative index of inequality is that slope divided by the average.';

export default async function IndicatorPage({ params, searchParams }: PageProps<'/t/[trustSlug]/indicators/[code]'>) {
  const { trustSlug, code } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'indicator.view');
  const indicator = orNotFound(await indicatorByCode(ctx, code));
  const { filters, values, errors } = parseIndicatorFilters(await searchParams);
  const view = indicatorDetail(indicator, filters);
  // An analyst manages figures but does not see objectives, so the list is only for those who may.
  const actingObjectives = can(ctx, 'objective.view') ? await listObjectivesActingOn(ctx, indicator.id) : null;
  const pageErrors: PageError[] = (['breakdown', 'period'] as const).flatMap((field) => (errors[field] ? [{ fieldId: field, message: errors[field] }] : []));
  const breakdownName = view.breakdown ? BREAKDOWN_LABELS[view.breakdown].toLowerCase() : '';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageErrorSummary errors={pageErrors} />
        <span className="nhsuk-caption-l">Indicator{view.period ? `, ${view.period}` : ''}</span>
        <h1>{indicator.name}</h1>
        {view.widened ? (
          <p>
            <WidenedTag />
          </p>
        ) : null}
        {view.sentence ? <p className="nhsuk-lede-text">{view.sentence}</p> : null}
        <SummaryList
          rows={[
            { key: 'What it counts', value: indicator.definition },
            { key: 'Unit', value: view.unitLabel },
            { key: 'How the value is worked out', value: view.method },
            { key: 'Polarity', value: view.polarity },
            { key: 'Source', value: indicator.source },
            { key: 'Trust-wide value', value: view.trustValue ?? 'No figures yet' },
          ]}
        />
        {view.period === null ? (
          <p>There are no figures for this indicator yet.</p>
        ) : (
          <>
            <IndicatorFilters
              breakdowns={view.breakdowns}
              periods={view.periods}
              values={values}
              errors={errors}
              anyBreakdown="Deprivation, or the first breakdown held"
              latestPeriod={`Latest (${view.periods[0]})`}
            />
            {view.notices.map((notice) => (
              <div className="nhsuk-inset-text" key={notice}>
                <span className="nhsuk-u-visually-hidden">Information: </span>
                <p>{notice}</p>
              </div>
            ))}
            <h2>{view.breakdown ? `By ${breakdownName}, ${view.period}` : `Figures for ${view.period}`}</h2>
            {view.withheld ? (
              <p>Every figure for {view.period} is withheld: a group with fewer than 8 could not otherwise be protected.</p>
            ) : (
              <>
                {view.chart ? <GroupValuesChart chart={view.chart} title={`${indicator.name} by ${breakdownName}, ${view.period}`} /> : null}
                <GroupFiguresTable caption={`${indicator.name} by ${breakdownName}, ${view.period}`} valueHeading={view.valueHeading} rows={view.rows} />
                <p className="nhsuk-body-s">Small numbers: {SUPPRESSION_RULE}</p>
              </>
            )}

            <h2>The gap between the most and least deprived</h2>
            {view.gap ? (
              <GapMeasuresTable caption={`Gap measures, ${view.period}, with 95% confidence intervals`} measures={view.gap.measures} />
            ) : (
              <p>{view.gapNote}</p>
            )}
            <details className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">How the gap is measured</span>
              </summary>
              <div className="nhsuk-details__text">
                <p>{GAP_METHODS}</p>
                <p>{CI_METHOD}</p>
              </div>
            </details>

            <h2>The gap over time</h2>
            {view.trend.filter((point) => point.estimate !== null).length >= 2 ? (
              <GapTrendChart
                points={view.trend}
                unit={view.gapUnit}
                title={`Absolute gap by period, ${indicator.name}`}
                description={`${view.sentence ?? ''} ${view.trend.map((point) => `${point.period}: ${point.text}.`).join(' ')}`.trim()}
              />
            ) : null}
            <GapTrendTable caption="Absolute gap (least deprived minus most deprived) by period, with 95% confidence intervals" points={view.trend} />

            <h2>Records with no group recorded</h2>
            {view.recording.length === 0 ? (
              <p>There are no figures by breakdown for {view.period}.</p>
            ) : (
              <RecordingTable caption={`Share of records with no group recorded, ${view.period}`} rows={view.recording} />
            )}
          </>
        )}

        {actingObjectives ? <ObjectivesActing trustSlug={ctx.trustSlug} objectives={actingObjectives} /> : null}

        <p>
          <Link href={indicatorsPath(ctx.trustSlug)}>Back to all indicators</Link>
        </p>
      </div>
    </div>
  );
}
