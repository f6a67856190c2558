import { YearSelect } from '@/components/layout/year-select';
import { BREAKDOWN_LABELS, type IndicatorBreakdown } from '@/lib/indicators/groups';

type Props = Readonly<{
  breakdowns: readonly IndicatorBreakdown[];
  periods: readonly string[];
  values: Readonly<{ breakdown: string; period: string }>;
  errors: Readonly<{ breakdown?: string; period?: string }>;
  /** What choosing nothing means on this page. */
  anyBreakdown: string;
  latestPeriod: string;
}>;

/** The GET form of the indicators pages: the choice lives in the address, so it can be shared and bookmarked. */
export function IndicatorFilters({ breakdowns, periods, values, errors, anyBreakdown, latestPeriod }: Props) {
  return (
    <form method="get" noValidate className="app-no-print nhsuk-u-margin-bottom-5">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <YearSelect
            id="breakdown"
            name="breakdown"
            label="Breakdown"
            options={[{ value: '', label: anyBreakdown }, ...breakdowns.map((breakdown) => ({ value: breakdown, label: BREAKDOWN_LABELS[breakdown] }))]}
            value={values.breakdown}
            error={errors.breakdown}
          />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <YearSelect
            id="period"
            name="period"
            label="Period"
            options={[{ value: '', label: latestPeriod }, ...periods.map((period) => ({ value: period, label: period }))]}
            value={values.period}
            error={errors.period}
          />
        </div>
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" data-module="nhsuk-button">
        Show figures
      </button>
    </form>
  );
}
