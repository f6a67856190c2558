import type { ObjectiveHistory } from './objective-detail-dto';
import type { BoardMemberRefDto, ObjectiveSummaryDto } from './objective-dto';
import type { ObjectiveCountsDto } from './overview';

// What a board member's objectives statement receives.

type HandedOverObjectiveDto = Readonly<{
  objectiveId: string;
  title: string;
  handedOverAt: Date;
  to: BoardMemberRefDto;
  reason: string;
}>;

/** One executive's objectives and progress for a year, printable for their appraisal. */
export type OwnerStatementDto = Readonly<{
  trustName: string;
  financialYear: number;
  financialYearLabel: string;
  boardMember: BoardMemberRefDto & Readonly<{ roleAreas: readonly string[] }>;
  generatedAt: Date;
  /** The objectives they own for the year, overdue first, each with its full history. */
  objectives: readonly (ObjectiveSummaryDto & ObjectiveHistory)[];
  /** Objectives of that year they owned and handed to someone else. */
  handedOver: readonly HandedOverObjectiveDto[];
  counts: ObjectiveCountsDto;
}>;
