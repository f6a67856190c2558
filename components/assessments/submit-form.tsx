'use client';

import { useActionState, type ReactNode } from 'react';
import { ErrorSummaryBox, ErrorSummaryLinks } from '@/components/forms/error-summary-box';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { useErrorTitle } from '@/components/forms/use-error-title';

export type QuestionToFinish = Readonly<{ ref: string; href: string; problem: 'unanswered' | 'carried-over' }>;

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  assessmentId: string;
  expectedVersion: number;
  /** The questions this page knows are unanswered or still to review, to link from the error summary. */
  toFinish: readonly QuestionToFinish[];
  /** The page's heading and answers: the error summary must come before them, at the top of the page. */
  children: ReactNode;
}>;

/** Sends the assessment to the board. A refusal lists each question still to do, linked to its page. */
export function SubmitForm({ action, assessmentId, expectedVersion, toFinish, children }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  useErrorTitle(state.status === 'error');
  return (
    <>
      {state.status === 'error' ? (
        <ErrorSummaryBox focusKey={state}>
          <p>{state.message}</p>
          <ErrorSummaryLinks
            errors={toFinish.map((question) => ({
              href: question.href,
              message:
                question.problem === 'unanswered' ? `Answer question ${question.ref}` : `Confirm or change the carried-over answer to question ${question.ref}`,
            }))}
          />
        </ErrorSummaryBox>
      ) : null}
      {children}
      <h2 className="nhsuk-heading-m">Now submit the assessment</h2>
      <p>
        By submitting, you are sending the assessment to the board for approval. After that its answers cannot be changed unless an administrator reopens it.
      </p>
      <form action={formAction} noValidate>
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        <button type="submit" className="nhsuk-button" disabled={pending}>
          Submit the assessment
        </button>
      </form>
    </>
  );
}
