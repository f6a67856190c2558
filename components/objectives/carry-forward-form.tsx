'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button, Checkboxes, CheckboxesItem } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';
import type { CarriedObjective } from '@/lib/objectives/carry-forward';
import { useErrorTitle } from '@/components/forms/use-error-title';
import { objectivePath } from '@/lib/routes/paths';

type CarryCandidate = Readonly<{ id: string; title: string; statusLabel: string; ownerName: string | null }>;

type Props = Readonly<{
  action: (previous: ActionResult<readonly CarriedObjective[]>, formData: FormData) => Promise<ActionResult<readonly CarriedObjective[]>>;
  fromYear: number;
  toYear: number;
  fromLabel: string;
  toLabel: string;
  candidates: readonly CarryCandidate[];
  /** The trust whose objectives these are: each new draft links to its page. */
  trustSlug: string;
}>;

function note(carried: CarriedObjective): string {
  const needs = [carried.ownerKept ? null : 'a new owner', carried.needsDueDate ? 'a due date' : null].filter((item) => item !== null);
  return needs.length === 0 ? 'Ready to be agreed for the new year.' : `Needs ${needs.join(' and ')} before it can be agreed.`;
}

/** Choose which unfinished objectives continue into the new year; each becomes a draft linked to the old one. */
export function CarryForwardForm({ action, fromYear, toYear, fromLabel, toLabel, candidates, trustSlug }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<readonly CarriedObjective[]>, FormData>(action, IDLE);
  const feedback = formFeedback(state);
  useErrorTitle(state.status === 'error');
  if (state.status === 'success' && state.data) {
    return (
      <>
        <div className="nhsuk-panel">
          <h2 className="nhsuk-panel__title">{state.message}</h2>
          <div className="nhsuk-panel__body">
            They are drafts for {toLabel}, linked to their {fromLabel} history.
          </div>
        </div>
        <h2>What each one needs next</h2>
        <ul className="nhsuk-list nhsuk-list--border">
          {state.data.map((carried) => (
            <li key={carried.id}>
              <Link href={objectivePath(trustSlug, carried.id)}>{carried.title}</Link>
              <p className="nhsuk-u-margin-bottom-0">{note(carried)}</p>
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (candidates.length === 0) return <p>There are no unfinished {fromLabel} objectives left to carry forward.</p>;
  return (
    <form action={formAction} noValidate>
      {state.status === 'error' ? (
        <FormErrorSummary
          errors={summaryErrors(state.fieldErrors, { objectiveIds: `objectiveIds-${candidates[0]?.id ?? ''}`, toYear: 'main-content' })}
          message={state.message}
          focusKey={state}
        />
      ) : null}
      <input type="hidden" name="fromYear" value={fromYear} />
      <input type="hidden" name="toYear" value={toYear} />
      <Checkboxes
        id="objectiveIds"
        name="objectiveIds"
        legend={`Which ${fromLabel} objectives should continue in ${toLabel}?`}
        legendProps={{ size: 'm' }}
        hint="Select all that apply"
        error={feedback.error('objectiveIds')}
      >
        {candidates.map((candidate) => (
          <CheckboxesItem
            key={candidate.id}
            id={`objectiveIds-${candidate.id}`}
            value={candidate.id}
            defaultChecked={feedback.values('objectiveIds').includes(candidate.id)}
            hint={`${candidate.statusLabel}. ${candidate.ownerName ? `Owner: ${candidate.ownerName}` : 'No owner'}.`}
          >
            {candidate.title}
          </CheckboxesItem>
        ))}
      </Checkboxes>
      <Button type="submit" disabled={pending}>
        Carry forward
      </Button>
    </form>
  );
}
