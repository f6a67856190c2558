// What the outbox page receives: the e-mails the reminders job queued and sent.

export type OutboxState = 'outbox' | 'sent' | 'failed' | 'pending';

export type OutboxMessageDto = Readonly<{
  id: string;
  kind: string;
  kindLabel: string;
  to: string;
  subject: string;
  body: string;
  transport: 'smtp' | 'outbox';
  state: OutboxState;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}>;

/**
 * "outbox": kept in the app because no SMTP server is configured. "sent": delivered to the SMTP
 * server. "failed": the SMTP server refused it (the next run that day tries again).
 * "pending": waiting for the job to send it.
 */
