import type { Tx } from '../db/with-tenant';

/**
 * The display names of the people who acted (who created, updated, approved or exported
 * something), keyed by user id, for every domain that shows "by whom". It reads in the transaction
 * its caller opened with withTenant; ids of accounts that no longer exist are simply missing from
 * the map, so a caller shows them as null. Null ids (a command-line job) are skipped.
 */
export async function displayNames(tx: Tx, userIds: readonly (string | null)[]): Promise<ReadonlyMap<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  return new Map(users.map((user) => [user.id, user.displayName]));
}
