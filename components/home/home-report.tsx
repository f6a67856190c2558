import Link from 'next/link';
import type { NarrativeSummaryDto, ReportYearDto } from '@/lib/reports/report-dto';
import { narrativePath, reportsPath } from '@/lib/routes/paths';
import { NarrativeStatusTag } from '@/components/reports/narrative-status-tag';
import { TaskList } from '@/components/assessments/task-list';

type Props = Readonly<{ year: ReportYearDto | null; sections: readonly NarrativeSummaryDto[]; trustSlug: string }>;

/**
 * The company secretary's view of the annual report: each section the trust writes and where it
 * stands in sign-off, as a task list, since the annual-report export needs every one approved.
 */
export function HomeReport({ year, sections, trustSlug }: Props) {
  const written = sections.filter((section) => section.isWritten).length;
  const approved = sections.filter((section) => section.isWritten && section.status === 'approved').length;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Annual report{year ? `, ${year.label}` : ''}</h2>
      {!year ? (
        <p>There is no self-assessment yet, so there is no report to prepare.</p>
      ) : (
        <>
          <p>
            {written} of {sections.length} sections written, {approved} approved.{' '}
            {year.status === 'approved'
              ? 'The self-assessment is approved, so exports show its results.'
              : 'The self-assessment is not approved yet, so exports say DRAFT.'}
          </p>
          <div id="report-sections">
            <TaskList
              idPrefix="report-section"
              items={sections.map((section) => ({
                key: section.id,
                name: section.heading,
                href: narrativePath(trustSlug, year.financialYear, section.id),
                status: (
                  <NarrativeStatusTag
                    state={section.isWritten ? section.status : 'not-written'}
                    approvedAt={section.approvedAt}
                    approvedByName={section.approvedByName}
                  />
                ),
              }))}
            />
          </div>
          <p>
            <Link href={reportsPath(trustSlug, year.financialYear)}>Go to the annual report</Link>
          </p>
        </>
      )}
    </section>
  );
}
