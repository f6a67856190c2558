import { describe, expect, it } from 'vitest';
import { DOMAINS, DOMAIN_NUMBERS, findDomain, isDomainNumber } from '../../../lib/catalogue/domains';
import { ROLE_AREAS, findRoleArea, roleAreaForSection } from '../../../lib/catalogue/role-areas';

describe('role areas', () => {
  it('lists the ten role areas in guide order with the agreed ids', () => {
    expect(ROLE_AREAS.map((area) => area.id)).toEqual([
      'chair',
      'non-executive-directors',
      'chief-executive',
      'executive-lead',
      'people',
      'strategy',
      'finance',
      'operations-delivery',
      'data-digital-information',
      'clinical-quality-research',
    ]);
  });

  it('numbers the sections 1 to 10 in order', () => {
    expect(ROLE_AREAS.map((area) => area.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives the executive lead its full display label', () => {
    expect(findRoleArea('executive-lead').label).toBe('Executive lead for health inequalities');
  });

  it('finds a role area by section number and returns nothing for an unknown one', () => {
    expect(roleAreaForSection(7)?.id).toBe('finance');
    expect(roleAreaForSection(11)).toBeUndefined();
  });
});

describe('domains', () => {
  it('has the four domains numbered 1 to 4 with their short labels', () => {
    expect(DOMAINS.map((domain) => [domain.number, domain.label])).toEqual([
      [1, 'Public health capacity and capability'],
      [2, 'Data, insight, evidence and evaluation'],
      [3, 'Strategic leadership and accountability'],
      [4, 'System partnerships'],
    ]);
    expect(DOMAIN_NUMBERS).toEqual([1, 2, 3, 4]);
  });

  it('gives each domain a one-sentence description', () => {
    for (const domain of DOMAINS) {
      expect(domain.description).toMatch(/^[A-Z][^.]*\.$/);
    }
  });

  it('finds a domain by number', () => {
    expect(findDomain(4).label).toBe('System partnerships');
  });

  it('recognises only 1, 2, 3 and 4 as domain numbers', () => {
    expect([0, 1, 2, 3, 4, 5, '1'].map(isDomainNumber)).toEqual([false, true, true, true, true, false, false]);
  });
});
