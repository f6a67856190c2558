import type { MemberRole } from '../db/generated/enums';

export type { MemberRole };

export const MEMBER_ROLES = [
  'trust_admin',
  'executive_lead',
  'executive_director',
  'non_executive_director',
  'company_secretary',
  'viewer',
  'analyst',
] as const satisfies readonly MemberRole[];

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  trust_admin: 'Trust administrator',
  executive_lead: 'Executive lead for health inequalities',
  executive_director: 'Executive director',
  non_executive_director: 'Non-executive director',
  company_secretary: 'Company secretary',
  viewer: 'Viewer',
  analyst: 'Analyst (indicator data)',
};

export function roleLabel(role: MemberRole, isChair: boolean): string {
  return isChair ? 'Chair (non-executive director)' : MEMBER_ROLE_LABELS[role];
}
