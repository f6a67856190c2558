import type { DomainResultDto } from '@/lib/assessments/result-details';
import { MaturityTag } from './status-tags';
import { ScrollTable } from '@/components/layout/scroll-table';

/** The numbers behind the chart: score, maximum, percentage and maturity level per domain. */
export function ResultsTable({ domains, caption }: Readonly<{ domains: readonly DomainResultDto[]; caption: string }>) {
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <ScrollTable caption={caption} captionId="results-table-caption" id="results-table">
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Domain
          </th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
            Score
          </th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
            Maximum
          </th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
            Percentage
          </th>
          <th scope="col" className="nhsuk-table__header">
            Maturity level
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {domains.map((domain) => (
          <tr key={domain.domain} className="nhsuk-table__row" data-domain={domain.domain}>
            <th scope="row" className="nhsuk-table__header">
              {domain.domain}. {domain.label}
            </th>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{domain.score}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{domain.maxScore}</td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{domain.percent}%</td>
            <td className="nhsuk-table__cell">
              <MaturityTag maturity={domain.maturity} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
