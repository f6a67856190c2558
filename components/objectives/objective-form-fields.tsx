'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CharacterCount, Checkboxes, CheckboxesItem, DateInput, Radios, RadiosItem, Select, SelectOption, TextInput } from 'nhsuk-react-components';
import type { formFeedback } from '@/components/forms/form-feedback';
import { formatFinancialYear } from '@/lib/calendar/financial-year';
import { DOMAINS } from '@/lib/catalogue/domains';
import { nameWithJobTitle } from '@/lib/format/person-names';
import { MAX_LONG_TEXT_LENGTH, MAX_MEDIUM_TEXT_LENGTH } from '@/lib/objectives/schemas';
import { BaselineReasonField, IndicatorLinkFields, type IndicatorOption, type LinkSelection } from './indicator-link-fields';
import { BREAKDOWN_LABELS, BREAKDOWNS, MEASURE_DIRECTION_LABELS, MEASURE_DIRECTIONS } from '@/lib/objectives/smart-completeness';

type Feedback = ReturnType<typeof formFeedback>;

export type BoardMemberOption = Readonly<{ id: string; name: string; jobTitle: string; isExecutive: boolean }>;

/** The owner part: the list to choose from, or the current owner (changed on the objective's page). */
export type OwnerChoice =
  | Readonly<{ kind: 'choose'; options: readonly BoardMemberOption[]; executivesOnly: boolean }>
  | Readonly<{ kind: 'fixed'; name: string; changeHref: string }>;

/** The time-bound part's year: chosen for a new objective, fixed once it exists. */
export type YearChoice = Readonly<{ kind: 'choose'; years: readonly number[] }> | Readonly<{ kind: 'fixed'; label: string; year: number }>;

type Props = Readonly<{
  feedback: Feedback;
  owner: OwnerChoice;
  year: YearChoice;
  supportingLeads: readonly BoardMemberOption[];
  catalogueHref: string;
  /** The trust's indicators a measure may be linked to. */
  indicators: readonly IndicatorOption[];
}>;

function memberLabel(member: BoardMemberOption): string {
  return `${nameWithJobTitle(member)}${member.isExecutive ? '' : ' (non-executive)'}`;
}

