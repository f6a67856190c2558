import { withTenant } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import { displayNames } from '../tenancy/display-names';
import { assertCan } from '../tenancy/permissions';
import type { UploadDto, FigureVersionDto, ReplacedPeriodDto } from './indicator-dto';

// What came in when: the batches (uploads, hand entries, imports) and every version of a period's figures.

export async function listUploads(ctx: TenantContext, take = 50): Promise<UploadDto[]> {
  assertCan(ctx, 'indicator.view');
  return withTenant(ctx, async (tx) => {
    const uploads = await tx.indicatorUpload.findMany({
      where: { trustId: ctx.trustId },
      orderBy: { createdAt: 'desc' },
      take,
      select: { id: true, source: true, fileName: true, rowCount: true, replacedCount: true, createdById: true, createdAt: true },
    });
    const names = await displayNames(
      tx,
      uploads.map((upload) => upload.createdById),
    );
    return uploads.map((upload) => ({ ...upload, createdByName: upload.createdById ? (names.get(upload.createdById) ?? null) : null }));
  });
}

/** Every version of one indicator's figures for one period, oldest batch first. */
export async function periodHistory(ctx: TenantContext, indicatorId: string, period: string): Promise<FigureVersionDto[]> {
  assertCan(ctx, 'indicator.view');
  const rows = await withTenant(ctx, (tx) =>
    tx.indicatorValue.findMany({
      where: { trustId: ctx.trustId, indicatorId, period },
      orderBy: [{ createdAt: 'asc' }, { breakdown: 'asc' }, { group: 'asc' }],
      select: {
        breakdown: true,
        group: true,
        numerator: true,
        denominator: true,
        value: true,
        uploadId: true,
        supersededByUploadId: true,
        upload: { select: { createdAt: true } },
      },
    }),
  );
  return rows.map(({ upload, ...row }) => ({ ...row, uploadedAt: upload.createdAt }));
}

/** The indicators and periods whose figures came in more than one batch: those with earlier versions to show. */
export async function replacedPeriods(ctx: TenantContext): Promise<ReplacedPeriodDto[]> {
  assertCan(ctx, 'indicator.view');
  const rows = await withTenant(ctx, (tx) =>
    tx.indicatorValue.groupBy({
      by: ['indicatorId', 'period', 'uploadId'],
      where: { trustId: ctx.trustId },
      orderBy: [{ indicatorId: 'asc' }, { period: 'asc' }],
    }),
  );
  const batches = new Map<string, ReplacedPeriodDto>();
  for (const row of rows) {
    const key = `${row.indicatorId}\u0000${row.period}`;
    const known = batches.get(key);
    batches.set(key, { indicatorId: row.indicatorId, period: row.period, batches: (known?.batches ?? 0) + 1 });
  }
  return [...batches.values()].filter((entry) => entry.batches > 1);
}
