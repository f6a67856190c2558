'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from 'nhsuk-react-components';
import { ErrorSummaryBox, ErrorSummaryLinks } from '@/components/forms/error-summary-box';
import { SummaryMessage } from '@/components/forms/error-summary';
import { SuccessBanner } from '@/components/layout/success-banner';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  /** Shown after a successful upload: where to go next. */
  after: ReactNode;
}>;

/**
 * The executive lead or an analyst uploads a CSV of figures. Every problem the check finds is a
 * line of the error summary, with its row and column, linking to the file field; nothing is saved
 * until the whole file is right.
 */
export function UploadFiguresForm({ action, after }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const problems = state.status === 'error' ? (state.fieldErrors.file ?? []) : [];
  const other =
    state.status === 'error'
      ? Object.entries(state.fieldErrors)
          .filter(([name]) => name !== 'file')
          .flatMap(([, messages]) => messages)
      : [];
  const error =
    state.status === 'error'
      ? problems.length > 1
        ? 'The file has problems, listed at the top of the page. Nothing was saved.'
        : (problems[0] ?? state.message)
      : null;
  return (
    <>
      {state.status === 'success' ? (
        <SuccessBanner focusKey={state}>
          {state.message} {after}
        </SuccessBanner>
      ) : null}
      {state.status === 'error' ? (
        <ErrorSummaryBox focusKey={state}>
          {problems.length === 0 ? (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              <li>
                <SummaryMessage message={[...other, state.message].find((message) => message !== 'There is a problem') ?? state.message} />
              </li>
            </ul>
          ) : (
            <>
              {problems.length > 1 ? <p>Nothing was saved. Correct these problems in your file, then upload it again.</p> : null}
              <ErrorSummaryLinks errors={problems.map((message) => ({ fieldId: 'file', message }))} />
            </>
          )}
        </ErrorSummaryBox>
      ) : null}
      <form action={formAction} noValidate>
        <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor="file">
            Upload a CSV file of figures
          </label>
          <div className="nhsuk-hint" id="file-hint">
            In the template’s columns, at most 5 MB. If the file has a problem you will need to choose it again after correcting it.
          </div>
          {error ? (
            <span className="nhsuk-error-message" id="file-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          ) : null}
          <input
            className={`nhsuk-file-upload__input${error ? ' nhsuk-input--error' : ''}`}
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
          />
        </div>
        <Button type="submit" disabled={pending}>
          Upload and check figures
        </Button>
      </form>
    </>
  );
}
