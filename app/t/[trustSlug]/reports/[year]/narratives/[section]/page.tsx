import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { formatFinancialYear } from '@/lib/calendar/financial-year';
import { findNarrativeSection, isNarrativeSectionId } from '@/lib/reports/narrative-sections';
import { getNarrative } from '@/lib/reports/narratives';
import { SECTION_HEADINGS } from '@/lib/reports/report-text';
import { formatDateTime } from '@/lib/format/dates';
import { reportsPath } from '@/lib/routes/paths';
import { parseYearParam } from '@/lib/reports/year-param';
import { NarrativeForm, NarrativeStatusForm, ReuseForm } from '../../../_components/narrative-form';
import { reuseNarrativeAction, saveNarrativeAction, setNarrativeStatusAction } from '../../../actions';
import { NarrativeStatusTag } from '@/components/reports/narrative-status-tag';
import { SuccessBanner } from '@/components/layout/success-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { Table } from '@/components/ui/table';
import { z } from 'zod';
import { keyOf, parseSearchParams } from '@/lib/routes/search-params';

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]/reports/[year]/narratives/[section]'>): Promise<Metadata> {
  const { section } = await params;
  return { title: isNarrativeSectionId(section) ? findNarrativeSection(section).heading : 'Annual report' };
}

const SAVED_MESSAGES = {
  draft: 'Your draft has been saved.',
  reused: 'Last year’s text has been copied into a new draft. Change it for this year and save it.',
  unchanged: 'Nothing had changed, so no new draft was saved.',
  ready: 'This section is marked as ready for review.',
  approved: 'This section is approved. Changing its text will make it a draft again.',
} as const;

const querySchema = z.object({ saved: keyOf(SAVED_MESSAGES) });

export default async function NarrativePage({ params, searchParams }: PageProps<'/t/[trustSlug]/reports/[year]/narratives/[section]'>) {
  const { trustSlug, year: yearParam, section } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'report.view');
  const year = parseYearParam(yearParam);
  if (year === null || !isNarrativeSectionId(section)) notFound();
  const { saved } = parseSearchParams(querySchema, await searchParams);
  const narrative = await getNarrative(ctx, year, section);
  const yearLabel = formatFinancialYear(year);
  const canEdit = can(ctx, 'report.edit');
  const canMarkReady = canEdit && narrative.status === 'draft';
  const canApprove = can(ctx, 'report.approve') && narrative.status !== 'approved';
  const savedMessage = saved ? SAVED_MESSAGES[saved] : undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={reportsPath(ctx.trustSlug, year)}>Back to the annual report</BackLink>
        {savedMessage ? <SuccessBanner>{savedMessage}</SuccessBanner> : null}
        <span className="nhsuk-caption-l">
          {SECTION_HEADINGS[narrative.reportSection]}, {yearLabel}
        </span>
        <h1>{narrative.heading}</h1>
        <SummaryList
          rows={[
            {
              key: 'Status',
              value: (
                <NarrativeStatusTag
                  state={narrative.isWritten ? narrative.status : 'not-written'}
                  approvedAt={narrative.approvedAt}
                  approvedByName={narrative.approvedByName}
                />
              ),
            },
          ]}
        />
        {canEdit ? (
          <NarrativeForm
            action={saveNarrativeAction.bind(null, ctx.trustSlug)}
            financialYear={year}
            section={narrative.id}
            version={narrative.version}
            label={narrative.prompt}
            hint={narrative.hint}
            body={narrative.body}
          />
        ) : (
          <>
            <p className="nhsuk-body-l">{narrative.prompt}</p>
            {narrative.isWritten ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a saved text, never reordered
              narrative.body.split(/\n\s*\n/).map((paragraph, index) => <p key={index}>{paragraph}</p>)
            ) : (
              <p>Not written yet.</p>
            )}
          </>
        )}
        {narrative.isWritten && (canMarkReady || canApprove) ? (
          <>
            <h2>Sign-off</h2>
            <p>The annual report can only be exported once every section in it is approved. Approve the saved text as it is shown on this page.</p>
            <div className="nhsuk-button-group">
              {canMarkReady ? (
                <NarrativeStatusForm
                  action={setNarrativeStatusAction.bind(null, ctx.trustSlug)}
                  financialYear={year}
                  section={narrative.id}
                  version={narrative.version}
                  status="ready"
                  label="Mark as ready for review"
                  secondary
                />
              ) : null}
              {canApprove ? (
                <NarrativeStatusForm
                  action={setNarrativeStatusAction.bind(null, ctx.trustSlug)}
                  financialYear={year}
                  section={narrative.id}
                  version={narrative.version}
                  status="approved"
                  label="Approve this text"
                />
              ) : null}
            </div>
          </>
        ) : null}
        {canEdit && narrative.lastYear ? (
          <>
            <h2>Last year’s text</h2>
            <details className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">Read the {formatFinancialYear(narrative.lastYear.financialYear)} text</span>
              </summary>
              <div className="nhsuk-details__text">
                {narrative.lastYear.body.split(/\n\s*\n/).map((paragraph, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a saved text, never reordered
                  <p key={index}>{paragraph}</p>
                ))}
              </div>
            </details>
            <p>Reusing it replaces the text above with last year’s as a new draft. The current text stays in the draft history.</p>
            <ReuseForm
              action={reuseNarrativeAction.bind(null, ctx.trustSlug)}
              financialYear={year}
              section={narrative.id}
              version={narrative.version}
              yearLabel={`${formatFinancialYear(narrative.lastYear.financialYear)}`}
            />
          </>
        ) : null}
        <h2>Draft history</h2>
        {narrative.revisions.length === 0 ? (
          <p>No drafts have been saved yet.</p>
        ) : (
          <Table
            caption={<>Saved drafts, newest first</>}
            captionSize="hidden"
            columns={[{ header: 'Draft' }, { header: 'Saved' }, { header: 'Text' }]}
            rows={narrative.revisions.map((revision) => ({
              key: String(revision.version),
              cells: [
                revision.version,
                <>
                  {formatDateTime(revision.createdAt)}
                  <br />
                  <span className="nhsuk-body-s">
                    {revision.createdByName ? `by ${revision.createdByName}` : 'by someone who has left the trust'}
                    {revision.source === 'reuse' && revision.reusedFromYear !== null ? `, copied from ${formatFinancialYear(revision.reusedFromYear)}` : ''}
                  </span>
                </>,
                <details key="text" className="nhsuk-details nhsuk-u-margin-bottom-0">
                  <summary className="nhsuk-details__summary">
                    <span className="nhsuk-details__summary-text">Read draft {revision.version}</span>
                  </summary>
                  <div className="nhsuk-details__text">
                    {revision.body.trim() === '' ? (
                      <p>(empty)</p>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a saved text, never reordered
                      revision.body.split(/\n\s*\n/).map((paragraph, index) => <p key={index}>{paragraph}</p>)
                    )}
                  </div>
                </details>,
              ],
            }))}
          />
        )}
      </div>
    </div>
  );
}
