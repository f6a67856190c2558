import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { listReportYears } from '@/lib/reports/report-years';
import { SECTION_HEADINGS } from '@/lib/reports/report-text';
import { REPORT_SECTION_IDS, type ReportSectionId } from '@/lib/reports/snapshot';
import { isOptionalSectionId, OPTIONAL_SECTIONS, type OptionalSectionId } from '@/lib/reports/optional-sections';
import { getExportChecklist } from '@/lib/reports/narrative-status';
import { getGovernanceSettings } from '@/lib/trusts/governance';
import { ExportChecklist } from '@/components/reports/export-checklist';
import { governancePath, narrativePath, reportsPath } from '@/lib/routes/paths';
import { reportYearField } from '@/lib/reports/year-param';
import { ExportForm } from '../_components/export-form';
import { startExportAction } from '../actions';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Export the annual report section' };

const SECTION_HINTS: Readonly<Record<ReportSectionId, string>> = {
  leadership: 'The executive lead, chair, committee and board members, with the trust’s own account of its governance',
  assessment: 'Maturity in each domain, the change from the year before, and a chart with the numbers as a table',
  objectives: 'Each objective with its owner’s role, status and latest progress',
  'statement-review': 'The trust’s review against each expectation of NHS England’s statement',
  indicators: 'The figures for each indicator switched on, by deprivation, ethnicity, age and sex, with the deprivation gap and a chart',
  'data-quality': 'The trust’s note on the quality and limits of the figures',
  ...(Object.fromEntries(OPTIONAL_SECTIONS.map((section) => [section.id, `Optional. ${section.exportHint}`])) as Record<OptionalSectionId, string>),
};

export default async function ExportPage({ params, searchParams }: PageProps<'/t/[trustSlug]/reports/export'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'report.export');
  const years = await listReportYears(ctx);
  const { year: requested } = parseSearchParams(z.object({ year: reportYearField }), await searchParams);
  const chosen = years.find((year) => year.financialYear === requested) ?? years[0];
  const checklist = chosen ? await getExportChecklist(ctx, chosen.financialYear) : null;
  const governance = await getGovernanceSettings(ctx);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={reportsPath(ctx.trustSlug, chosen?.financialYear)}>Back to the annual report</BackLink>
        {!chosen ? (
          <>
            <h1>Export the annual report section</h1>
            <p>There is no self-assessment yet, so there is nothing to export.</p>
            <p>
              <Link href={reportsPath(ctx.trustSlug)}>Back to the annual report</Link>
            </p>
          </>
        ) : (
          <ExportForm
            action={startExportAction.bind(null, ctx.trustSlug)}
            years={years.map((year) => ({
              value: String(year.financialYear),
              label: year.label,
              hint: year.status === 'approved' ? 'Self-assessment approved' : 'Self-assessment not approved yet: every page will say DRAFT',
            }))}
            intro={
              <ExportChecklist
                readiness={checklist?.readiness ?? []}
                missingGovernance={governance.missing}
                narrativeHref={(section) => narrativePath(ctx.trustSlug, chosen.financialYear, section)}
                governanceHref={governance.canChange ? governancePath(ctx.trustSlug) : null}
              />
            }
            sections={(checklist?.offered ?? []).map((id) => ({ value: id, label: SECTION_HEADINGS[id], hint: SECTION_HINTS[id] }))}
            variants={[
              { value: 'annual-report', label: 'The annual report', hint: 'The section to put in the trust’s annual report' },
              {
                value: 'board-paper',
                label: 'A board paper',
                hint: 'Adds a cover page with the meeting, sponsor, purpose and recommendation, and says whether the content is approved',
              },
            ]}
            formats={[
              { value: 'pdf', label: 'PDF', hint: 'An accessible PDF, ready to publish' },
              { value: 'docx', label: 'Word', hint: 'To edit or paste into the annual report' },
              { value: 'csv', label: 'CSV', hint: 'The figures only, for analysts' },
            ]}
            // The core sections by default; optional ones are added by choice.
            initial={{
              financialYear: String(chosen.financialYear),
              sections: REPORT_SECTION_IDS.filter((id) => !isOptionalSectionId(id)),
              variant: 'annual-report',
              format: 'pdf',
            }}
          />
        )}
      </div>
    </div>
  );
}
