import { describe, expect, it } from 'vitest';
import { can, type Permission } from '../../../lib/tenancy/permissions';
import { MEMBER_ROLES, type MemberRole } from '../../../lib/tenancy/roles';

const EXPECTED: Record<Permission & `indicator.${string}`, readonly MemberRole[]> = {
  'indicator.view': MEMBER_ROLES,
  'indicator.catalogue': ['trust_admin'],
  'indicator.data': ['trust_admin', 'executive_lead', 'analyst'],
};

describe('indicator permissions', () => {
  it.each(Object.entries(EXPECTED))('%s is granted to exactly the intended roles', (permission, roles) => {
    expect(MEMBER_ROLES.filter((role) => can({ role }, permission as Permission))).toEqual(roles);
  });

  it('gives the analyst nothing to change but indicator data', () => {
    const PERMISSIONS_TO_CHECK = [
      'people.manage',
      'audit.read',
      'trust.export',
      'assessment.start',
      'assessment.edit',
      'assessment.submit',
      'assessment.approve',
      'assessment.reopen',
      'assessment.import',
      'objective.manage',
      'objective.update',
      'outbox.view',
      'challenge.raise',
      'challenge.close',
      'challenge.respond',
      'assurance.record',
      'peers.opt-in',
      'report.edit',
      'report.export',
      'indicator.catalogue',
    ] as const satisfies readonly Permission[];
    for (const permission of PERMISSIONS_TO_CHECK) expect(can({ role: 'analyst' }, permission)).toBe(false);
    for (const permission of ['trust.view', 'assessment.view', 'objective.view', 'review.view', 'report.view', 'indicator.view', 'indicator.data'] as const) {
      expect(can({ role: 'analyst' }, permission)).toBe(true);
    }
  });
});
