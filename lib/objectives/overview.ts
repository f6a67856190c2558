import { DOMAIN_NUMBERS, findDomain } from '../catalogue/domains';
import { nameWithJobTitle } from '../format/person-names';
import type { BoardMemberRefDto, ObjectiveSummaryDto } from './objective-dto';
import type { ObjectiveGrouping } from './schemas';
import { OBJECTIVE_STATUSES, OVERDUE_LABEL, statusLabel, type ObjectiveStatus } from './status';

// Pure: the board overview's groupings and counts, over summaries already in overview order.

export type ObjectiveGroupDto = Readonly<{
  /** "domain-2", "owner-<id>", "owner-none", "status-at_risk", "overdue", "domain-none" */
  key: string;
  label: string;
  /** Set for owner groups. */
  owner: BoardMemberRefDto | null;
  objectives: readonly ObjectiveSummaryDto[];
}>;

export type ObjectiveCountsDto = Readonly<{
  total: number;
  agreed: number;
  overdue: number;
  /** Agreed, but the owner has not accepted them yet (waiting, or a change asked for). */
  notAccepted: number;
  /** With any "needs attention" reason (lib/objectives/attention.ts). */
  needAttention: number;
  byStatus: Readonly<Record<ObjectiveStatus, number>>;
}>;

export function countObjectives(objectives: readonly ObjectiveSummaryDto[]): ObjectiveCountsDto {
  const byStatus: Record<ObjectiveStatus, number> = { not_started: 0, on_track: 0, at_risk: 0, off_track: 0, complete: 0, deferred: 0 };
  for (const objective of objectives) byStatus[objective.currentStatus] += 1;
  return {
    total: objectives.length,
    agreed: objectives.filter((objective) => objective.isAgreed).length,
    overdue: objectives.filter((objective) => objective.isOverdue).length,
    notAccepted: objectives.filter((objective) => objective.acceptance === 'pending' || objective.acceptance === 'change_requested').length,
    needAttention: objectives.filter((objective) => objective.attention.length > 0).length,
    byStatus,
  };
}

/** Groups keep the order they are given. By domain, an objective appears under each domain it addresses. */
export function groupObjectives(objectives: readonly ObjectiveSummaryDto[], groupBy: ObjectiveGrouping): ObjectiveGroupDto[] {
  const group = (key: string, label: string, members: readonly ObjectiveSummaryDto[], owner: BoardMemberRefDto | null = null): ObjectiveGroupDto => ({
    key,
    label,
    owner,
    objectives: members,
  });
  switch (groupBy) {
    case 'domain': {
      const groups = DOMAIN_NUMBERS.map((domain) =>
        group(
          `domain-${domain}`,
          findDomain(domain).label,
          objectives.filter((objective) => objective.domains.includes(domain)),
        ),
      );
      const none = objectives.filter((objective) => objective.domains.length === 0);
      return none.length > 0 ? [...groups, group('domain-none', 'No domain chosen yet', none)] : groups;
    }
    case 'owner': {
      const owners = new Map<string, BoardMemberRefDto>();
      for (const objective of objectives) if (objective.owner) owners.set(objective.owner.id, objective.owner);
      const groups = [...owners.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((owner) =>
          group(
            `owner-${owner.id}`,
            nameWithJobTitle(owner),
            objectives.filter((objective) => objective.owner?.id === owner.id),
            owner,
          ),
        );
      const none = objectives.filter((objective) => objective.owner === null);
      return none.length > 0 ? [...groups, group('owner-none', 'No owner yet', none)] : groups;
    }
    case 'status': {
      // Overdue objectives are pulled out to the top, so each objective appears once.
      const overdue = objectives.filter((objective) => objective.isOverdue);
      const rest = objectives.filter((objective) => !objective.isOverdue);
      const groups = OBJECTIVE_STATUSES.map((status) =>
        group(
          `status-${status}`,
          statusLabel(status),
          rest.filter((objective) => objective.currentStatus === status),
        ),
      );
      return overdue.length > 0 ? [group('overdue', OVERDUE_LABEL, overdue), ...groups] : groups;
    }
  }
}
