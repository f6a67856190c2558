'use client';

import { useActionState } from 'react';
import { FormErrorSummary } from '@/components/forms/error-summary';
import { Table } from '@/components/ui/table';
import { SuccessBanner } from '@/components/layout/success-banner';
import { IDLE, type ActionResult } from '@/lib/actions/action-result';

type CatalogueRow = Readonly<{
  id: string;
  code: string;
  name: string;
  unitLabel: string;
  origin: 'national' | 'local';
  appliesTo: string;
  enabled: boolean;
  version: number;
}>;

type Props = Readonly<{
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  indicators: readonly CatalogueRow[];
}>;

/**
 * The trust's catalogue with a switch on each row. Every row is its own small form; they share one
 * answer, so a refusal or a confirmation appears once, at the top.
 */
export function CatalogueTable({ action, indicators }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, IDLE);
  return (
    <>
      {state.status === 'success' ? <SuccessBanner focusKey={state}>{state.message}</SuccessBanner> : null}
      {state.status === 'error' ? (
        <FormErrorSummary
          errors={Object.values(state.fieldErrors)
            .flat()
            .map((message) => ({ fieldId: 'catalogue', message }))}
          message={state.message}
          focusKey={state}
        />
      ) : null}
      <Table
        caption="Indicators in your catalogue"
        captionSize="hidden"
        id="catalogue"
        columns={[{ header: 'Indicator' }, { header: 'Unit' }, { header: 'From' }, { header: 'Status' }, { header: 'Change' }]}
        rowHeaders="bold"
        rows={indicators.map((indicator) => ({
          key: indicator.id,
          cells: [
            <>
              {indicator.name}
              <br />
              <span className="nhsuk-body-s nhsuk-u-font-weight-normal">
                Code <code>{indicator.code}</code>
              </span>
            </>,
            indicator.unitLabel,
            indicator.origin === 'national' ? `National set, ${indicator.appliesTo}` : 'Local to your trust',
            <strong key="status" className={`nhsuk-tag ${indicator.enabled ? 'nhsuk-tag--green' : 'nhsuk-tag--grey'}`}>
              {indicator.enabled ? 'On' : 'Off'}
            </strong>,
            <form key="change" action={formAction}>
              <input type="hidden" name="indicatorId" value={indicator.id} />
              <input type="hidden" name="enabled" value={indicator.enabled ? 'off' : 'on'} />
              <input type="hidden" name="expectedVersion" value={indicator.version} />
              <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" disabled={pending}>
                {indicator.enabled ? 'Switch off' : 'Switch on'}
                <span className="nhsuk-u-visually-hidden"> {indicator.name}</span>
              </button>
            </form>,
          ],
        }))}
      />
    </>
  );
}
