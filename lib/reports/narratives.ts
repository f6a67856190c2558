import { formatFinancialYear } from '../calendar/financial-year';
import { isUniqueViolation } from '../db/prisma-errors';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { displayNames } from '../tenancy/display-names';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { findNarrativeSection, type NarrativeSection, type NarrativeSectionId } from './narrative-sections';
import { NARRATIVE_CONFLICT } from './narrative-messages';
import { narrativeStatusOf, offeredSections } from './narrative-status';

export { NARRATIVE_CONFLICT };
import type { ReuseNarrativeInput, SaveNarrativeInput } from './schemas';
import type { NarrativeSummaryDto, NarrativeDto } from './report-dto';

// The narratives the trust writes for its annual report, one per section per financial year.
// Every save appends a revision (the draft history) and bumps the version; a save names the
// version it started from, so two people editing the same text cannot overwrite each other.

export type SavedNarrative = Readonly<{ version: number; changed: boolean }>;

type NarrativeRow = {
  id: string;
  section: string;
  body: string;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
  status: string;
  approvedAt: Date | null;
  approvedById: string | null;
};

function toSummary(section: NarrativeSection, financialYear: number, row: NarrativeRow | undefined, names: ReadonlyMap<string, string>): NarrativeSummaryDto {
  return {
    ...section,
    financialYear,
    body: row?.body ?? '',
    version: row?.version ?? 0,
    isWritten: (row?.body ?? '').trim() !== '',
    status: narrativeStatusOf(row?.status),
    approvedAt: row?.approvedAt ?? null,
    approvedByName: row?.approvedById ? (names.get(row.approvedById) ?? null) : null,
    updatedAt: row?.updatedAt ?? null,
    updatedByName: row?.updatedById ? (names.get(row.updatedById) ?? null) : null,
  };
}

/** Every narrative section for the year, in the report's order, written or not. */
export async function listNarratives(ctx: TenantContext, financialYear: number): Promise<NarrativeSummaryDto[]> {
  assertCan(ctx, 'report.view');
  return withTenant(ctx, async (tx) => {
    const rows = await tx.reportNarrative.findMany({ where: { trustId: ctx.trustId, financialYear } });
    const names = await displayNames(
      tx,
      rows.flatMap((row) => [row.updatedById, row.approvedById]),
    );
    const offered = await offeredSections(tx, ctx);
    return offered.map((section) =>
      toSummary(
        section,
        financialYear,
        rows.find((row) => row.section === section.id),
        names,
      ),
    );
  });
}

/** One narrative with its draft history and last year's text. */
export async function getNarrative(ctx: TenantContext, financialYear: number, sectionId: NarrativeSectionId): Promise<NarrativeDto> {
  assertCan(ctx, 'report.view');
  const section = findNarrativeSection(sectionId);
  return withTenant(ctx, async (tx) => {
    const row = await tx.reportNarrative.findFirst({
      where: { trustId: ctx.trustId, financialYear, section: sectionId },
      include: { revisions: { where: { trustId: ctx.trustId }, orderBy: { version: 'desc' } } },
    });
    const lastYear = await tx.reportNarrative.findFirst({
      where: { trustId: ctx.trustId, financialYear: financialYear - 1, section: sectionId },
      select: { body: true },
    });
    const revisions = row?.revisions ?? [];
    const names = await displayNames(tx, [row?.updatedById ?? null, row?.approvedById ?? null, ...revisions.map((revision) => revision.createdById)]);
    return {
      ...toSummary(section, financialYear, row ?? undefined, names),
      revisions: revisions.map((revision) => ({
        version: revision.version,
        body: revision.body,
        source: revision.source,
        reusedFromYear: revision.reusedFromYear,
        createdAt: revision.createdAt,
        createdByName: revision.createdById ? (names.get(revision.createdById) ?? null) : null,
      })),
      lastYear: lastYear && lastYear.body.trim() !== '' ? { financialYear: financialYear - 1, body: lastYear.body } : null,
    };
  });
}

type Write = Readonly<{
  financialYear: number;
  section: NarrativeSectionId;
  body: string;
  expectedVersion: number;
  source: 'edit' | 'reuse';
  reusedFromYear: number | null;
}>;

async function writeNarrative(tx: Tx, ctx: TenantContext, write: Write): Promise<SavedNarrative> {
  const { financialYear, section } = write;
  // Locks the row (when there is one) so two saves of the same text take turns.
  const locked = await tx.$queryRaw<{ id: string; version: number; body: string }[]>`
    SELECT id::text AS id, version, body FROM "ReportNarrative"
    WHERE "trustId" = ${ctx.trustId}::uuid AND "financialYear" = ${financialYear} AND section = ${section}
    FOR UPDATE`;
  const existing = locked[0];
  if ((existing?.version ?? 0) !== write.expectedVersion) throw new AppError('CONFLICT', NARRATIVE_CONFLICT);
  if (existing && existing.body === write.body) return { version: existing.version, changed: false };
  if (!existing && write.body === '') return { version: 0, changed: false };
  const userId = ctx.userId || null;
  const saved = existing
    ? // New text is a new draft: an approval or a request for review applied to the old text.
      await tx.reportNarrative.update({
        where: { id: existing.id, trustId: ctx.trustId },
        data: { body: write.body, version: existing.version + 1, updatedById: userId, status: 'draft', approvedById: null, approvedAt: null },
        select: { id: true, version: true },
      })
    : await tx.reportNarrative.create({
        data: { trustId: ctx.trustId, financialYear, section, body: write.body, updatedById: userId },
        select: { id: true, version: true },
      });
  await tx.reportNarrativeRevision.create({
    data: {
      trustId: ctx.trustId,
      narrativeId: saved.id,
      version: saved.version,
      body: write.body,
      source: write.source,
      reusedFromYear: write.reusedFromYear,
      createdById: userId,
    },
  });
  return { version: saved.version, changed: true };
}

async function inTransaction(ctx: TenantContext, fn: (tx: Tx) => Promise<SavedNarrative>): Promise<SavedNarrative> {
  try {
    return await withTenant(ctx, fn);
  } catch (error) {
    // Two first saves at once: the second meets the unique (trust, year, section) index.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', NARRATIVE_CONFLICT, { cause: error });
    throw error;
  }
}

/** Saves a draft: a new version and a revision, unless the text is unchanged. */
export async function saveNarrative(ctx: TenantContext, input: SaveNarrativeInput): Promise<SavedNarrative> {
  assertCan(ctx, 'report.edit');
  return inTransaction(ctx, (tx) => writeNarrative(tx, ctx, { ...input, source: 'edit', reusedFromYear: null }));
}

/** "Reuse last year's text": the year before's latest text becomes a new draft of this year's. */
export async function reuseLastYearNarrative(ctx: TenantContext, input: ReuseNarrativeInput): Promise<SavedNarrative> {
  assertCan(ctx, 'report.edit');
  return inTransaction(ctx, async (tx) => {
    const previousYear = input.financialYear - 1;
    const lastYear = await tx.reportNarrative.findFirst({
      where: { trustId: ctx.trustId, financialYear: previousYear, section: input.section },
      select: { body: true },
    });
    if (!lastYear || lastYear.body.trim() === '') {
      throw new AppError('INVALID_STATE', `There is no text for this section from ${formatFinancialYear(previousYear)} to reuse.`);
    }
    return writeNarrative(tx, ctx, { ...input, body: lastYear.body, source: 'reuse', reusedFromYear: previousYear });
  });
}
