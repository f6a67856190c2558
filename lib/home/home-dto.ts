import type { DomainNumber } from '../catalogue/domains';
import type { ObjectiveStatus } from '../objectives/status';
import type { ChallengeSummaryDto } from '../review/challenge-dto';
import type { SetupTaskDto } from './setup-tasks';

// What the trust home receives.

export type MyObjectiveDto = Readonly<{
  id: string;
  title: string;
  status: ObjectiveStatus;
  statusLabel: string;
  dueDate: Date | null;
  /** Why a progress update is wanted now (lib/reminders/reminder-rules.ts), most urgent first. */
  updateReasons: readonly string[];
}>;

export type HomeDto = Readonly<{
  /** Open objectives the signed-in person owns; empty when they own none. */
  myObjectives: readonly MyObjectiveDto[];
  /** Challenges waiting for this person's response: all of them for those who answer any, else those on their objectives. */
  challengesToAnswer: readonly ChallengeSummaryDto[];
  /** For non-executive directors: challenges not yet closed. */
  openChallenges: readonly ChallengeSummaryDto[] | null;
  /** For non-executive directors: the domains of the latest results they have not judged. */
  judgementsToMake: Readonly<{ financialYear: number; domains: readonly Readonly<{ domain: DomainNumber; label: string }>[] }> | null;
  /** For administrators: setting the trust up. */
  setupTasks: readonly SetupTaskDto[] | null;
}>;
