'use client';

import { useActionState } from 'react';
import { Button, Radios, RadiosItem, Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { ASSURANCE_LEVEL_LABELS, ASSURANCE_LEVELS, type AssuranceLevel } from '@/lib/review/labels';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  financialYear: number;
  domain: number;
  domainLabel: string;
  /** The NED's earlier judgement, when changing it. */
  current: Readonly<{ level: AssuranceLevel; reason: string; version: number }> | null;
}>;

const HINTS: Readonly<Record<AssuranceLevel, string>> = {
  assured: 'The evidence shows the board’s position is sound',
  partially_assured: 'Some of the evidence is there, with gaps you want closed',
  not_assured: 'The evidence does not yet support the position',
};

/** A non-executive director's judgement on one domain for one year, with the reason for it. */
export function JudgementForm({ action, financialYear, domain, domainLabel, current }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state, current ? { level: current.level, reason: current.reason } : {});
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? (
        <FormErrorSummary errors={summaryErrors(state.fieldErrors, { level: 'level', reason: 'reason' })} message={state.message} focusKey={state} />
      ) : null}
      <input type="hidden" name="financialYear" value={financialYear} />
      <input type="hidden" name="domain" value={domain} />
      <input type="hidden" name="expectedVersion" value={current?.version ?? ''} />
      <Radios
        id="level"
        name="level"
        legend={`How assured are you about ${domainLabel.toLowerCase()}?`}
        legendProps={{ size: 'm' }}
        error={feedback.error('level')}
      >
        {ASSURANCE_LEVELS.map((level) => (
          <RadiosItem key={level} value={level} defaultChecked={feedback.value('level') === level} hint={HINTS[level]}>
            {ASSURANCE_LEVEL_LABELS[level]}
          </RadiosItem>
        ))}
      </Radios>
      <Textarea
        id="reason"
        name="reason"
        label="Why?"
        labelProps={{ size: 's' }}
        hint="The board and the executive will see your reason beside your judgement"
        rows={5}
        defaultValue={feedback.value('reason')}
        error={feedback.error('reason')}
      />
      <Button type="submit" disabled={pending}>
        Save judgement
      </Button>
    </form>
  );
}
