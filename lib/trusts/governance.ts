import { withTenant, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { assertCan, can } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { editionOption, frequencyOption } from './governance-options';
import type { GovernanceSettingsInput } from './governance-schemas';
import { mainCommittee } from './main-committee';
import type { GovernanceSettingsDto } from './trust-dto';

// The trust's governance settings: recorded facts the annual report prints, set by a trust
// administrator. Nothing here is inferred from other data (the report once guessed the committee
// from the one named most often on objectives, which could name the wrong one).

const SELECT = { oversightCommittee: true, boardReportingFrequency: true, statementEdition: true } as const;

type Row = { oversightCommittee: string | null; boardReportingFrequency: string | null; statementEdition: string | null };

function toDto(row: Row, canChange: boolean): GovernanceSettingsDto {
  const frequency = frequencyOption(row.boardReportingFrequency)?.id ?? null;
  const edition = editionOption(row.statementEdition)?.id ?? null;
  const missing = [
    row.oversightCommittee ? null : 'The committee that oversees this work',
    frequency ? null : 'How often that committee reports to the board',
    edition ? null : 'The edition of NHS England’s statement the report reviews against',
  ].filter((label): label is string => label !== null);
  return {
    oversightCommittee: row.oversightCommittee,
    boardReportingFrequency: frequency,
    statementEdition: edition,
    missing,
    canChange,
    committeeNamedOnObjectives: null,
  };
}

/** Reads the settings inside a caller's transaction (the report snapshot reads them with everything else). */
export async function readGovernanceSettings(tx: Tx, ctx: Pick<TenantContext, 'trustId'>): Promise<GovernanceSettingsDto> {
  const row = await tx.trust.findFirst({ where: { id: ctx.trustId }, select: SELECT });
  if (!row) throw new AppError('NOT_FOUND', 'That trust could not be found');
  return toDto(row, false);
}

export async function getGovernanceSettings(ctx: TenantContext): Promise<GovernanceSettingsDto> {
  assertCan(ctx, 'trust.view');
  return withTenant(ctx, async (tx) => {
    const settings = await readGovernanceSettings(tx, ctx);
    const objectives = await tx.objective.findMany({ where: { trustId: ctx.trustId }, select: { committee: true } });
    return {
      ...settings,
      canChange: can(ctx, 'trust.settings'),
      committeeNamedOnObjectives: mainCommittee(objectives.map((objective) => objective.committee)),
    };
  });
}

export async function saveGovernanceSettings(ctx: TenantContext, input: GovernanceSettingsInput): Promise<GovernanceSettingsDto> {
  if (!can(ctx, 'trust.settings')) throw new AppError('FORBIDDEN', 'Only a trust administrator can change the trust’s governance settings.');
  return withTenant(ctx, async (tx) => {
    const row = await tx.trust.update({ where: { id: ctx.trustId }, data: input, select: SELECT });
    return toDto(row, true);
  });
}
