import type { AnswerValue } from '../assessments/scoring';
import type { ChallengeTargetDto } from './challenge-targets';
import type { ChallengeStatus } from './labels';

// What the challenge pages receive: challenges with their threads, and the choices for raising one.

export type ChallengeMessageKind = 'raise' | 'response' | 'close';

/** Someone who took part; `name` is null when they no longer belong to the trust. */
export type ParticipantDto = Readonly<{ id: string; name: string | null; roleLabel: string | null }>;

export type ChallengeSummaryDto = Readonly<{
  id: string;
  financialYear: number;
  financialYearLabel: string;
  target: ChallengeTargetDto;
  text: string;
  status: ChallengeStatus;
  statusLabel: string;
  raisedBy: ParticipantDto;
  raisedAt: Date;
  lastActivityAt: Date;
  messageCount: number;
  /** A calendar date (midnight UTC); null only for challenges raised before due dates existed. */
  responseDueDate: Date | null;
  /** Waiting for a response past its due date (challenge-due.ts). */
  isOverdue: boolean;
}>;

type ChallengeMessageDto = Readonly<{
  id: string;
  kind: ChallengeMessageKind;
  kindLabel: string;
  author: ParticipantDto;
  body: string;
  createdAt: Date;
}>;

export type ChallengeDto = ChallengeSummaryDto &
  Readonly<{
    messages: readonly ChallengeMessageDto[];
    closedAt: Date | null;
    closedBy: ParticipantDto | null;
    version: number;
    /** What the signed-in user may do here, for showing forms (the mutations check again). */
    viewer: Readonly<{ canRespond: boolean; canFollowUp: boolean; canClose: boolean }>;
  }>;

export type ChallengeListDto = Readonly<{
  /** Every year that has a challenge, newest first, for the year filter. */
  years: readonly Readonly<{ financialYear: number; financialYearLabel: string }>[];
  /** Not closed first, then newest activity first. */
  challenges: readonly ChallengeSummaryDto[];
}>;

export type ChallengeYearOptionDto = Readonly<{
  financialYear: number;
  financialYearLabel: string;
  /** The year's self-assessment, if it has one. */
  assessment: Readonly<{ id: string; hasAnswers: boolean; countsAsResult: boolean }> | null;
  objectives: readonly Readonly<{ id: string; title: string }>[];
}>;

export type ChallengeTargetPreviewDto = ChallengeTargetDto &
  Readonly<{
    /** For an answer: what was answered and the evidence given. */
    answer: Readonly<{ value: AnswerValue | null; evidenceNote: string; questionHint: string }> | null;
    /** For a domain: its result that year (when the assessment counts as a result). */
    domainResult: Readonly<{ percent: number; maturityLabel: string }> | null;
    /** For an objective: its current status. */
    objectiveStatusLabel: string | null;
  }>;
