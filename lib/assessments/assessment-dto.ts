import type { DomainNumber } from '../catalogue/domains';
import type { AnswerDto } from './answer-dto';
import type { PersonDto } from '../format/person-names';
import type { AssessmentStatus } from './assessment-rows';
import type { AssessmentQuestion } from './question-bank';
import type { DomainResultDto } from './result-details';
import type { AssessmentResult } from './scoring';

// What the assessment pages receive: the assessment with its sections and answers, one question's page, and the results.

export type AssessmentSummaryDto = Readonly<{
  id: string;
  financialYear: number;
  /** "2025/26" */
  financialYearLabel: string;
  status: AssessmentStatus;
  isImported: boolean;
  /** True while answers may change (a draft, not imported). */
  isEditable: boolean;
  questionBankVersion: number;
  /** Confirmed answers out of all questions, rounded; null for an import of domain scores only. */
  progressPercent: number | null;
  version: number;
  createdAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  /** The board meeting's date (a calendar date at midnight UTC) and reference. */
  approvalDate: Date | null;
  approvalMeetingRef: string | null;
}>;

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

export type AnswerState = 'unanswered' | 'carried-over' | 'answered';

export type SectionDto = Readonly<{
  domain: DomainNumber;
  label: string;
  status: SectionStatus;
  questionRefs: readonly string[];
  answeredCount: number;
  /** Carried over from last year and still to be confirmed or changed. */
  carriedOverCount: number;
}>;

export type AssessmentDto = AssessmentSummaryDto &
  Readonly<{
    /** 'imported-scores' has domain scores and no answers. */
    source: 'answers' | 'imported-scores';
    answers: readonly (AnswerDto & { state: AnswerState })[];
    sections: readonly SectionDto[];
    answeredCount: number;
    carriedOverCount: number;
    totalQuestions: number;
    /** Every question answered and nothing left to review: "check your answers" can submit. */
    isReadyToSubmit: boolean;
    createdBy: PersonDto;
    submittedBy: PersonDto;
    approvedBy: PersonDto;
    reopenedBy: PersonDto;
    reopenedAt: Date | null;
    reopenReason: string | null;
  }>;

export type AssessmentQuestionPageDto = Readonly<{
  assessment: AssessmentSummaryDto;
  question: AssessmentQuestion;
  answer: AnswerDto & { state: AnswerState };
  previousRef: string | null;
  nextRef: string | null;
}>;

export type AssessmentResultsDto = Readonly<{
  assessment: AssessmentSummaryDto;
  source: 'answers' | 'imported-scores';
  /** False for an import of domain scores only: suggestions need the individual answers. */
  suggestionsAvailable: boolean;
  /** Exactly what scoreAssessment returns (and `npm run assessment:score` prints) for these answers. */
  result: AssessmentResult;
  /** The same numbers with labels and the suggested objectives' details, for the page and chart. */
  domains: readonly DomainResultDto[];
  /**
   * What the scores count, per domain: answers confirmed or given this year, answers carried over
   * from last year and not yet reviewed (they score too), and questions with no answer (0 points).
   * Empty for an import of domain scores only.
   */
  answerCounts: readonly DomainAnswerCounts[];
}>;

export type DomainAnswerCounts = Readonly<{ domain: DomainNumber; label: string; confirmed: number; carriedOver: number; unanswered: number }>;
