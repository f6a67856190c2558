'use client';

import { ErrorSummary, ErrorSummaryList, ErrorSummaryListItem, ErrorSummaryTitle } from 'nhsuk-react-components';
import type { SummaryError } from '@/components/forms/error-summary';

type Props = Readonly<{ intro?: string; errors: readonly SummaryError[] }>;

/** The NHS error summary with a sentence above the links, for problems that need one. */
export function ObjectiveErrorSummary({ intro, errors }: Props) {
  if (!intro && errors.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummaryTitle>There is a problem</ErrorSummaryTitle>
      {intro ? <p>{intro}</p> : null}
      {errors.length > 0 ? (
        <ErrorSummaryList>
          {errors.map((error) => (
            <ErrorSummaryListItem key={`${error.fieldId}-${error.message}`} href={`#${error.fieldId}`}>
              {error.message}
            </ErrorSummaryListItem>
          ))}
        </ErrorSummaryList>
      ) : null}
    </ErrorSummary>
  );
}
