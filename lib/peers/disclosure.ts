import type { NhsRegion, TrustType } from '../db/generated/enums';

// Pure: which comparison groups may be shown without letting anyone work out one trust's results.
// Kept apart from the database so the rules can be read, and tested, on their own.

/** A group with fewer trusts than this is never shown. */
export const MIN_GROUP_SIZE = 5;

/** What the rules need to know about one opted-in trust's result in one year: nothing that names it. */
export type PeerMember = Readonly<{ type: TrustType; region: NhsRegion }>;

export type GroupKey = 'all' | `type:${TrustType}` | `region:${NhsRegion}`;

type Group = Readonly<{ key: GroupKey; partition: 'all' | 'type' | 'region'; members: ReadonlySet<number> }>;

/** Every group any opted-in trust could be shown: all trusts, each trust type and each region. */
function candidateGroups(members: readonly PeerMember[]): Group[] {
  const groups = new Map<GroupKey, { partition: Group['partition']; members: Set<number> }>();
  const add = (key: GroupKey, partition: Group['partition'], index: number) => {
    const group = groups.get(key) ?? { partition, members: new Set<number>() };
    group.members.add(index);
    groups.set(key, group);
  };
  members.forEach((member, index) => {
    add('all', 'all', index);
    add(`type:${member.type}`, 'type', index);
    add(`region:${member.region}`, 'region', index);
  });
  // Sorted so that the outcome never depends on the order the database returned the rows in.
  return [...groups].map(([key, group]) => ({ key, ...group })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const PARTITION_ORDER: Readonly<Record<Group['partition'], number>> = { region: 0, type: 1, all: 2 };

/** Which of two groups to give up: the smaller; on a tie a region before a trust type, then by key. */
function lessValuable(a: Group, b: Group): Group {
  if (a.members.size !== b.members.size) return a.members.size < b.members.size ? a : b;
  if (PARTITION_ORDER[a.partition] !== PARTITION_ORDER[b.partition]) return PARTITION_ORDER[a.partition] < PARTITION_ORDER[b.partition] ? a : b;
  return a.key < b.key ? a : b;
}

function differenceSize(a: Group, b: Group): number {
  let size = 0;
  for (const member of a.members) if (!b.members.has(member)) size += 1;
  return size;
}

/** 1 to 4 trusts: a set that small must never be left over by subtracting shown counts. */
const isolates = (size: number) => size > 0 && size < MIN_GROUP_SIZE;

/**
 * The groups that may be shown for one financial year, decided once for every trust alike, so that
 * putting together what different trusts see (one person may sit on two boards) reveals no more
 * than any one view. The rules:
 *
 *   1. A group of fewer than MIN_GROUP_SIZE trusts is not shown.
 *   2. Two shown groups must not differ by 1 to 4 trusts either way. Subtracting one group's counts
 *      from the other's would otherwise give the results of those few trusts: "same type" with 6
 *      trusts and "all" with 7 gives away the seventh trust. This is checked on the actual
 *      members, not just the sizes, so it also covers groups that overlap without one containing
 *      the other (a type and a region): each side's trusts outside the other must be 0 or at
 *      least MIN_GROUP_SIZE. Of the two, the smaller group is not shown (on a tie, the region),
 *      so the widest comparison, all trusts, is the one kept.
 *   3. The trust types (and, separately, the regions) split all trusts into parts. When "all" is
 *      shown, the trusts left outside the shown types must be 0 or at least MIN_GROUP_SIZE, or
 *      "all" minus every shown type would give them away; the smallest shown type is withdrawn
 *      until that holds. The same goes for regions.
 *
 * Rules 2 and 3 are applied again after every withdrawal until nothing changes. What they do not
 * cover: someone who saves the figures and looks again after another trust opts in or has a year
 * approved can see how the counts moved. Counts only, a minimum of five and the rules above keep
 * that from naming a trust on its own, but it is why no trust list, name or count below five is
 * ever shown alongside.
 */
export function shownGroups(members: readonly PeerMember[]): ReadonlySet<GroupKey> {
  const groups = candidateGroups(members);
  const shown = new Map(groups.filter((group) => group.members.size >= MIN_GROUP_SIZE).map((group) => [group.key, group]));
  const withdraw = (group: Group) => shown.delete(group.key);
  let changed = true;
  while (changed) {
    changed = false;
    const list = [...shown.values()];
    pairs: for (const [i, a] of list.entries()) {
      for (const b of list.slice(i + 1)) {
        if (isolates(differenceSize(a, b)) || isolates(differenceSize(b, a))) {
          changed = withdraw(lessValuable(a, b));
          break pairs;
        }
      }
    }
    if (changed) continue;
    const all = shown.get('all');
    if (!all) break;
    for (const partition of ['type', 'region'] as const) {
      const parts = [...shown.values()].filter((group) => group.partition === partition);
      const leftOver = all.members.size - parts.reduce((total, group) => total + group.members.size, 0);
      if (isolates(leftOver) && parts.length > 0) {
        changed = withdraw(parts.reduce(lessValuable));
        break;
      }
    }
  }
  return new Set(shown.keys());
}
