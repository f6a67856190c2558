'use client';

import { CharacterCount, Select, SelectOption } from 'nhsuk-react-components';
import type { formFeedback } from '@/components/forms/form-feedback';
import { baselineAndLatest, describeFigure, type FigureChoice } from '@/lib/objectives/indicator-link';

type Feedback = ReturnType<typeof formFeedback>;

/** An indicator the form may link to (lib/objectives/indicator-link-queries.ts, passed as plain data). */
export type IndicatorOption = Readonly<{ id: string; code: string; name: string; figures: readonly FigureChoice[] }>;
export type LinkSelection = Readonly<{ indicatorId: string; figure: string }>;

/** The groups of figures in the list: the trust-wide figure and gaps, then each breakdown's groups. */
function grouped(figures: readonly FigureChoice[]): [string, FigureChoice[]][] {
  const groups = new Map<string, FigureChoice[]>();
  for (const figure of figures) {
    const heading = figure.key.startsWith('group:') ? figure.label.split(':')[0]! : 'Whole trust';
    groups.set(heading, [...(groups.get(heading) ?? []), figure]);
  }
  return [...groups];
}

function chosenFigure(options: readonly IndicatorOption[], selection: LinkSelection): FigureChoice | null {
  return options.find((option) => option.id === selection.indicatorId)?.figures.find((figure) => figure.key === selection.figure) ?? null;
}

type Props = Readonly<{
  feedback: Feedback;
  options: readonly IndicatorOption[];
  selection: LinkSelection;
  financialYear: number | null;
  onSelect: (selection: LinkSelection) => void;
}>;

/**
 * "Link this measure to an indicator": the indicator, which of its figures, and what the data
 * says. Choosing one fills a blank baseline with the data's figure (it can still be changed, with a
 * reason). Without JavaScript the figure list offers what the chosen indicator holds once the
 * form has been sent back, and the trust-wide figure before.
 */
export function IndicatorLinkFields({ feedback, options, selection, financialYear, onSelect }: Props) {
  const indicator = options.find((option) => option.id === selection.indicatorId) ?? null;
  const figure = chosenFigure(options, selection);
  const data = figure && financialYear !== null ? baselineAndLatest(figure.series, financialYear) : null;

  const choose = (next: LinkSelection) => {
    onSelect(next);
    const picked = chosenFigure(options, next);
    const baseline = picked && financialYear !== null ? baselineAndLatest(picked.series, financialYear).baseline : null;
    const input = document.getElementById('baseline');
    if (baseline?.value != null && input instanceof HTMLInputElement && input.value.trim() === '') input.value = String(baseline.value);
  };

  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset" aria-describedby="indicator-link-hint">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Link this measure to an indicator (optional)</legend>
        <div className="nhsuk-hint" id="indicator-link-hint">
          The baseline and latest figure then come from the trust’s uploaded indicator data.
        </div>
        {/* Uncontrolled and keyed by the value to show, as the form's other lists: React resets a form
            after its action, which would put a controlled list back to its first choice. */}
        <Select
          key={`indicatorId-${feedback.value('indicatorId')}`}
          id="indicatorId"
          name="indicatorId"
          label="Indicator"
          error={feedback.error('indicatorId')}
          defaultValue={selection.indicatorId}
          onChange={(event) => choose({ indicatorId: event.currentTarget.value, figure: 'all' })}
        >
          <SelectOption value="">Not linked</SelectOption>
          {options.map((option) => (
            <SelectOption key={option.id} value={option.id}>
              {option.name}
            </SelectOption>
          ))}
        </Select>
        <Select
          key={`indicatorFigure-${selection.indicatorId}-${feedback.value('indicatorFigure')}`}
          id="indicatorFigure"
          name="indicatorFigure"
          label="Figure the measure follows"
          hint="The trust-wide figure, one group’s figure, or the gap between the least and most deprived groups"
          error={feedback.error('indicatorFigure')}
          defaultValue={selection.figure}
          onChange={(event) => choose({ ...selection, figure: event.currentTarget.value })}
        >
          {grouped(indicator?.figures ?? [{ key: 'all', label: 'All patients (the trust-wide figure)', series: [] }]).map(([heading, figures]) => (
            <optgroup key={heading} label={heading}>
              {figures.map((option) => (
                <SelectOption key={option.key} value={option.key}>
                  {option.label}
                </SelectOption>
              ))}
            </optgroup>
          ))}
        </Select>
        {indicator && data ? (
          <div className="nhsuk-inset-text" id="indicator-data" aria-live="polite">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>Baseline from the data: {describeFigure(data.baseline)}</p>
            <p>Latest figure: {describeFigure(data.latest)}</p>
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}

/** Asked for when the measure is linked; required by the save only when the baseline differs from the data's. */
export function BaselineReasonField({ feedback }: Readonly<{ feedback: Feedback }>) {
  return (
    <CharacterCount
      id="baselineReason"
      name="baselineReason"
      defaultValue={feedback.value('baselineReason')}
      error={feedback.error('baselineReason')}
      label="Reason for not using the data’s figure"
      hint="Needed only when you change the baseline from the figure the data gives, for example because the data has since been corrected"
      rows={2}
      maxLength={1000}
    />
  );
}
