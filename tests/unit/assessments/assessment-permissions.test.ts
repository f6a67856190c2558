import { describe, expect, it } from 'vitest';
import { can, type Permission } from '../../../lib/tenancy/permissions';
import { MEMBER_ROLES, type MemberRole } from '../../../lib/tenancy/roles';

const EXPECTED: Record<Permission & `assessment.${string}`, readonly MemberRole[]> = {
  'assessment.view': MEMBER_ROLES,
  'assessment.start': ['trust_admin', 'executive_lead'],
  'assessment.edit': ['trust_admin', 'executive_lead', 'executive_director'],
  'assessment.submit': ['trust_admin', 'executive_lead'],
  'assessment.approve': ['trust_admin', 'company_secretary'],
  'assessment.reopen': ['trust_admin'],
  'assessment.import': ['trust_admin', 'executive_lead'],
};

describe('assessment permissions', () => {
  it.each(Object.entries(EXPECTED))('%s is granted to exactly the intended roles', (permission, roles) => {
    const granted = MEMBER_ROLES.filter((role) => can({ role }, permission as Permission));
    expect(granted).toEqual(roles);
  });

  it('never lets non-executive directors or viewers change an assessment', () => {
    for (const role of ['non_executive_director', 'viewer'] as const) {
      for (const permission of Object.keys(EXPECTED) as Permission[]) {
        expect(can({ role }, permission)).toBe(permission === 'assessment.view');
      }
    }
  });
});
