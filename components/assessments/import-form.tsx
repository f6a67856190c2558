'use client';

import { useActionState, type ReactNode } from 'react';
import { Button, DateInput, Radios, RadiosItem, Select, SelectOption, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { ANSWER_LABELS } from './labels';

export type ImportDomain = Readonly<{
  domain: number;
  label: string;
  fieldName: string;
  maxScore: number;
  questions: readonly Readonly<{ ref: string; text: string; allowsPartial: boolean }>[];
}>;

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  kind: 'scores' | 'answers';
  years: readonly Readonly<{ value: number; label: string }>[];
  domains: readonly ImportDomain[];
  /** A link to the other way of entering results. */
  methodLink: ReactNode;
}>;

/** A past year's results, as each domain's score (what the guide's tool shows) or every answer. */
export function ImportForm({ action, kind, years, domains, methodLink }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  useErrorTitle(state.status === 'error');
  const fieldIds: Record<string, string> = { financialYear: 'financialYear', answers: 'answers', approvalDate: 'approvalDate-day', meetingRef: 'meetingRef' };
  for (const domain of domains) fieldIds[domain.fieldName] = domain.fieldName;
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, fieldIds)} message={state.message} focusKey={state} /> : null}
      <h1>Record a past year’s results</h1>
      <p>The results are kept as an approved assessment marked “Imported”, so the trust’s year-on-year trend starts now. They cannot be changed afterwards.</p>
      <p>{methodLink}</p>
      <input type="hidden" name="kind" value={kind} />
      <Select
        id="financialYear"
        name="financialYear"
        label="Financial year"
        labelProps={{ size: 's' }}
        defaultValue={feedback.value('financialYear')}
        error={feedback.error('financialYear')}
      >
        <SelectOption value="">Select a year</SelectOption>
        {years.map((year) => (
          <SelectOption key={year.value} value={String(year.value)}>
            {year.label}
          </SelectOption>
        ))}
      </Select>
      {kind === 'scores' ? (
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Score for each domain</legend>
          <p className="nhsuk-hint">
            Enter the score as the guide’s tool shows it, as a whole number. Percentages and maturity levels are worked out from these.
          </p>
          {domains.map((domain) => (
            <TextInput
              key={domain.domain}
              id={domain.fieldName}
              name={domain.fieldName}
              label={`${domain.domain}. ${domain.label}`}
              labelProps={{ size: 's' }}
              hint={`Out of ${domain.maxScore}`}
              inputMode="numeric"
              width={2}
              defaultValue={feedback.value(domain.fieldName)}
              error={feedback.error(domain.fieldName)}
              autoComplete="off"
            />
          ))}
        </fieldset>
      ) : (
        <div id="answers">
          {feedback.error('answers') ? <p className="nhsuk-error-message">{feedback.error('answers')}</p> : null}
          {domains.map((domain) => (
            <section key={domain.domain} aria-labelledby={`import-domain-${domain.domain}`}>
              <h2 id={`import-domain-${domain.domain}`} className="nhsuk-heading-m">
                {domain.domain}. {domain.label}
              </h2>
              {domain.questions.map((question) => (
                <Radios key={question.ref} name={`answer-${question.ref}`} legend={`${question.ref} ${question.text}`} legendProps={{ size: 's' }} inline small>
                  {(question.allowsPartial ? (['yes', 'partial', 'no'] as const) : (['yes', 'no'] as const)).map((value) => (
                    <RadiosItem key={value} value={value} defaultChecked={feedback.value(`answer-${question.ref}`) === value}>
                      {value === 'partial' ? 'Partial' : ANSWER_LABELS[value]}
                    </RadiosItem>
                  ))}
                  <RadiosItem value="" defaultChecked={feedback.value(`answer-${question.ref}`) === ''}>
                    Not answered
                  </RadiosItem>
                </Radios>
              ))}
            </section>
          ))}
        </div>
      )}
      <h2 className="nhsuk-heading-m">Board approval (optional)</h2>
      <DateInput
        id="approvalDate"
        name="approvalDate"
        legend="Date of the board meeting that approved the results"
        legendProps={{ size: 's' }}
        hint="For example, 27 3 2025. Leave blank if you do not know it."
        defaultValue={{ day: feedback.value('approvalDate-day'), month: feedback.value('approvalDate-month'), year: feedback.value('approvalDate-year') }}
        error={feedback.error('approvalDate')}
      />
      <TextInput
        id="meetingRef"
        name="meetingRef"
        label="Board meeting reference (optional)"
        labelProps={{ size: 's' }}
        defaultValue={feedback.value('meetingRef')}
        error={feedback.error('meetingRef')}
        autoComplete="off"
      />
      <Button type="submit" disabled={pending}>
        Record results
      </Button>
    </form>
  );
}
