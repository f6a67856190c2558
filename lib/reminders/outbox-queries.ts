import { withTenant } from '../db/with-tenant';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { CHALLENGE_NOTICE_KIND } from './challenge-notices';
import { LEAD_DIGEST_KIND, OWNER_REMINDER_KIND } from './reminder-rules';
import type { OutboxMessageDto, OutboxState } from './reminder-dto';

const KIND_LABELS: Readonly<Record<string, string>> = {
  [OWNER_REMINDER_KIND]: 'Reminder to an objective owner',
  [LEAD_DIGEST_KIND]: 'Digest for the executive lead',
  [CHALLENGE_NOTICE_KIND]: 'Challenge waiting for a response',
};

export const OUTBOX_PAGE_SIZE = 200;

/** The trust's e-mails, newest first: the in-app outbox administrators read when SMTP is not set up. */
export async function listOutbox(ctx: TenantContext, options: Readonly<{ limit?: number }> = {}): Promise<OutboxMessageDto[]> {
  assertCan(ctx, 'outbox.view');
  const take = Math.min(Math.max(options.limit ?? OUTBOX_PAGE_SIZE, 1), OUTBOX_PAGE_SIZE);
  return withTenant(ctx, async (tx) => {
    const rows = await tx.outboxMessage.findMany({ where: { trustId: ctx.trustId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take });
    return rows.map((row) => {
      const transport = row.transport === 'smtp' ? 'smtp' : 'outbox';
      const state: OutboxState = transport === 'outbox' ? 'outbox' : row.sentAt ? 'sent' : row.lastError ? 'failed' : 'pending';
      return {
        id: row.id,
        kind: row.kind,
        kindLabel: KIND_LABELS[row.kind] ?? row.kind,
        to: row.to,
        subject: row.subject,
        body: row.body,
        transport,
        state,
        createdAt: row.createdAt,
        sentAt: row.sentAt,
        attempts: row.attempts,
        lastError: row.lastError,
      };
    });
  });
}
