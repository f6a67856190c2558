'use client';

import { useActionState } from 'react';
import { Button, DateInput, Radios, RadiosItem, Textarea, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { OBJECTIVE_STATUS_LABELS, OBJECTIVE_STATUSES } from '@/lib/objectives/status';
import { useErrorTitle } from '@/components/forms/use-error-title';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  objectiveId: string;
  unit: string;
  today: Readonly<{ day: string; month: string; year: string }>;
}>;

const FIELD_IDS = { date: 'date-day', status: 'status-not_started', measureValue: 'measureValue', narrative: 'narrative' };

const STATUS_HINTS: Readonly<Record<(typeof OBJECTIVE_STATUSES)[number], string | undefined>> = {
  not_started: undefined,
  on_track: 'Expected to meet the target by the due date',
  at_risk: 'May miss the target or the due date without action',
  off_track: 'Will miss the target or the due date without a change of plan',
  complete: 'Done: no more updates after this one',
  deferred: 'Paused by agreement',
};

/** A progress update: the narrative is needed when the objective is at risk or off track. */
export function ProgressForm({ action, objectiveId, unit, today }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state, { 'date-day': today.day, 'date-month': today.month, 'date-year': today.year });
  useErrorTitle(state.status === 'error');
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <input type="hidden" name="objectiveId" value={objectiveId} />
      <DateInput
        id="date"
        name="date"
        legend="Date of the update"
        legendProps={{ size: 's' }}
        hint="The day the status describes, for example today"
        defaultValue={{ day: feedback.value('date-day'), month: feedback.value('date-month'), year: feedback.value('date-year') }}
        error={feedback.error('date')}
      />
      <Radios id="status" name="status" legend="Status" legendProps={{ size: 's' }} error={feedback.error('status')}>
        {OBJECTIVE_STATUSES.map((status) => (
          <RadiosItem key={status} id={`status-${status}`} value={status} hint={STATUS_HINTS[status]} defaultChecked={feedback.value('status') === status}>
            {OBJECTIVE_STATUS_LABELS[status]}
          </RadiosItem>
        ))}
      </Radios>
      <TextInput
        id="measureValue"
        name="measureValue"
        label="Value of the measure (optional)"
        hint={unit ? `The latest figure, in ${unit}` : 'The latest figure'}
        inputMode="decimal"
        width={10}
        spellCheck={false}
        defaultValue={feedback.value('measureValue')}
        error={feedback.error('measureValue')}
      />
      <Textarea
        id="narrative"
        name="narrative"
        label="What is happening"
        hint="Needed when it is at risk or off track: say why, and what is being done about it"
        rows={4}
        defaultValue={feedback.value('narrative')}
        error={feedback.error('narrative')}
      />
      <Button type="submit" disabled={pending}>
        Record progress
      </Button>
    </form>
  );
}
