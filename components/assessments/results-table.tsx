import type { DomainResultDto } from '@/lib/assessments/result-details';
import { MaturityTag } from './status-tags';
import { Table } from '@/components/ui/table';

/** The numbers behind the chart: score, maximum, percentage and maturity level per domain. */
export function ResultsTable({ domains, caption }: Readonly<{ domains: readonly DomainResultDto[]; caption: string }>) {
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <Table
      caption={caption}
      captionId="results-table-caption"
      id="results-table"
      columns={[
        { header: 'Domain' },
        { header: 'Score', numeric: true },
        { header: 'Maximum', numeric: true },
        { header: 'Percentage', numeric: true },
        { header: 'Maturity level' },
      ]}
      rowHeaders="bold"
      rows={domains.map((domain) => ({
        key: String(domain.domain),
        attributes: { 'data-domain': String(domain.domain) },
        cells: [
          <>
            {domain.domain}. {domain.label}
          </>,
          domain.score,
          domain.maxScore,
          <>{domain.percent}%</>,
          <MaturityTag key="maturity" maturity={domain.maturity} />,
        ],
      }))}
    />
  );
}
