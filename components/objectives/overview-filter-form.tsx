import { formatFinancialYear } from '@/lib/calendar/financial-year';
import type { ObjectiveGrouping } from '@/lib/objectives/schemas';

type Props = Readonly<{ action: string; years: readonly number[]; year: number; groupBy: ObjectiveGrouping | undefined }>;

const GROUPINGS: readonly Readonly<{ value: ObjectiveGrouping | ''; label: string }>[] = [
  { value: '', label: 'No grouping (overdue first, then by due date)' },
  { value: 'domain', label: 'Assessment domain' },
  { value: 'owner', label: 'Owner' },
  { value: 'status', label: 'Status' },
];

/** A plain GET form, so choosing the year and grouping works without JavaScript and can be bookmarked. */
export function OverviewFilterForm({ action, years, year, groupBy }: Props) {
  return (
    <form method="get" action={action} className="app-no-print">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="year">
              Financial year
            </label>
            <select className="nhsuk-select" id="year" name="year" defaultValue={String(year)}>
              {years.map((option) => (
                <option key={option} value={option}>
                  {formatFinancialYear(option)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="groupBy">
              Group by
            </label>
            <select className="nhsuk-select" id="groupBy" name="groupBy" defaultValue={groupBy ?? ''}>
              {GROUPINGS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Show objectives
      </button>
    </form>
  );
}
