'use client';

import { ErrorSummary, ErrorSummaryList, ErrorSummaryListItem, ErrorSummaryTitle } from 'nhsuk-react-components';

export type SummaryError = Readonly<{ fieldId: string; message: string }>;

/**
 * The NHS error summary: every problem with a link to its field. It takes focus when it appears so
 * screen reader and keyboard users land on it.
 */
export function FormErrorSummary({ errors, message }: Readonly<{ errors: readonly SummaryError[]; message?: string }>) {
  if (errors.length === 0 && !message) return null;
  return (
    <ErrorSummary>
      <ErrorSummaryTitle>There is a problem</ErrorSummaryTitle>
      <ErrorSummaryList>
        {message && errors.length === 0 ? <li>{message}</li> : null}
        {errors.map((error) => (
          <ErrorSummaryListItem key={`${error.fieldId}-${error.message}`} href={`#${error.fieldId}`}>
            {error.message}
          </ErrorSummaryListItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
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
