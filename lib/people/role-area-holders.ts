import { roleAreaLabel } from '../catalogue/role-areas';
import { nameWithJobTitle } from '../format/person-names';

// Pure: who on the board holds each of the guide's role areas, so a suggested objective can name
// the person who would own it ("Helen Marsh, Chief People Officer") rather than the area ("People").

type Member = Readonly<{ name: string; jobTitle: string; roleAreas: readonly string[]; isCurrent: boolean }>;

/** Role area id to "Name, Job title" of each current board member holding it, in the order given. */
export type RoleAreaHolders = Readonly<Record<string, readonly string[]>>;

export function roleAreaHolders(members: readonly Member[]): RoleAreaHolders {
  const holders: Record<string, string[]> = {};
  for (const member of members) {
    if (!member.isCurrent) continue;
    for (const area of member.roleAreas) (holders[area] ??= []).push(nameWithJobTitle(member, { omitBlankJobTitle: true }));
  }
  return holders;
}

/** "Helen Marsh, Chief People Officer", or who would hold it when nobody is named for the area yet. */
export function describeHolders(holders: RoleAreaHolders, roleArea: string): string {
  const names = holders[roleArea] ?? [];
  return names.length > 0 ? names.join(' or ') : `Nobody named yet for the ${roleAreaLabel(roleArea).toLowerCase()} role`;
}
