import { describe, expect, it } from 'vitest';
import { can, type Permission } from '../../../lib/tenancy/permissions';
import { MEMBER_ROLES, type MemberRole } from '../../../lib/tenancy/roles';

const EXPECTED: Record<Extract<Permission, 'review.view' | `challenge.${string}` | `assurance.${string}` | `peers.${string}`>, readonly MemberRole[]> = {
  'review.view': MEMBER_ROLES,
  'challenge.raise': ['non_executive_director'],
  'challenge.close': ['non_executive_director'],
  // An objective's owner may also respond to a challenge on it, whatever their role (checked with the row).
  'challenge.respond': ['trust_admin', 'executive_lead'],
  'assurance.record': ['non_executive_director'],
  'peers.opt-in': ['trust_admin'],
};

describe('board review permissions', () => {
  it.each(Object.entries(EXPECTED))('%s is granted to exactly the intended roles', (permission, roles) => {
    expect(MEMBER_ROLES.filter((role) => can({ role }, permission as Permission))).toEqual(roles);
  });
});
