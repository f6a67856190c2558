'use client';

import { useActionState } from 'react';
import { Button, Select, SelectOption, Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import { nameWithJobTitle } from '@/lib/format/person-names';
import type { BoardMemberOption } from './objective-form-fields';
import { useErrorTitle } from '@/components/forms/use-error-title';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  objectiveId: string;
  version: number;
  hasOwner: boolean;
  options: readonly BoardMemberOption[];
  executivesOnly: boolean;
}>;

const FIELD_IDS = { ownerId: 'newOwnerId', reason: 'reason' };

/** Gives the objective a new owner; the reason is kept in its history. */
export function ChangeOwnerForm({ action, objectiveId, version, hasOwner, options, executivesOnly }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  useErrorTitle(state.status === 'error');
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <input type="hidden" name="objectiveId" value={objectiveId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Select
        id="newOwnerId"
        name="ownerId"
        label={hasOwner ? 'New owner' : 'Owner'}
        hint={executivesOnly ? 'An executive director: this objective comes from the guide’s executive sections' : undefined}
        defaultValue={feedback.value('ownerId')}
        error={feedback.error('ownerId')}
      >
        <SelectOption value="">Choose a board member</SelectOption>
        {options.map((member) => (
          <SelectOption key={member.id} value={member.id}>
            {nameWithJobTitle(member)}
          </SelectOption>
        ))}
      </Select>
      <Textarea
        id="reason"
        name="reason"
        label={hasOwner ? 'Why is the owner changing?' : 'Reason (optional)'}
        hint="For example, a change of portfolio or the owner leaving"
        rows={3}
        defaultValue={feedback.value('reason')}
        error={feedback.error('reason')}
      />
      <Button type="submit" secondary disabled={pending}>
        {hasOwner ? 'Change owner' : 'Give it this owner'}
      </Button>
    </form>
  );
}
