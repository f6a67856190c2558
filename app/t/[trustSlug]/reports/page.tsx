import type { Metadata } from 'next';
import Link from 'next/link';
import { Button, Select, SelectOption } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { listNarratives } from '@/lib/reports/narratives';
import { listReportYears } from '@/lib/reports/report-years';
import { formatDateTime } from '@/lib/format/dates';
import { NarrativeStatusTag } from '@/components/reports/narrative-status-tag';
import { narrativePath, reportExportFormPath, reportExportsPath } from '@/lib/routes/paths';
import { reportYearField } from '@/lib/reports/year-param';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';
import { SummaryList } from '@/components/ui/summary-list';

export const metadata: Metadata = { title: 'Annual report' };

export default async function AnnualReportPage({ params, searchParams }: PageProps<'/t/[trustSlug]/reports'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'report.view');
  const { year: requested } = parseSearchParams(z.object({ year: reportYearField }), await searchParams);
  const years = await listReportYears(ctx);
  const year = years.find((candidate) => candidate.financialYear === requested) ?? years[0] ?? null;
  const narratives = year ? await listNarratives(ctx, year.financialYear) : [];
  const canEdit = can(ctx, 'report.edit');
  const canExport = can(ctx, 'report.export');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Annual report</h1>
        <p className="nhsuk-lede-text">
          The section of the annual report on how the trust acted on information on health inequalities, and the same content as a board paper.
        </p>
        {!year ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              There is no self-assessment yet. The annual report section can be written and exported for a year once the trust has started that year’s
              self-assessment.
            </p>
          </div>
        ) : (
          <>
            {years.length > 1 ? (
              <form method="get" className="nhsuk-u-margin-bottom-5" noValidate>
                <Select id="year" name="year" label="Financial year" defaultValue={String(year.financialYear)}>
                  {years.map((option) => (
                    <SelectOption key={option.financialYear} value={String(option.financialYear)}>
                      {option.label}
                    </SelectOption>
                  ))}
                </Select>
                <Button type="submit" secondary small>
                  Show year
                </Button>
              </form>
            ) : null}
            <h2>{year.label}</h2>
            {year.status === 'approved' ? (
              <p>
                <strong className="nhsuk-tag nhsuk-tag--green">Approved</strong> The board has approved the {year.label} self-assessment, so exports show its
                results.
              </p>
            ) : (
              <div className="nhsuk-warning-callout">
                <h3 className="nhsuk-warning-callout__label">
                  <span className="nhsuk-u-visually-hidden">Important: </span>
                  Not approved yet
                </h3>
                <p>The {year.label} self-assessment has not been approved by the board. Exports show its current draft results and say DRAFT on every page.</p>
              </div>
            )}
            <h3>What the trust writes</h3>
            <p>
              These parts of the report are written here and saved as drafts, with their history. Each is marked ready for review and then approved; the annual
              report can be exported once every section in it is approved. The figures, objectives and board come from the rest of Fairboard.
            </p>
            <SummaryList
              rows={narratives.map((narrative) => ({
                id: narrative.id,
                key: narrative.heading,
                value: (
                  <>
                    <NarrativeStatusTag
                      state={narrative.isWritten ? narrative.status : 'not-written'}
                      approvedAt={narrative.approvedAt}
                      approvedByName={narrative.approvedByName}
                    />
                    {narrative.isWritten && narrative.status !== 'approved' ? (
                      <>
                        <br />
                        <span className="nhsuk-body-s">
                          {narrative.updatedAt ? `Last saved ${formatDateTime(narrative.updatedAt)}` : null}
                          {narrative.updatedByName ? ` by ${narrative.updatedByName}` : null}
                        </span>
                      </>
                    ) : null}
                  </>
                ),
                action: {
                  href: narrativePath(ctx.trustSlug, year.financialYear, narrative.id),
                  text: canEdit ? (narrative.isWritten ? 'Change' : 'Write') : 'Read',
                  visuallyHiddenText: narrative.heading,
                },
              }))}
            />
            {canExport ? (
              <>
                <h3>Export</h3>
                <p>Make a PDF or Word file for the annual report or a board paper, or a CSV of the figures. Each export is kept exactly as it was made.</p>
                <Link className="nhsuk-button" href={reportExportFormPath(ctx.trustSlug, year.financialYear)}>
                  Export the annual report section
                </Link>
              </>
            ) : null}
          </>
        )}
        <h2>Past exports</h2>
        <p>
          <Link href={reportExportsPath(ctx.trustSlug)}>See every export and download it again</Link>
        </p>
      </div>
    </div>
  );
}
