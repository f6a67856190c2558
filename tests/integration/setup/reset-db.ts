import { getPrisma } from '../../../lib/db/client';

/** Empties every table from the roots down; the audit trail's append-only trigger ignores TRUNCATE. */
export async function resetDatabase(): Promise<void> {
  await getPrisma().$executeRawUnsafe('TRUNCATE "Trust", "User", "AuthSession", "SignInThrottle", "AuditEvent" RESTART IDENTITY CASCADE');
}
