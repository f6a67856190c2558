import type { ActionResult } from '@/lib/actions/action-result';
import type { AnswerDto, AttemptedAnswer } from '@/lib/assessments/answer-dto';

/** A stale save: the answer someone else saved, and what this user tried to save (null when confirming). */
export type AnswerConflictDto = Readonly<{ saved: AnswerDto; attempted: AttemptedAnswer | null }>;

type ErrorResult = Extract<ActionResult, { status: 'error' }>;

/** What the question page's forms get back: the usual result, or an error that carries a conflict. */
export type AnswerFormState = ActionResult | (ErrorResult & { conflict?: AnswerConflictDto });

export type AnswerFormAction = (previous: AnswerFormState, formData: FormData) => Promise<AnswerFormState>;
