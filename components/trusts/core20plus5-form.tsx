'use client';

import { useActionState } from 'react';
import { Button, Checkboxes, CheckboxesItem, Textarea, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { CLINICAL_AREA_GROUP_LABELS, CLINICAL_AREAS, type ClinicalAreaGroup } from '@/lib/trusts/core20plus5-options';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  initial: Record<string, string | string[]>;
}>;

const FIELD_IDS = { core20Share: 'core20Share', plusGroups: 'plusGroups', clinicalAreas: 'clinicalAreas-adults' };
const GROUPS: readonly ClinicalAreaGroup[] = ['adults', 'children'];

/** The trust's Core20PLUS5 record: its Core20 share, its PLUS groups and the clinical areas its work addresses. */
export function Core20Plus5Form({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state, initial);
  const chosen = feedback.values('clinicalAreas');
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <TextInput
        id="core20Share"
        name="core20Share"
        label="What percentage of the people your trust serves live in the most deprived fifth of areas in England?"
        labelProps={{ size: 's' }}
        hint="Your Core20 population, by the Index of Multiple Deprivation, as a percentage, for example 23.5"
        suffix="%"
        inputMode="decimal"
        width={5}
        defaultValue={feedback.value('core20Share')}
        error={feedback.error('core20Share')}
        autoComplete="off"
      />
      <Textarea
        id="plusGroups"
        name="plusGroups"
        label="Which PLUS groups has your trust defined?"
        labelProps={{ size: 's' }}
        hint="The groups your trust and its partners see poorer access, experience or outcomes for, beyond the Core20, for example people experiencing homelessness. One a line."
        rows={5}
        defaultValue={feedback.value('plusGroups')}
        error={feedback.error('plusGroups')}
      />
      {GROUPS.map((group) => (
        <Checkboxes
          key={group}
          id={`clinicalAreas-${group}`}
          name="clinicalAreas"
          legend={`Which clinical areas for ${CLINICAL_AREA_GROUP_LABELS[group].toLowerCase()} does your work address?`}
          legendProps={{ size: 's' }}
          hint="Select all that your trust’s objectives or indicators address"
          error={group === 'adults' ? feedback.error('clinicalAreas') : undefined}
        >
          {CLINICAL_AREAS.filter((area) => area.group === group).map((area) => (
            <CheckboxesItem key={area.id} value={area.id} defaultChecked={chosen.includes(area.id)}>
              {area.label}
            </CheckboxesItem>
          ))}
        </Checkboxes>
      ))}
      <Button type="submit" disabled={pending}>
        Save Core20PLUS5
      </Button>
    </form>
  );
}
