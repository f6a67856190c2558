'use client';

import { useActionState, type ReactNode } from 'react';
import { Button, Radios, RadiosItem, Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE } from '@/lib/actions/action-result';
import type { AnswerGuidance } from '@/lib/assessments/question-bank';
import type { AnswerValue } from '@/lib/assessments/scoring';
import type { AnswerFormAction, AnswerFormState } from './answer-form-state';
import { AnswerComparison } from './answer-comparison';
import { ANSWER_LABELS } from './labels';
import { useErrorTitle } from '@/components/forms/use-error-title';

type Props = Readonly<{
  action: AnswerFormAction;
  assessmentId: string;
  question: Readonly<{ ref: string; text: string; hint: string; guidance: AnswerGuidance; allowsPartial: boolean }>;
  caption: string;
  initial: Readonly<{ value: AnswerValue | null; evidenceNote: string; evidenceLinks: readonly string[]; version: number }>;
  carriedOver: boolean;
  /** "Last saved by … on …", shown under the buttons. */
  savedBy?: string;
  returnTo?: 'check';
  /** Where "Keep the saved answer and continue" goes after a conflict. */
  nextHref: string;
  carriedOverNotice?: ReactNode;
  /** Shown above the evidence fields when they hold last year's evidence under a changed answer. */
  evidenceNotice?: ReactNode;
}>;

const FIELD_IDS = { value: 'value-1', evidenceNote: 'evidenceNote', evidenceLinks: 'evidenceLinks', conflict: 'conflict' };

/**
 * One question per page. A stale save comes back with both answers to compare; the form keeps what
 * the user typed and takes the saved answer's version, so saving again replaces it on purpose.
 */
export function QuestionForm({
  action,
  assessmentId,
  question,
  caption,
  initial,
  carriedOver,
  savedBy,
  returnTo,
  nextHref,
  carriedOverNotice,
  evidenceNotice,
}: Props) {
  const [state, formAction, pending] = useActionState<AnswerFormState, FormData>(action, IDLE);
  const conflict = state.status === 'error' && 'conflict' in state ? state.conflict : undefined;
  const feedback = formFeedback(state, { value: initial.value ?? '', evidenceNote: initial.evidenceNote, evidenceLinks: initial.evidenceLinks.join('\n') });
  const expectedVersion = conflict ? conflict.saved.version : initial.version;
  const values: AnswerValue[] = question.allowsPartial ? ['yes', 'partial', 'no'] : ['yes', 'no'];
  useErrorTitle(state.status === 'error');
  const errors = state.status === 'error' ? (conflict ? [{ fieldId: 'conflict', message: state.message }] : summaryErrors(state.fieldErrors, FIELD_IDS)) : [];
  return (
    <>
      {state.status === 'error' ? <FormErrorSummary errors={errors} message={state.message} focusKey={state} /> : null}
      {conflict ? <AnswerComparison conflict={conflict} keepSavedHref={nextHref} /> : null}
      <form action={formAction} noValidate>
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <input type="hidden" name="questionRef" value={question.ref} />
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        <Radios
          name="value"
          legend={
            <>
              <span className="nhsuk-caption-l">{caption}</span> {question.text}
            </>
          }
          legendProps={{ isPageHeading: true, size: 'l' }}
          hint={question.hint}
          error={feedback.error('value')}
        >
          {values.map((value) => (
            <RadiosItem key={value} value={value} hint={question.guidance[value]} defaultChecked={feedback.value('value') === value}>
              {ANSWER_LABELS[value]}
            </RadiosItem>
          ))}
        </Radios>
        {carriedOverNotice}
        {evidenceNotice}
        <Textarea
          id="evidenceNote"
          name="evidenceNote"
          label="Evidence note (optional)"
          labelProps={{ size: 's' }}
          hint="What shows this answer is right, for example a board paper, report or minute"
          rows={4}
          defaultValue={feedback.value('evidenceNote')}
          error={feedback.error('evidenceNote')}
        />
        <Textarea
          id="evidenceLinks"
          name="evidenceLinks"
          label="Evidence links (optional)"
          labelProps={{ size: 's' }}
          hint="Put each web address on its own line, starting with https://"
          rows={3}
          spellCheck={false}
          defaultValue={feedback.value('evidenceLinks')}
          error={feedback.error('evidenceLinks')}
        />
        {savedBy ? <p className="nhsuk-body-s">Last saved: {savedBy}</p> : null}
        <div className="nhsuk-button-group">
          <Button type="submit" name="intent" value="save" disabled={pending}>
            Save and continue
          </Button>
          {carriedOver && !conflict ? (
            <button type="submit" name="intent" value="confirm" className="nhsuk-button nhsuk-button--secondary" disabled={pending}>
              Confirm last year’s answer
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
