import type { DomainNumber } from '@/lib/catalogue/domains';
import type { AnswerValue } from '@/lib/assessments/scoring';

// The words the assessment pages use for answers, so every page says the same thing.

export const ANSWER_LABELS: Readonly<Record<AnswerValue, string>> = {
  yes: 'Yes',
  partial: 'Partial – started but not embedded',
  no: 'No',
};

export function answerLabel(value: AnswerValue | null): string {
  return value ? ANSWER_LABELS[value] : 'Not answered';
}

/** Short enough to label a chart bar on a phone; the full names are in the table beside it. */
export const DOMAIN_SHORT_NAMES: Readonly<Record<DomainNumber, string>> = {
  1: '1. Capacity and capability',
  2: '2. Data and evidence',
  3: '3. Leadership and accountability',
  4: '4. System partnerships',
};
