'use client';

import { SummaryMessage, type SummaryError } from '@/components/forms/error-summary';
import { ErrorSummaryBox, ErrorSummaryLinks } from '@/components/forms/error-summary-box';

type Props = Readonly<{ intro?: string; errors: readonly SummaryError[]; focusKey?: unknown }>;

/** The NHS error summary with a sentence above the links, for problems that need one. */
export function ObjectiveErrorSummary({ intro, errors, focusKey }: Props) {
  if (!intro && errors.length === 0) return null;
  return (
    <ErrorSummaryBox focusKey={focusKey}>
      {intro ? (
        <p>
          <SummaryMessage message={intro} />
        </p>
      ) : null}
      <ErrorSummaryLinks errors={errors} />
    </ErrorSummaryBox>
  );
}
