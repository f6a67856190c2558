import { describe, expect, it } from 'vitest';
import { can, type Permission } from '../../../lib/tenancy/permissions';
import { MEMBER_ROLES, type MemberRole } from '../../../lib/tenancy/roles';

const EXPECTED: Record<Extract<Permission, `objective.${string}` | 'outbox.view'>, readonly MemberRole[]> = {
  'objective.view': MEMBER_ROLES,
  'objective.manage': ['trust_admin', 'executive_lead'],
  // An objective's owner may also record its progress, whatever their role (checked with the row).
  'objective.update': ['trust_admin', 'executive_lead'],
  'outbox.view': ['trust_admin'],
};

describe('objective permissions', () => {
  it.each(Object.entries(EXPECTED))('%s is granted to exactly the intended roles', (permission, roles) => {
    expect(MEMBER_ROLES.filter((role) => can({ role }, permission as Permission))).toEqual(roles);
  });
});
