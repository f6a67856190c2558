'use client';

import { useActionState } from 'react';
import { Button, Radios, RadiosItem, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { REPORTING_FREQUENCIES, STATEMENT_EDITIONS } from '@/lib/trusts/governance-options';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  initial: Record<string, string>;
  /** What the objectives suggest, as a hint; the administrator decides. */
  committeeHint: string | null;
}>;

const FIELD_IDS = { oversightCommittee: 'oversightCommittee', boardReportingFrequency: 'boardReportingFrequency', statementEdition: 'statementEdition' };

/** A trust administrator records the governance facts the annual report prints. */
export function GovernanceForm({ action, initial, committeeHint }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state, initial);
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} /> : null}
      <TextInput
        id="oversightCommittee"
        name="oversightCommittee"
        label="Which committee oversees the trust’s work on health inequalities?"
        labelProps={{ size: 's' }}
        hint={`Its name as the board papers give it, for example Quality and Safety Committee.${committeeHint ? ` ${committeeHint}` : ''}`}
        defaultValue={feedback.value('oversightCommittee')}
        error={feedback.error('oversightCommittee')}
        autoComplete="off"
      />
      <Radios
        id="boardReportingFrequency"
        name="boardReportingFrequency"
        legend="How often does that committee report to the board on this work?"
        legendProps={{ size: 's' }}
        error={feedback.error('boardReportingFrequency')}
      >
        {REPORTING_FREQUENCIES.map((option) => (
          <RadiosItem key={option.id} value={option.id} defaultChecked={feedback.value('boardReportingFrequency') === option.id}>
            {option.label}
          </RadiosItem>
        ))}
      </Radios>
      <Radios
        id="statementEdition"
        name="statementEdition"
        legend="Which edition of NHS England’s statement on information on health inequalities does the annual report review against?"
        legendProps={{ size: 's' }}
        hint="The statement is published under section 13SA of the NHS Act 2006. The annual report names the edition."
        error={feedback.error('statementEdition')}
      >
        {STATEMENT_EDITIONS.map((option) => (
          <RadiosItem key={option.id} value={option.id} hint={option.hint} defaultChecked={feedback.value('statementEdition') === option.id}>
            {option.label}
          </RadiosItem>
        ))}
      </Radios>
      <Button type="submit" disabled={pending}>
        Save governance settings
      </Button>
    </form>
  );
}