/** The objective's fields under the SMART headings, each keeping what the user last typed. */
export function ObjectiveFormFields({ feedback, owner, year, supportingLeads, catalogueHref, indicators }: Props) {
  // The link and the year decide which figure is the data's baseline, so the form follows both.
  const [link, setLink] = useState<LinkSelection>({ indicatorId: feedback.value('indicatorId'), figure: feedback.value('indicatorFigure') || 'all' });
  const [chosenYear, setChosenYear] = useState(feedback.value('financialYear'));
  const financialYear = year.kind === 'fixed' ? year.year : /^\d{4}$/.test(chosenYear) ? Number(chosenYear) : null;
  const date = (name: string) => ({ day: feedback.value(`${name}-day`), month: feedback.value(`${name}-month`), year: feedback.value(`${name}-year`) });
  const text = (name: string) => ({ id: name, name, defaultValue: feedback.value(name), error: feedback.error(name) });
  // React keeps a list's first choice when a form is reset after an action; keying each list by
  // the value it should show remounts it with that value, so a failed save keeps what was chosen.
  const listKey = (name: string) => `${name}-${feedback.value(name)}`;
  const choice = (name: string, value: string) => ({ id: `${name}-${value}`, value, defaultChecked: feedback.value(name) === value });
  return (
    <>
      <h2>Specific</h2>
      <TextInput {...text('title')} label="Title" hint="A short name the board will recognise" />
      <CharacterCount {...text('description')} label="What will be done" hint="What will change, for whom, and how" rows={4} maxLength={MAX_LONG_TEXT_LENGTH} />

      <h2>Measurable</h2>
      <TextInput {...text('measure')} label="Measure" hint="What will be counted, for example the percentage of patient records with ethnicity recorded" />
      <IndicatorLinkFields feedback={feedback} options={indicators} selection={link} financialYear={financialYear} onSelect={setLink} />
      <TextInput
        {...text('baseline')}
        label="Baseline"
        hint={link.indicatorId ? 'Where it is now, as a number: the data’s figure unless you have a reason to change it' : 'Where it is now, as a number'}
        inputMode="decimal"
        width={10}
        spellCheck={false}
      />
      {link.indicatorId ? <BaselineReasonField feedback={feedback} /> : null}
      <TextInput {...text('target')} label="Target" hint="Where it should be by the due date, as a number" inputMode="decimal" width={10} spellCheck={false} />
      <TextInput {...text('unit')} label="Unit" hint="For example %, patients or days" width={20} />
      <Radios
        id="direction"
        name="direction"
        legend="Which way is better for this measure?"
        legendProps={{ size: 's' }}
        hint="So a target that moves the wrong way from the baseline can be queried"
        error={feedback.error('direction')}
      >
        {MEASURE_DIRECTIONS.map((direction) => (
          <RadiosItem key={direction} {...choice('direction', direction)}>
            {MEASURE_DIRECTION_LABELS[direction]}
          </RadiosItem>
        ))}
      </Radios>
      <Radios
        id="countsPeople"
        name="countsPeople"
        legend="Does the measure count patients or local people?"
        legendProps={{ size: 's' }}
        hint="For example, patients waiting or people screened. A named lead or a board paper does not."
        error={feedback.error('countsPeople')}
      >
        <RadiosItem {...choice('countsPeople', 'yes')}>Yes</RadiosItem>
        <RadiosItem {...choice('countsPeople', 'no')}>No</RadiosItem>
      </Radios>
      <Checkboxes
        id="breakdowns"
        name="breakdowns"
        legend="Which breakdowns will it be reported by?"
        legendProps={{ size: 's' }}
        hint="The groups NHS England expects health inequalities information to be broken down by. Needed when the measure counts patients or local people; optional when it does not. Select all that apply."
        error={feedback.error('breakdowns')}
      >
        {BREAKDOWNS.map((breakdown) => (
          <CheckboxesItem key={breakdown} id={`breakdowns-${breakdown}`} value={breakdown} defaultChecked={feedback.values('breakdowns').includes(breakdown)}>
            {BREAKDOWN_LABELS[breakdown]}
          </CheckboxesItem>
        ))}
      </Checkboxes>
      <TextInput {...text('breakdownOther')} label="If other, which breakdown?" hint="For example, disability or people in inclusion health groups" />

      <h2>Achievable</h2>
      <CharacterCount {...text('resources')} label="Resources" hint="People, time and money it needs" rows={3} maxLength={MAX_MEDIUM_TEXT_LENGTH} />
      <CharacterCount
        {...text('dependencies')}
        label="Dependencies"
        hint="What it relies on, inside or outside the trust. Write “None” if nothing."
        rows={3}
        maxLength={MAX_MEDIUM_TEXT_LENGTH}
      />

      <h2>Relevant</h2>
      <TextInput
        {...text('catalogueRefs')}
        label="Guide objectives it addresses"
        hint={
          <>
            Objective numbers from the guide, separated by commas, for example 3.4, 4.1. <Link href={catalogueHref}>Browse the catalogue</Link>
          </>
        }
        width={20}
        spellCheck={false}
      />
      <TextInput
        {...text('questionRefs')}
        label="Self-assessment questions it addresses (optional)"
        hint="Question numbers separated by commas, for example 2.3"
        width={20}
        spellCheck={false}
      />
      <Checkboxes
        id="domains"
        name="domains"
        legend="Which assessment domains does it address?"
        legendProps={{ size: 's' }}
        hint="The domains of the guide objectives and questions above are included when it is saved."
        error={feedback.error('domains')}
      >
        {DOMAINS.map((domain) => (
          <CheckboxesItem
            key={domain.number}
            id={`domains-${domain.number}`}
            value={String(domain.number)}
            defaultChecked={feedback.values('domains').includes(String(domain.number))}
          >
            {domain.label}
          </CheckboxesItem>
        ))}
      </Checkboxes>

      <h2>Time-bound</h2>
      {year.kind === 'choose' ? (
        <Select key={listKey('financialYear')} {...text('financialYear')} label="Financial year" onChange={(event) => setChosenYear(event.currentTarget.value)}>
          {year.years.map((option) => (
            <SelectOption key={option} value={String(option)}>
              {formatFinancialYear(option)}
            </SelectOption>
          ))}
        </Select>
      ) : (
        <p>Financial year: {year.label}</p>
      )}
      <DateInput
        id="startDate"
        name="startDate"
        legend="Start date"
        legendProps={{ size: 's' }}
        hint="For example, 1 4 2026"
        defaultValue={date('startDate')}
        error={feedback.error('startDate')}
      />
      <DateInput
        id="dueDate"
        name="dueDate"
        legend="Due date"
        legendProps={{ size: 's' }}
        hint="For example, 31 3 2027"
        defaultValue={date('dueDate')}
        error={feedback.error('dueDate')}
      />

      <h2>Owner</h2>
      {owner.kind === 'choose' ? (
        <Select
          key={listKey('ownerId')}
          {...text('ownerId')}
          label="Owner"
          hint={owner.executivesOnly ? 'An executive director: this objective comes from the guide’s executive sections' : 'One named board member'}
        >
          <SelectOption value="">Choose later</SelectOption>
          {owner.options.map((member) => (
            <SelectOption key={member.id} value={member.id}>
              {memberLabel(member)}
            </SelectOption>
          ))}
        </Select>
      ) : (
        <p id="ownerId">
          Owner: {owner.name}. <Link href={owner.changeHref}>Change the owner</Link>
        </p>
      )}
      <Select key={listKey('supportingLeadId')} {...text('supportingLeadId')} label="Supporting lead (optional)">
        <SelectOption value="">No supporting lead</SelectOption>
        {supportingLeads.map((member) => (
          <SelectOption key={member.id} value={member.id}>
            {memberLabel(member)}
          </SelectOption>
        ))}
      </Select>
      <TextInput {...text('committee')} label="Committee that oversees it" hint="For example, the Quality Committee or the People Committee" />
    </>
  );
}
