import { withTenant } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { assertCan, can } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { CLINICAL_AREA_IDS, type ClinicalAreaId } from './core20plus5-options';
import type { Core20Plus5Input } from './core20plus5-schemas';

// The trust's Core20PLUS5 record: recorded by a trust administrator or the executive lead, read by
// everyone in the trust. Facts the trust states about itself; nothing here is worked out.

export type Core20Plus5Dto = Readonly<{
  /** Percentage of the trust's population living in the most deprived fifth nationally; null until recorded. */
  core20Share: number | null;
  plusGroups: readonly string[];
  clinicalAreas: readonly ClinicalAreaId[];
  canChange: boolean;
}>;

const SELECT = { core20Share: true, plusGroups: true, clinicalAreas: true } as const;
type Row = { core20Share: number | null; plusGroups: string[]; clinicalAreas: string[] };

const toDto = (row: Row, canChange: boolean): Core20Plus5Dto => ({
  core20Share: row.core20Share,
  plusGroups: row.plusGroups,
  clinicalAreas: row.clinicalAreas.filter((id): id is ClinicalAreaId => (CLINICAL_AREA_IDS as readonly string[]).includes(id)),
  canChange,
});

export async function getCore20Plus5(ctx: TenantContext): Promise<Core20Plus5Dto> {
  assertCan(ctx, 'trust.view');
  return withTenant(ctx, async (tx) => {
    const row = await tx.trust.findFirst({ where: { id: ctx.trustId }, select: SELECT });
    if (!row) throw new AppError('NOT_FOUND', 'That trust could not be found');
    return toDto(row, can(ctx, 'trust.core20plus5'));
  });
}

export async function saveCore20Plus5(ctx: TenantContext, input: Core20Plus5Input): Promise<Core20Plus5Dto> {
  if (!can(ctx, 'trust.core20plus5'))
    throw new AppError('FORBIDDEN', 'Only a trust administrator or the executive lead can change the trust’s Core20PLUS5 record.');
  return withTenant(ctx, async (tx) => {
    const { count } = await tx.trust.updateMany({
      where: { id: ctx.trustId },
      data: { core20Share: input.core20Share, plusGroups: input.plusGroups, clinicalAreas: input.clinicalAreas },
    });
    if (count !== 1) throw new AppError('NOT_FOUND', 'That trust could not be found');
    return toDto(await tx.trust.findFirstOrThrow({ where: { id: ctx.trustId }, select: SELECT }), true);
  });
}
