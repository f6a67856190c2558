import type { PersonDto } from '../format/person-names';
import type { BoardMemberRefDto, ObjectiveSummaryDto } from './objective-dto';
import type { ObjectiveCountsDto, ObjectiveGroupDto } from './overview';
import type { ObjectiveStatus, TagColour } from './status';

// What the objectives overview and an objective's page receive, with its progress and owner history.

export type ProgressUpdateDto = Readonly<{
  id: string;
  objectiveId: string;
  /** The calendar date the update describes. */
  date: Date;
  status: ObjectiveStatus;
  statusLabel: string;
  statusTagColour: TagColour;
  measureValue: number | null;
  narrative: string;
  createdAt: Date;
  createdBy: PersonDto;
}>;

export type OwnerChangeDto = Readonly<{
  id: string;
  objectiveId: string;
  /** Null for the first owner. */
  from: BoardMemberRefDto | null;
  to: BoardMemberRefDto;
  reason: string;
  changedAt: Date;
  changedBy: PersonDto;
}>;

export type ObjectiveHistory = Readonly<{ progressUpdates: readonly ProgressUpdateDto[]; ownerChanges: readonly OwnerChangeDto[] }>;

export type ObjectiveOverviewDto = Readonly<{
  financialYear: number;
  financialYearLabel: string;
  /** Every objective of the year: overdue first, then by due date. */
  objectives: readonly ObjectiveSummaryDto[];
  /** Present when grouped. By domain, an objective appears under each domain it addresses. */
  groups: readonly ObjectiveGroupDto[] | null;
  counts: ObjectiveCountsDto;
}>;

type EarlierYearDto = Readonly<{
  id: string;
  financialYear: number;
  financialYearLabel: string;
  title: string;
  currentStatus: ObjectiveStatus;
  statusLabel: string;
}> &
  ObjectiveHistory;

export type ObjectiveDto = ObjectiveSummaryDto &
  ObjectiveHistory &
  Readonly<{
    agreedBy: PersonDto;
    createdBy: PersonDto;
    /** The years this objective was carried forward from, most recent first, each with its history. */
    earlierYears: readonly EarlierYearDto[];
    carriedForwardTo: Readonly<{ id: string; financialYear: number; financialYearLabel: string }> | null;
    /** What the signed-in user may do with it, for showing or hiding buttons (the mutations check again). */
    viewer: Readonly<{ canManage: boolean; canRecordProgress: boolean; isOwner: boolean }>;
  }>;
