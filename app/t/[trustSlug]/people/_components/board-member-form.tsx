'use client';

import { useActionState } from 'react';
import { Button, Checkboxes, CheckboxesItem, DateInput, Radios, RadiosItem, Select, SelectOption, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { ROLE_AREAS } from '@/lib/catalogue/role-areas';

type Account = Readonly<{ userId: string; displayName: string }>;
type Initial = Record<string, string | string[] | undefined>;
type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  heading: string;
  submitLabel: string;
  accounts: readonly Account[];
  initial?: Initial;
  boardMemberId?: string;
}>;

const FIELD_IDS = {
  name: 'name',
  jobTitle: 'jobTitle',
  kind: 'kind',
  roleAreas: 'roleAreas',
  startDate: 'startDate-day',
  endDate: 'endDate-day',
  userId: 'userId',
};

/** Adding or editing a board member: one short page of closely related fields. */
export function BoardMemberForm({ action, heading, submitLabel, accounts, initial = {}, boardMemberId }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state, initial);
  const date = (name: string) => ({ day: feedback.value(`${name}-day`), month: feedback.value(`${name}-month`), year: feedback.value(`${name}-year`) });
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <h1>{heading}</h1>
      {boardMemberId ? <input type="hidden" name="boardMemberId" value={boardMemberId} /> : null}
      <TextInput id="name" name="name" label="Full name" defaultValue={feedback.value('name')} error={feedback.error('name')} autoComplete="off" />
      <TextInput
        id="jobTitle"
        name="jobTitle"
        label="Job title"
        hint="For example, Chief Nursing Officer"
        defaultValue={feedback.value('jobTitle')}
        error={feedback.error('jobTitle')}
      />
      <Radios id="kind" name="kind" legend="Are they an executive or non-executive director?" legendProps={{ size: 's' }} error={feedback.error('kind')}>
        <RadiosItem value="executive" defaultChecked={feedback.value('kind') === 'executive'}>
          Executive
        </RadiosItem>
        <RadiosItem value="non-executive" defaultChecked={feedback.value('kind') === 'non-executive'}>
          Non-executive
        </RadiosItem>
      </Radios>
      <Checkboxes
        id="roleAreas"
        name="roleAreas"
        legend="Which role areas from the guide do they cover?"
        legendProps={{ size: 's' }}
        hint="Select all that apply"
        error={feedback.error('roleAreas')}
      >
        {ROLE_AREAS.map((area) => (
          <CheckboxesItem key={area.id} value={area.id} defaultChecked={feedback.values('roleAreas').includes(area.id)}>
            {area.label}
          </CheckboxesItem>
        ))}
      </Checkboxes>
      <DateInput
        id="startDate"
        name="startDate"
        legend="When did they join the board?"
        legendProps={{ size: 's' }}
        hint="For example, 1 4 2024"
        defaultValue={date('startDate')}
        error={feedback.error('startDate')}
      />
      <DateInput
        id="endDate"
        name="endDate"
        legend="When did they leave? (optional)"
        legendProps={{ size: 's' }}
        hint="Leave blank if they are still on the board"
        defaultValue={date('endDate')}
        error={feedback.error('endDate')}
      />
      <Select
        id="userId"
        name="userId"
        label="Their Fairboard account (optional)"
        hint="Link an account so they see their own objectives"
        defaultValue={feedback.value('userId')}
        error={feedback.error('userId')}
      >
        <SelectOption value="">No account</SelectOption>
        {accounts.map((account) => (
          <SelectOption key={account.userId} value={account.userId}>
            {account.displayName}
          </SelectOption>
        ))}
      </Select>
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
