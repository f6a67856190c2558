'use client';

import { useActionState } from 'react';
import { FormErrorSummary } from '@/components/forms/error-summary';
import { ScrollTable } from '@/components/layout/scroll-table';
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
      <ScrollTable caption="Indicators in your catalogue" captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden" id="catalogue">
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Indicator
            </th>
            <th scope="col" className="nhsuk-table__header">
              Unit
            </th>
            <th scope="col" className="nhsuk-table__header">
              From
            </th>
            <th scope="col" className="nhsuk-table__header">
              Status
            </th>
            <th scope="col" className="nhsuk-table__header">
              Change
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {indicators.map((indicator) => (
            <tr key={indicator.id} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">
                {indicator.name}
                <br />
                <span className="nhsuk-body-s nhsuk-u-font-weight-normal">
                  Code <code>{indicator.code}</code>
                </span>
              </th>
              <td className="nhsuk-table__cell">{indicator.unitLabel}</td>
              <td className="nhsuk-table__cell">{indicator.origin === 'national' ? `National set, ${indicator.appliesTo}` : 'Local to your trust'}</td>
              <td className="nhsuk-table__cell">
                <strong className={`nhsuk-tag ${indicator.enabled ? 'nhsuk-tag--green' : 'nhsuk-tag--grey'}`}>{indicator.enabled ? 'On' : 'Off'}</strong>
              </td>
              <td className="nhsuk-table__cell">
                <form action={formAction}>
                  <input type="hidden" name="indicatorId" value={indicator.id} />
                  <input type="hidden" name="enabled" value={indicator.enabled ? 'off' : 'on'} />
                  <input type="hidden" name="expectedVersion" value={indicator.version} />
                  <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" disabled={pending}>
                    {indicator.enabled ? 'Switch off' : 'Switch on'}
                    <span className="nhsuk-u-visually-hidden"> {indicator.name}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
