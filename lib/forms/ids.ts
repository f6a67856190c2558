import { z } from 'zod';

const uuid = z.uuid();

/** Ids in URLs are checked before they reach a query, so a malformed one is a 404, not an error. */
export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}
