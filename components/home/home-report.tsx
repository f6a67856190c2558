import Link from 'next/link';
import type { NarrativeSummaryDto } from '@/lib/reports/narratives';
import type { ReportYearDto } from '@/lib/reports/report-years';
import { narrativePath, reportsPath } from '@/components/reports/report-paths';

type Props = Readonly<{ year: ReportYearDto | null; sections: readonly NarrativeSummaryDto[]; trustSlug: string }>;

/** The company secretary's view of the annual report: each section the trust writes, and where it stands. */
export function HomeReport({ year, sections, trustSlug }: Props) {
  const written = sections.filter((section) => section.isWritten).length;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Annual report{year ? `, ${year.label}` : ''}</h2>
      {!year ? (
        <p>There is no self-assessment yet, so there is no report to prepare.</p>
      ) : (
        <>
          <p>
            {written} of {sections.length} sections written. {year.status === 'approved' ? 'The self-assessment is approved, so exports show its results.' : 'The self-assessment is not approved yet, so exports say DRAFT.'}
          </p>
          <dl className="nhsuk-summary-list" id="report-sections">
            {sections.map((section) => (
              <div key={section.id} className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">
                  <Link href={narrativePath(trustSlug, year.financialYear, section.id)}>{section.heading}</Link>
                </dt>
                <dd className="nhsuk-summary-list__value">{section.isWritten ? <strong className="nhsuk-tag nhsuk-tag--blue">Draft saved</strong> : <strong className="nhsuk-tag nhsuk-tag--grey">Not written</strong>}</dd>
              </div>
            ))}
          </dl>
          <p>
            <Link href={reportsPath(trustSlug, year.financialYear)}>Go to the annual report</Link>
          </p>
        </>
      )}
    </section>
  );
}
