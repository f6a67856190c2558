'use client';

import { Checkboxes, CheckboxesItem, Radios, RadiosItem } from 'nhsuk-react-components';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS } from '@/lib/tenancy/roles';

type Props = Readonly<{ role: string; isChair: boolean; roleError?: string; chairError?: string }>;

const ROLE_HINTS: Record<(typeof MEMBER_ROLES)[number], string> = {
  trust_admin: 'Manages who has access and the board member list',
  executive_lead: 'Leads the trust’s work on health inequalities and its self-assessment',
  executive_director: 'Answers assessment questions and owns objectives',
  non_executive_director: 'Reviews and challenges; reads everything, edits nothing',
  company_secretary: 'Records board approval and prepares the annual report section',
  viewer: 'Reads everything, edits nothing',
  analyst: 'Uploads and corrects the trust’s health-inequalities figures; reads everything else',
};

/** The role radios and the chair checkbox, shared by the invite and change-role forms. */
export function RoleFields({ role, isChair, roleError, chairError }: Props) {
  return (
    <>
      <Radios id="role" name="role" legend="Role" legendProps={{ size: 'm' }} error={roleError}>
        {MEMBER_ROLES.map((value) => (
          <RadiosItem key={value} value={value} defaultChecked={role === value} hint={ROLE_HINTS[value]}>
            {MEMBER_ROLE_LABELS[value]}
          </RadiosItem>
        ))}
      </Radios>
      <Checkboxes id="isChair" name="isChair" legend="Chair" legendProps={{ size: 's' }} error={chairError}>
        <CheckboxesItem value="on" defaultChecked={isChair}>
          This person chairs the board (non-executive directors only)
        </CheckboxesItem>
      </Checkboxes>
    </>
  );
}
