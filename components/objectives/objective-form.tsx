'use client';

import { useActionState } from 'react';
import { Button } from 'nhsuk-react-components';
import { summaryErrors } from '@/components/forms/error-summary';
import { formFeedback } from '@/components/forms/form-feedback';
import { IDLE } from '@/lib/actions/action-result';
import { smartCompleteness } from '@/lib/objectives/smart-completeness';
import { smartInputFromValues } from './form-values';
import type { FormValues, ObjectiveFormAction, ObjectiveFormState } from './objective-form-state';
import { ObjectiveConflict } from './objective-conflict';
import { ObjectiveErrorSummary } from './objective-error-summary';
import { ObjectiveFormFields, type BoardMemberOption, type OwnerChoice, type YearChoice } from './objective-form-fields';
import { SmartChecklist } from './smart-checklist';
import type { IndicatorOption } from './indicator-link-fields';
import { useErrorTitle } from '@/components/forms/use-error-title';

type Props = Readonly<{
  action: ObjectiveFormAction;
  initial: FormValues;
  /** An error to show straight away, such as agreement refused after the last save. */
  initialState?: ObjectiveFormState;
  objective?: Readonly<{ id: string; version: number; isAgreed: boolean; ownerId: string | null }>;
  source?: 'catalogue' | 'suggestion' | 'own';
  owner: OwnerChoice;
  year: YearChoice;
  supportingLeads: readonly BoardMemberOption[];
  memberNames: Readonly<Record<string, string>>;
  catalogueHref: string;
  reloadHref: string;
  indicators: readonly IndicatorOption[];
}>;

const OBJECTIVE_FIELD_IDS: Readonly<Record<string, string>> = {
  conflict: 'conflict',
  title: 'title',
  description: 'description',
  measure: 'measure',
  indicatorId: 'indicatorId',
  indicatorFigure: 'indicatorFigure',
  baseline: 'baseline',
  baselineReason: 'baselineReason',
  target: 'target',
  unit: 'unit',
  direction: 'direction-higher_is_better',
  countsPeople: 'countsPeople-yes',
  breakdowns: 'breakdowns-deprivation',
  breakdownOther: 'breakdownOther',
  resources: 'resources',
  dependencies: 'dependencies',
  catalogueRefs: 'catalogueRefs',
  questionRefs: 'questionRefs',
  domains: 'domains-1',
  financialYear: 'financialYear',
  startDate: 'startDate-day',
  dueDate: 'dueDate-day',
  ownerId: 'ownerId',
  supportingLeadId: 'supportingLeadId',
  committee: 'committee',
};

/**
 * One page for the whole objective, in SMART order. "Save as draft" keeps whatever is there;
 * "Agree objective" also needs every part complete. A stale save shows both versions and keeps
 * what the user typed, with the saved version's number, so saving again replaces it on purpose.
 */
export function ObjectiveForm({
  action,
  initial,
  initialState = IDLE,
  objective,
  source,
  owner,
  year,
  supportingLeads,
  memberNames,
  catalogueHref,
  reloadHref,
  indicators,
}: Props) {
  const [state, formAction, pending] = useActionState<ObjectiveFormState, FormData>(action, initialState);
  const conflict = state.status === 'error' && 'conflict' in state ? state.conflict : undefined;
  const nextVersion = state.status === 'error' && 'version' in state ? state.version : undefined;
  const feedback = formFeedback(state, initial);
  const values = state.status === 'error' ? state.values : initial;
  const smart = smartCompleteness(smartInputFromValues(values, owner.kind === 'fixed' ? (objective?.ownerId ?? null) : undefined));
  const hasError = state.status === 'error';
  useErrorTitle(hasError);

  const errors = hasError ? (conflict ? [{ fieldId: 'conflict', message: state.message }] : summaryErrors(state.fieldErrors, OBJECTIVE_FIELD_IDS)) : [];
  const intro = hasError ? ('intro' in state && state.intro ? state.intro : errors.length === 0 ? state.message : undefined) : undefined;
  const isAgreed = objective?.isAgreed ?? false;
  return (
    <>
      {hasError ? <ObjectiveErrorSummary intro={intro} errors={errors} focusKey={state} /> : null}
      {conflict ? <ObjectiveConflict conflict={conflict} memberNames={memberNames} reloadHref={reloadHref} /> : null}
      <SmartChecklist smart={smart} />
      <form action={formAction} noValidate>
        {objective ? <input type="hidden" name="objectiveId" value={objective.id} /> : <input type="hidden" name="source" value={source ?? 'own'} />}
        {objective ? <input type="hidden" name="expectedVersion" value={nextVersion ?? (feedback.value('expectedVersion') || objective.version)} /> : null}
        <ObjectiveFormFields
          feedback={feedback}
          owner={owner}
          year={year}
          supportingLeads={supportingLeads}
          catalogueHref={catalogueHref}
          indicators={indicators}
        />
        <div className="nhsuk-button-group">
          {isAgreed ? (
            <Button type="submit" name="intent" value="draft" disabled={pending}>
              Save changes
            </Button>
          ) : (
            <>
              <Button type="submit" name="intent" value="draft" disabled={pending}>
                Save as draft
              </Button>
              <button type="submit" name="intent" value="agree" className="nhsuk-button nhsuk-button--secondary" disabled={pending}>
                Agree objective
              </button>
            </>
          )}
        </div>
      </form>
    </>
  );
}
