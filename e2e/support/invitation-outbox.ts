import { expect } from '@playwright/test';
import { openE2eDatabase } from '../security/victim-values';

/**
 * The invitation link as the invitee receives it: from the e-mail in the outbox (the e2e server has
 * no mail server), read as the superuser. The inviter's pages never show it.
 */
export async function invitationPathFromOutbox(email: string): Promise<string> {
  const db = await openE2eDatabase();
  try {
    const { rows } = await db.query<{ body: string }>(
      `SELECT body FROM "OutboxMessage" WHERE "to" = $1 AND kind = 'invitation' ORDER BY "createdAt" DESC LIMIT 1`,
      [email.toLowerCase()],
    );
    const path = /\/invitations\/[A-Za-z0-9_-]{40,}/.exec(rows[0]?.body ?? '')?.[0];
    expect(path, `an invitation e-mail to ${email} in the outbox`).toBeTruthy();
    return path ?? '';
  } finally {
    await db.end();
  }
}
