import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import { isUuid } from '@/lib/forms/ids';
import { listBoardMembers } from '@/lib/people/queries';
import type { ObjectiveDto } from '@/lib/objectives/objective-detail-dto';
import { getObjective } from '@/lib/objectives/queries';
import type { TenantContext } from '@/lib/tenancy/context';
import type { BoardMemberOption } from '@/components/objectives/objective-form-fields';

/**
 * A missing or foreign objective, or a malformed id, is a 404 like any page that does not exist.
 * Read once per request: the page and its title share it.
 */
export const loadObjective = cache(async (ctx: TenantContext, objectiveId: string): Promise<ObjectiveDto> => {
  if (!isUuid(objectiveId)) notFound();
  return getObjective(ctx, objectiveId).catch(notFoundIfMissing);
});

export type BoardMemberChoices = Readonly<{
  /** Board members serving now, by name. */
  current: readonly BoardMemberOption[];
  /** Everyone who has been on the board, for showing names in comparisons. */
  names: Readonly<Record<string, string>>;
}>;

/** The people an objective can be given to. Callers check 'objective.manage' first. */
export async function loadBoardMemberChoices(ctx: TenantContext): Promise<BoardMemberChoices> {
  const members = await listBoardMembers(ctx);
  return {
    current: members
      .filter((member) => member.isCurrent)
      .map((member) => ({ id: member.id, name: member.name, jobTitle: member.jobTitle, isExecutive: member.isExecutive }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    names: Object.fromEntries(members.map((member) => [member.id, member.name])),
  };
}
