import { hashPassword } from '../../lib/auth/passwords';
import type { Sql } from '../../tests/support/security-sql';

/**
 * Accounts made for one security spec, written as the superuser into the e2e database, so the
 * spec can change roles, lock accounts and end sessions without disturbing the demo accounts
 * the other specs sign in with.
 */
export type ThrowawayUser = { userId: string; email: string; password: string; membershipId: string | null };

export const THROWAWAY_PASSWORD = 'Throwaway-account-password-2026';

export async function createThrowawayUser(sql: Sql, local: string, membership?: { trustSlug: string; role: string }): Promise<ThrowawayUser> {
  const email = `${local}.${Date.now()}@throwaway.fairboard.test`;
  const [user] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, email, "displayName", "passwordHash", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, now()) RETURNING id::text`,
    [email, `Throwaway ${local}`, await hashPassword(THROWAWAY_PASSWORD)],
  );
  let membershipId: string | null = null;
  if (membership) {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO "Membership" (id, "trustId", "userId", role, "updatedAt")
       SELECT gen_random_uuid(), t.id, $1::uuid, $2::"MemberRole", now() FROM "Trust" t WHERE t.slug = $3 RETURNING id::text`,
      [user!.id, membership.role, membership.trustSlug],
    );
    membershipId = row!.id;
  }
  return { userId: user!.id, email, password: THROWAWAY_PASSWORD, membershipId };
}

export async function removeThrowawayUsers(sql: Sql, users: ThrowawayUser[]): Promise<void> {
  if (users.length === 0) return;
  const emails = users.map((user) => user.email);
  await sql(`DELETE FROM "SignInThrottle" WHERE key = ANY($1::text[])`, [emails.map((email) => `account:${email}`)]);
  await sql(`DELETE FROM "User" WHERE id = ANY($1::uuid[])`, [users.map((user) => user.userId)]);
}

/** Session rows of some users, as one comparable string: count and digest of every column. */
export async function sessionDigest(sql: Sql, userIds: string[]): Promise<string> {
  const [row] = await sql<{ digest: string }>(
    `SELECT count(*)::text || ':' || coalesce(md5(string_agg(s::text, '|' ORDER BY s.id)), '') AS digest FROM "AuthSession" s WHERE s."userId" = ANY($1::uuid[])`,
    [userIds],
  );
  return row!.digest;
}
