'use client';

import { SESSION_ENDED_MESSAGE } from '@/lib/auth/session-timing';
import { ErrorSummaryBox, ErrorSummaryLinks } from './error-summary-box';
import { SignInAgainLink } from './sign-in-again-link';

export type SummaryError = Readonly<{ fieldId: string; message: string }>;

type Props = Readonly<{
  errors: readonly SummaryError[];
  message?: string;
  /** The form's action state: a new one on each failed submit moves focus back to the summary. */
  focusKey?: unknown;
}>;

/**
 * The NHS error summary: every problem with a link to its field. It takes focus when it appears,
 * and again on each failed submit, so screen reader and keyboard users land on it.
 */
export function FormErrorSummary({ errors, message, focusKey }: Props) {
  if (errors.length === 0 && !message) return null;
  return (
    <ErrorSummaryBox focusKey={focusKey}>
      {message && errors.length === 0 ? (
        <ul className="nhsuk-list nhsuk-error-summary__list">
          <li>
            <SummaryMessage message={message} />
          </li>
        </ul>
      ) : null}
      <ErrorSummaryLinks errors={errors} />
    </ErrorSummaryBox>
  );
}

/** A problem with no field to link to; a session that has ended gets a way to sign in again. */
export function SummaryMessage({ message }: Readonly<{ message: string }>) {
  return message === SESSION_ENDED_MESSAGE ? (
    <>
      Your session has ended. <SignInAgainLink />
    </>
  ) : (
    message
  );
}

/** Turns an action's field errors into summary entries, in the order the fields appear. */
export function summaryErrors(fieldErrors: Record<string, string[]>, fieldIds: Record<string, string>): SummaryError[] {
  const known = Object.keys(fieldIds).filter((name) => fieldErrors[name]?.length);
  const unknown = Object.keys(fieldErrors).filter((name) => !(name in fieldIds));
  return [
    ...known.map((name) => ({ fieldId: fieldIds[name] ?? name, message: fieldErrors[name]?.[0] ?? '' })),
    ...unknown.flatMap((name) => (fieldErrors[name] ?? []).map((message) => ({ fieldId: 'main-content', message }))),
  ];
}
