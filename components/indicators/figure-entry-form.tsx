'use client';

import { useActionState } from 'react';
import { Button, Select, SelectOption, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { SuccessBanner } from '@/components/layout/success-banner';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type IndicatorChoice = Readonly<{ id: string; code: string; name: string; unitLabel: string }>;
type BreakdownChoice = Readonly<{ id: string; label: string }>;

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  indicators: readonly IndicatorChoice[];
  breakdowns: readonly BreakdownChoice[];
}>;

const FIELD_IDS = {
  indicatorId: 'indicatorId',
  period: 'period',
  breakdown: 'breakdown',
  group: 'group',
  numerator: 'numerator',
  denominator: 'denominator',
  value: 'value',
};

/** One figure typed by hand, checked by the same rules as a row of an upload. */
export function FigureEntryForm({ action, indicators, breakdowns }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  // React keeps a list's first choice when a form is reset after an action; keying each list by
  // the value it should show remounts it with that value, so a failed save keeps what was chosen.
  const listKey = (name: string) => `${name}-${feedback.value(name)}`;
  const number = (name: 'numerator' | 'denominator' | 'value', label: string, hint: string) => (
    <TextInput
      id={name}
      name={name}
      label={label}
      labelProps={{ size: 's' }}
      hint={hint}
      inputMode="decimal"
      width={10}
      defaultValue={feedback.value(name)}
      error={feedback.error(name)}
      autoComplete="off"
      spellCheck={false}
    />
  );
  return (
    <>
      {state.status === 'success' ? <SuccessBanner focusKey={state}>{state.message}</SuccessBanner> : null}
      <form action={formAction} noValidate>
        {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
        <Select
          key={listKey('indicatorId')}
          id="indicatorId"
          name="indicatorId"
          label="Indicator"
          labelProps={{ size: 's' }}
          defaultValue={feedback.value('indicatorId')}
          error={feedback.error('indicatorId')}
        >
          <SelectOption value="">Select an indicator</SelectOption>
          {indicators.map((indicator) => (
            <SelectOption key={indicator.id} value={indicator.id}>
              {indicator.name} ({indicator.unitLabel.toLowerCase()})
            </SelectOption>
          ))}
        </Select>
        <TextInput
          id="period"
          name="period"
          label="Period"
          labelProps={{ size: 's' }}
          hint="A financial year (2025/26), a quarter of one (2025/26 Q1) or a month (2025-04)"
          width={10}
          defaultValue={feedback.value('period')}
          error={feedback.error('period')}
          autoComplete="off"
          spellCheck={false}
        />
        <Select
          key={listKey('breakdown')}
          id="breakdown"
          name="breakdown"
          label="Breakdown"
          labelProps={{ size: 's' }}
          defaultValue={feedback.value('breakdown')}
          error={feedback.error('breakdown')}
        >
          <SelectOption value="">Select a breakdown</SelectOption>
          {breakdowns.map((breakdown) => (
            <SelectOption key={breakdown.id} value={breakdown.id}>
              {breakdown.label}
            </SelectOption>
          ))}
        </Select>
        <TextInput
          id="group"
          name="group"
          label="Group"
          labelProps={{ size: 's' }}
          hint="all for all patients; 1 (most deprived) to 5 or 10 for deprivation; an ethnic category code such as A or Z; an age band such as 18-64; male, female or indeterminate; or not known"
          width={20}
          defaultValue={feedback.value('group')}
          error={feedback.error('group')}
          autoComplete="off"
          spellCheck={false}
        />
        {number('numerator', 'Numerator', 'A whole number: the people or events counted')}
        {number('denominator', 'Denominator', 'A whole number above 0: the people the numerator is counted out of')}
        {number('value', 'Value (optional for a crude percentage or rate)', 'Leave blank to work it out from the numerator and denominator')}
        <Button type="submit" disabled={pending}>
          Save figure
        </Button>
      </form>
    </>
  );
}
