'use client';

import { useActionState } from 'react';
import { Button, Textarea } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  financialYear: number;
  section: string;
  version: number;
  label: string;
  hint: string;
  body: string;
}>;

const FIELD_IDS = { body: 'body' };

/** Which narrative, and the version the person saw, for every narrative form. */
function NarrativeFields({ financialYear, section, version }: Readonly<{ financialYear: number; section: string; version: number }>) {
  return (
    <>
      <input type="hidden" name="financialYear" value={financialYear} />
      <input type="hidden" name="section" value={section} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}

/** The narrative editor: one text box, saved as a new draft each time. */
export function NarrativeForm({ action, financialYear, section, version, label, hint, body }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  const feedback = formFeedback(state, { body });
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={summaryErrors(state.fieldErrors, FIELD_IDS)} message={state.message} focusKey={state} /> : null}
      <NarrativeFields financialYear={financialYear} section={section} version={version} />
      <Textarea
        id="body"
        name="body"
        label={label}
        labelProps={{ size: 's' }}
        hint={`${hint} Leave a blank line between paragraphs.`}
        rows={14}
        defaultValue={feedback.value('body')}
        error={feedback.error('body')}
      />
      <Button type="submit" disabled={pending}>
        Save draft
      </Button>
    </form>
  );
}

/** "Reuse last year's text": copies the year before's latest text into a new draft. */
export function ReuseForm({
  action,
  financialYear,
  section,
  version,
  yearLabel,
}: Readonly<{ action: Props['action']; financialYear: number; section: string; version: number; yearLabel: string }>) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={[]} message={state.message} focusKey={state} /> : null}
      <NarrativeFields financialYear={financialYear} section={section} version={version} />
      <Button type="submit" secondary disabled={pending}>
        Reuse {yearLabel} text
      </Button>
    </form>
  );
}

/** One sign-off step for the saved text: ask for review, or approve it. */
export function NarrativeStatusForm({
  action,
  financialYear,
  section,
  version,
  status,
  label,
  secondary,
}: Readonly<{
  action: Props['action'];
  financialYear: number;
  section: string;
  version: number;
  status: 'ready' | 'approved';
  label: string;
  secondary?: boolean;
}>) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? <FormErrorSummary errors={[]} message={state.message} /> : null}
      <NarrativeFields financialYear={financialYear} section={section} version={version} />
      <input type="hidden" name="status" value={status} />
      <Button type="submit" secondary={secondary} disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
