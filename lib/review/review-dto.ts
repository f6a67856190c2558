import type { AssessmentStatus } from '../assessments/assessment-rows';
import type { DomainResultDto } from '../assessments/result-details';
import type { Maturity } from '../assessments/scoring';
import type { DomainNumber } from '../catalogue/domains';
import type { WidenedGaps } from '../indicators/board-view';
import type { ObjectiveStatus } from '../objectives/status';
import type { AnswerChange } from './answer-change';
import type { ChallengeSummaryDto, ParticipantDto } from './challenge-dto';
import type { Movement, AssuranceLevel } from './labels';
import type { ObjectiveYearCounts, StoredAnswer } from './year-records';

// What the review pages receive: year on year, the comparison of two years, the board summary and assurance.

export type JudgementDto = Readonly<{
  id: string;
  ned: ParticipantDto;
  level: AssuranceLevel;
  levelLabel: string;
  reason: string;
  updatedAt: Date;
  version: number;
  isMine: boolean;
}>;

export type AssuranceDomainDto = Readonly<{
  domain: DomainNumber;
  label: string;
  /** The year's result for the domain, when the assessment counts as a result. */
  result: Readonly<{ percent: number; maturity: Maturity; maturityLabel: string }> | null;
  judgements: readonly JudgementDto[];
  spread: Readonly<Record<AssuranceLevel, number>>;
  /** Current non-executive directors who have not recorded a judgement for this domain. */
  awaiting: readonly ParticipantDto[];
  mine: JudgementDto | null;
  /**
   * The domain's answers and evidence in the year being judged, so a NED judges what the board
   * was actually told; null when the year was imported as domain scores only.
   */
  answers: readonly DomainAnswerDto[] | null;
}>;

export type DomainAnswerDto = Readonly<{ ref: string; text: string; valueLabel: string; evidenceNote: string }>;

export type AssuranceYearDto = Readonly<{
  financialYear: number;
  financialYearLabel: string;
  /** Years with a self-assessment, newest first, for the year picker. */
  years: readonly Readonly<{ financialYear: number; financialYearLabel: string }>[];
  assessmentCountsAsResult: boolean;
  domains: readonly AssuranceDomainDto[];
  viewer: Readonly<{ canRecord: boolean }>;
}>;

export type ComparedYearDto = Readonly<{
  financialYear: number;
  financialYearLabel: string;
  assessmentId: string;
  isImported: boolean;
  /** False for an import of domain scores only: its individual answers are not known. */
  answersAvailable: boolean;
  objectives: ObjectiveYearCounts;
}>;

export type DomainSide = Readonly<{ score: number; maxScore: number; percent: number; maturity: Maturity; maturityLabel: string }>;

export type DomainComparisonDto = Readonly<{
  domain: DomainNumber;
  label: string;
  from: DomainSide;
  to: DomainSide;
  /** Percentage points, to minus from. */
  percentChange: number;
  movement: Movement;
  movementLabel: string;
}>;

export type QuestionComparisonDto = Readonly<{
  ref: string;
  domain: DomainNumber;
  text: string;
  /** undefined when that year's answers are not recorded; value null when the question was left unanswered. */
  from: StoredAnswer | undefined;
  to: StoredAnswer | undefined;
  change: AnswerChange;
  changeLabel: string;
}>;

export type YearComparisonDto = Readonly<{
  /** The earlier year. */
  from: ComparedYearDto;
  /** The later year. */
  to: ComparedYearDto;
  domains: readonly DomainComparisonDto[];
  /** Every question of the current question bank, in order. */
  questions: readonly QuestionComparisonDto[];
  changeCounts: Readonly<Record<AnswerChange, number>>;
}>;

/** What a year shows: results, an assessment that is not yet a result, or objectives alone. */
export type YearState = 'result' | 'in-draft' | 'awaiting-approval' | 'no-assessment';

export type HistoryYearDto = Readonly<{
  financialYear: number;
  financialYearLabel: string;
  state: YearState;
  stateLabel: string;
  assessment: Readonly<{ id: string; status: AssessmentStatus; isImported: boolean }> | null;
  /** Per domain; only for a year whose assessment counts as a result. */
  domains: readonly DomainResultDto[] | null;
  objectives: ObjectiveYearCounts;
}>;

export type MaturityHistoryDto = Readonly<{
  /** Oldest first: every year with an assessment or objectives. */
  years: readonly HistoryYearDto[];
  /** The years with results, oldest first (what the chart plots). */
  resultYears: readonly HistoryYearDto[];
  /** One sentence saying what the trend shows. */
  summary: string;
}>;

export type AttentionObjectiveDto = Readonly<{
  id: string;
  title: string;
  financialYear: number;
  financialYearLabel: string;
  ownerName: string | null;
  status: ObjectiveStatus;
  statusLabel: string;
  isOverdue: boolean;
  isOffTrack: boolean;
  /** A calendar date (midnight UTC). */
  dueDate: Date | null;
}>;

export type BoardSummaryDto = Readonly<{
  /** The latest year with results and the one before it, when there are such years. */
  latest: Readonly<{ financialYear: number; financialYearLabel: string }> | null;
  previous: Readonly<{ financialYear: number; financialYearLabel: string }> | null;
  /** Domains whose maturity level rose or fell between the two years. */
  domainsThatMoved: readonly DomainComparisonDto[];
  domainsCompared: number;
  /** Questions whose answer got worse or stopped being given. */
  questionsBackwards: readonly QuestionComparisonDto[];
  /** Open objectives of any year that are overdue or off track. */
  objectivesNeedingAttention: readonly AttentionObjectiveDto[];
  /** Challenges not yet closed, any year. */
  openChallenges: readonly ChallengeSummaryDto[];
  /** Open challenges still waiting for a response after their due date. */
  overdueChallenges: readonly ChallengeSummaryDto[];
  /** The non-executive directors' assurance judgements on the latest year with results. */
  assurance: Readonly<{ financialYear: number; financialYearLabel: string; domains: readonly AssuranceDomainDto[] }> | null;
  /** Indicators whose deprivation gap widened beyond its confidence interval, at each one's latest period. */
  widenedGaps: WidenedGaps;
  generatedAt: Date;
}>;
