import type { ReportingFrequencyId, StatementEditionId } from './governance-options';

// What the trust's pages receive: its overview and its governance settings.

export type TrustOverviewDto = Readonly<{
  name: string;
  odsCode: string;
  type: string;
  region: string;
  icsName: string;
  memberCount: number;
  currentBoardMembers: number;
  uncoveredRoleAreas: string[];
}>;

export type GovernanceSettingsDto = Readonly<{
  oversightCommittee: string | null;
  boardReportingFrequency: ReportingFrequencyId | null;
  statementEdition: StatementEditionId | null;
  /** Labels of the facts still to record, in the form's order. */
  missing: readonly string[];
  canChange: boolean;
  /** For the administrator's hint only, never printed: the committee most objectives name. */
  committeeNamedOnObjectives: string | null;
}>;
