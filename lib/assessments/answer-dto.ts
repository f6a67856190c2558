import { AppError } from '../errors/app-error';
import type { AnswerValue } from './scoring';

/** One question's answer as stored, for pages and for conflict messages. */
export type AnswerDto = Readonly<{
  id: string;
  questionRef: string;
  value: AnswerValue | null;
  evidenceNote: string;
  evidenceLinks: readonly string[];
  /** Copied from last year and not yet confirmed or changed: show "carried over – review". */
  carriedOver: boolean;
  /** The evidence is last year's and the answer has changed since: show "last year's evidence – review". */
  evidenceFromLastYear: boolean;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
  /** Null when nobody has saved it yet or the person has since left the trust. */
  updatedByName: string | null;
}>;

export type AnswerRow = {
  id: string;
  questionRef: string;
  value: AnswerDto['value'];
  evidenceNote: string;
  evidenceLinks: string[];
  carriedOver: boolean;
  evidenceFromLastYear: boolean;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
};

export function toAnswerDto(row: AnswerRow, names: ReadonlyMap<string, string>): AnswerDto {
  return {
    id: row.id,
    questionRef: row.questionRef,
    value: row.value,
    evidenceNote: row.evidenceNote,
    evidenceLinks: row.evidenceLinks,
    carriedOver: row.carriedOver,
    evidenceFromLastYear: row.evidenceFromLastYear,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedById: row.updatedById,
    updatedByName: row.updatedById ? (names.get(row.updatedById) ?? null) : null,
  };
}

/** What the user tried to save. Null when they were confirming a carried-over answer unchanged. */
export type AttemptedAnswer = Readonly<{
  value: AnswerValue | null;
  evidenceNote: string;
  evidenceLinks: readonly string[];
}>;

function sameEvidence(a: Pick<AttemptedAnswer, 'evidenceNote' | 'evidenceLinks'>, b: Pick<AttemptedAnswer, 'evidenceNote' | 'evidenceLinks'>): boolean {
  return (
    a.evidenceNote === b.evidenceNote &&
    a.evidenceLinks.length === b.evidenceLinks.length &&
    a.evidenceLinks.every((link, index) => link === b.evidenceLinks[index])
  );
}

/**
 * Whether, after saving `attempted` over `stored`, the evidence is still last year's and stands
 * behind an answer that differs from the one it was given for. Editing the evidence clears the
 * mark; so does saving the same answer with it again (the person has seen the mark and kept it,
 * or is confirming last year's answer as it was). Only a changed answer keeps it.
 */
export function evidenceStaysLastYears(
  stored: Readonly<{ value: AnswerValue | null; evidenceNote: string; evidenceLinks: readonly string[]; carriedOver: boolean; evidenceFromLastYear: boolean }>,
  attempted: AttemptedAnswer,
): boolean {
  const lastYears = stored.carriedOver || stored.evidenceFromLastYear;
  const hasEvidence = attempted.evidenceNote !== '' || attempted.evidenceLinks.length > 0;
  return lastYears && hasEvidence && sameEvidence(stored, attempted) && stored.value !== attempted.value;
}

/**
 * A stale save: someone else saved this answer since the user loaded it. Carries both versions so
 * the page can show them side by side and keep what the user typed; saving again with
 * `saved.version` as the expected version overwrites deliberately.
 */
export class AnswerConflictError extends AppError {
  readonly saved: AnswerDto;
  readonly attempted: AttemptedAnswer | null;

  constructor(saved: AnswerDto, attempted: AttemptedAnswer | null) {
    const who = saved.updatedByName ?? 'Someone else';
    super(
      'CONFLICT',
      `${who} saved an answer to question ${saved.questionRef} while you were working on it, so yours has not been saved. Compare the two answers, then save the one you want to keep.`,
    );
    this.name = 'AnswerConflictError';
    this.saved = saved;
    this.attempted = attempted;
  }
}

export function isAnswerConflict(error: unknown): error is AnswerConflictError {
  return error instanceof AnswerConflictError;
}
