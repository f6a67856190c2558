import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIN_GROUP_SIZE, shownGroups, type GroupKey, type PeerMember } from '../../../lib/peers/disclosure';

type Type = PeerMember['type'];
type Region = PeerMember['region'];

function trusts(count: number, type: Type, region: Region): PeerMember[] {
  return Array.from({ length: count }, () => ({ type, region }));
}

const shown = (members: PeerMember[]) => [...shownGroups(members)].sort();

function membersOf(key: GroupKey, members: readonly PeerMember[]): Set<number> {
  return new Set(members.flatMap((member, index) => (key === 'all' || key === `type:${member.type}` || key === `region:${member.region}` ? [index] : [])));
}

describe('which peer groups may be shown', () => {
  it('shows nothing with four trusts', () => {
    expect(shown(trusts(4, 'acute', 'north_west'))).toEqual([]);
  });

  it('shows the three identical groups with five trusts', () => {
    expect(shown(trusts(5, 'acute', 'north_west'))).toEqual(['all', 'region:north_west', 'type:acute']);
  });

  it('with six trusts, withholds the groups of five that one trust away from "all" would give away', () => {
    expect(shown([...trusts(5, 'acute', 'north_west'), ...trusts(1, 'community', 'london')])).toEqual(['all']);
  });

  it('withholds the smaller of two nested groups that differ by fewer than five: "same type" 6 and "all" 7', () => {
    expect(shown([...trusts(6, 'acute', 'london'), ...trusts(1, 'community', 'london')])).toEqual(['all', 'region:london']);
  });

  it('keeps nested groups that differ by five or more', () => {
    expect(shown([...trusts(6, 'acute', 'london'), ...trusts(5, 'community', 'london')])).toEqual(['all', 'region:london', 'type:acute', 'type:community']);
  });

  it('checks overlapping groups on their members, not just their sizes', () => {
    // Acute (10) and South West (6) are not nested: South West minus acute is one community trust,
    // and so is community (6) minus London (5). The smaller group of each pair is withheld.
    const members = [
      ...trusts(5, 'acute', 'north_west'),
      ...trusts(5, 'acute', 'south_west'),
      ...trusts(1, 'community', 'south_west'),
      ...trusts(5, 'community', 'london'),
    ];
    expect(shown(members)).toEqual(['all', 'region:north_west', 'type:acute', 'type:community']);
  });

  it('withholds a type when "all" minus every shown type would leave one to four trusts', () => {
    // 10 acute + 6 mental health + 1 ambulance: all (17) minus both shown types leaves the ambulance trust.
    const members = [...trusts(10, 'acute', 'midlands'), ...trusts(6, 'mental_health_learning_disability', 'midlands'), ...trusts(1, 'ambulance', 'midlands')];
    expect(shown(members)).toEqual(['all', 'region:midlands', 'type:acute']);
  });

  it('never leaves a set of one to four trusts that subtracting shown groups would reveal (random mixes)', () => {
    const type = fc.constantFrom<Type>('acute', 'community', 'ambulance');
    const region = fc.constantFrom<Region>('london', 'north_west', 'south_west');
    fc.assert(
      fc.property(fc.array(fc.record({ type, region }), { maxLength: 40 }), (members) => {
        const keys = [...shownGroups(members)];
        const sets = keys.map((key) => membersOf(key, members));
        for (const set of sets) expect(set.size).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
        for (const a of sets) {
          for (const b of sets) {
            const outside = [...a].filter((member) => !b.has(member)).length;
            expect(outside === 0 || outside >= MIN_GROUP_SIZE).toBe(true);
          }
        }
        if (keys.includes('all')) {
          for (const partition of ['type:', 'region:']) {
            const covered = keys.filter((key) => key.startsWith(partition)).reduce((total, key) => total + membersOf(key as GroupKey, members).size, 0);
            const leftOver = members.length - covered;
            expect(leftOver === 0 || leftOver >= MIN_GROUP_SIZE).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same answer whatever order the trusts come in', () => {
    const members = [
      ...trusts(5, 'acute', 'north_west'),
      ...trusts(5, 'acute', 'south_west'),
      ...trusts(6, 'community', 'south_west'),
      ...trusts(1, 'ambulance', 'london'),
    ];
    expect(shown([...members].reverse())).toEqual(shown(members));
  });
});
