import { formatFinancialYear } from '../calendar/financial-year';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { NARRATIVE_SECTIONS, narrativesOfSection, type NarrativeSection } from './narrative-sections';
import { NARRATIVE_CONFLICT } from './narrative-messages';
import { SECTION_HEADINGS } from './report-text';
import type { NarrativeStatus, SetNarrativeStatusInput } from './schemas';
import { sectionsOfferedTo, type ReportSectionId } from './snapshot';

// Sign-off of the narratives: draft → ready for review → approved, with who approved and when.
// Saving new text makes a narrative a draft again (lib/reports/narratives.ts), so an approval
// always belongs to the text it was given for. The annual-report export needs every narrative of
// every chosen section approved; a board paper may go out with drafts (it says what is approved).

export function narrativeStatusOf(value: string | undefined): NarrativeStatus {
  return value === 'ready' || value === 'approved' ? value : 'draft';
}

/** The narrative sections this trust is offered (the PCREF section only to mental health trusts). */
export async function offeredSections(tx: Tx, ctx: Pick<TenantContext, 'trustId'>): Promise<NarrativeSection[]> {
  const trust = await tx.trust.findFirst({ where: { id: ctx.trustId }, select: { type: true } });
  const mentalHealth = trust?.type === 'mental_health_learning_disability';
  return NARRATIVE_SECTIONS.filter((section) => !section.mentalHealthOnly || mentalHealth);
}

/** Marks the text as ready for review, approves it, or returns it to draft. */
export async function setNarrativeStatus(ctx: TenantContext, input: SetNarrativeStatusInput, now = new Date()): Promise<NarrativeStatus> {
  assertCan(ctx, input.status === 'approved' ? 'report.approve' : 'report.edit');
  return withTenant(ctx, async (tx) => {
    const row = await tx.reportNarrative.findFirst({
      where: { trustId: ctx.trustId, financialYear: input.financialYear, section: input.section },
      select: { id: true, version: true, body: true, status: true },
    });
    if (!row || row.body.trim() === '') {
      throw new AppError('INVALID_STATE', 'Write and save this section before asking for review or approving it.');
    }
    if (row.version !== input.expectedVersion) throw new AppError('CONFLICT', NARRATIVE_CONFLICT);
    const approved = input.status === 'approved';
    await tx.reportNarrative.update({
      where: { id: row.id, trustId: ctx.trustId },
      data: { status: input.status, approvedAt: approved ? now : null, approvedById: approved ? ctx.userId || null : null },
      select: { id: true },
    });
    return input.status;
  });
}

type NotReadyNarrative = Readonly<{ id: NarrativeSection['id']; heading: string; state: 'not-written' | NarrativeStatus }>;

export type SectionReadiness = Readonly<{
  reportSection: ReportSectionId;
  heading: string;
  /** The narratives of the section that are not approved, with their state. */
  notReady: readonly NotReadyNarrative[];
}>;

/** For each report section that has narratives, those not yet written or not approved. */
export async function readReadiness(
  tx: Tx,
  ctx: Pick<TenantContext, 'trustId'>,
  financialYear: number,
  sections: readonly ReportSectionId[],
): Promise<SectionReadiness[]> {
  const rows = await tx.reportNarrative.findMany({ where: { trustId: ctx.trustId, financialYear }, select: { section: true, body: true, status: true } });
  const offered = new Set((await offeredSections(tx, ctx)).map((section) => section.id));
  return sections.flatMap((reportSection) => {
    const notReady = narrativesOfSection(reportSection)
      .filter((narrative) => offered.has(narrative.id))
      .flatMap((narrative): NotReadyNarrative[] => {
        const row = rows.find((candidate) => candidate.section === narrative.id);
        if (!row || row.body.trim() === '') return [{ id: narrative.id, heading: narrative.heading, state: 'not-written' }];
        const status = narrativeStatusOf(row.status);
        return status === 'approved' ? [] : [{ id: narrative.id, heading: narrative.heading, state: status }];
      });
    return notReady.length > 0 ? [{ reportSection, heading: SECTION_HEADINGS[reportSection], notReady }] : [];
  });
}

export type ExportChecklist = Readonly<{ offered: readonly ReportSectionId[]; readiness: readonly SectionReadiness[] }>;

/** The sections the trust may export, and for each with narratives, those not yet written or approved. */
export async function getExportChecklist(ctx: TenantContext, financialYear: number): Promise<ExportChecklist> {
  assertCan(ctx, 'report.view');
  return withTenant(ctx, async (tx) => {
    const trust = await tx.trust.findFirst({ where: { id: ctx.trustId }, select: { type: true } });
    const offered = sectionsOfferedTo(trust?.type ?? '');
    return { offered, readiness: await readReadiness(tx, ctx, financialYear, offered) };
  });
}

/** The annual-report export's rule: every narrative of every chosen section approved. */
export function assertAllApproved(readiness: readonly SectionReadiness[], financialYear: number): void {
  if (readiness.length === 0) return;
  const names = readiness.map((section) => section.heading).join('; ');
  throw new AppError(
    'INVALID_STATE',
    `Every chosen section must be approved before the annual report for ${formatFinancialYear(financialYear)} is exported. Not approved yet: ${names}.`,
    {
      fieldErrors: { sections: [`Approve these sections first, or leave them out: ${names}. A board paper can include sections not yet approved.`] },
    },
  );
}
