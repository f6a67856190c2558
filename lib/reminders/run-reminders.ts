import { ukDateOf } from '../calendar/financial-year';
import { withSystem } from '../db/with-tenant';
import { logError } from '../logging/logger';
import { isoDateOf } from '../calendar/calendar-dates';
import { writeChallengeNotices } from './challenge-notices';
import { storedBodyAfterSending, type Mailer } from './mailer';
import {
  dedupeKey,
  LEAD_DIGEST_KIND,
  leadDigestMail,
  OWNER_REMINDER_KIND,
  ownerReminderMail,
  planTrustReminders,
  type ReminderObjective,
} from './reminder-rules';
import { absoluteUrl, objectivesPath } from '../routes/paths';

// The reminders job: across every trust, on the named system path. It reads agreed, open
// objectives with their owners, decides (reminder-rules.ts) who needs a reminder today, writes one
// OutboxMessage per recipient per day (the unique dedupe key makes a second run that day add
// nothing), then, when SMTP is configured, sends today's unsent messages one at a time.

const REASON = 'job:reminders';

export type ReminderRunSummary = Readonly<{
  /** The UK date the run was for. */
  date: string;
  transport: Mailer['transport'];
  trustsWithWork: number;
  objectivesFlagged: number;
  messagesCreated: number;
  /** Messages for today that an earlier run had already written. */
  messagesAlreadyThere: number;
  sent: number;
  failed: number;
  ownersNotEmailed: number;
  /** Messages written today to people who must answer a challenge (challenge-notices.ts). */
  challengeNotices: number;
}>;

type TrustWork = { trustId: string; name: string; slug: string; objectives: ReminderObjective[]; leadEmails: string[] };

/** The web address of the trust's objectives, for links in the e-mails. */
function objectivesUrl(origin: string, trustSlug: string): string {
  return absoluteUrl(origin, objectivesPath(trustSlug));
}

async function readWork(today: string): Promise<TrustWork[]> {
  return withSystem(REASON, async (tx) => {
    const rows = await tx.objective.findMany({
      where: { agreedAt: { not: null }, ownerId: { not: null }, currentStatus: { notIn: ['complete', 'deferred'] } },
      select: {
        id: true,
        trustId: true,
        title: true,
        currentStatus: true,
        startDate: true,
        dueDate: true,
        agreedAt: true,
        acceptance: true,
        owner: { select: { id: true, name: true, endDate: true, userId: true, user: { select: { email: true, disabled: true } } } },
        progressUpdates: { orderBy: [{ date: 'desc' }, { entryNumber: 'desc' }], take: 1, select: { date: true } },
      },
    });
    const trustIds = [...new Set(rows.map((row) => row.trustId))];
    if (trustIds.length === 0) return [];
    const trusts = await tx.trust.findMany({ where: { id: { in: trustIds } }, select: { id: true, name: true, slug: true } });
    const memberships = await tx.membership.findMany({
      where: { trustId: { in: trustIds } },
      select: { trustId: true, userId: true, role: true, user: { select: { email: true, disabled: true } } },
    });
    const members = new Set(memberships.filter((m) => !m.user.disabled).map((m) => `${m.trustId}:${m.userId}`));
    return trusts.map((trust) => ({
      trustId: trust.id,
      name: trust.name,
      slug: trust.slug,
      leadEmails: memberships.filter((m) => m.trustId === trust.id && m.role === 'executive_lead' && !m.user.disabled).map((m) => m.user.email.toLowerCase()),
      objectives: rows
        .filter((row) => row.trustId === trust.id && row.owner !== null && row.agreedAt !== null)
        .map((row): ReminderObjective => {
          const owner = row.owner;
          // Only a current board member who can still sign in to this trust is e-mailed.
          const reachable =
            owner?.user && owner.userId && members.has(`${row.trustId}:${owner.userId}`) && !(owner.endDate && isoDateOf(owner.endDate) < today);
          return {
            id: row.id,
            title: row.title,
            currentStatus: row.currentStatus,
            startDate: row.startDate ? isoDateOf(row.startDate) : null,
            dueDate: row.dueDate ? isoDateOf(row.dueDate) : null,
            agreedOn: ukDateOf(row.agreedAt ?? new Date(0)),
            lastUpdateOn: row.progressUpdates[0] ? isoDateOf(row.progressUpdates[0].date) : null,
            acceptance: row.acceptance,
            owner: { id: owner?.id ?? '', name: owner?.name ?? '', email: reachable ? (owner?.user?.email ?? null) : null },
          };
        }),
    }));
  });
}

/** Sends one message if it is still unsent and no other run holds it; reports what happened. */
async function sendOne(mailer: Extract<Mailer, { transport: 'smtp' }>, messageId: string): Promise<'sent' | 'failed' | 'skipped'> {
  return withSystem(REASON, async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM "OutboxMessage" WHERE id = ${messageId}::uuid AND "sentAt" IS NULL FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return 'skipped';
    const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id: messageId } });
    try {
      await mailer.send({ to: message.to, subject: message.subject, text: message.body });
    } catch (error) {
      logError('reminder e-mail not sent', error, { messageId, trustId: message.trustId });
      const detail = error instanceof Error ? error.message : String(error);
      await tx.outboxMessage.update({ where: { id: messageId }, data: { attempts: { increment: 1 }, lastError: detail.slice(0, 1000) } });
      return 'failed';
    }
    await tx.outboxMessage.update({
      where: { id: messageId },
      data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null, body: storedBodyAfterSending(message.kind, message.body) },
    });
    return 'sent';
  });
}

/**
 * Writes (and with SMTP, sends) today's reminders: one to each owner with an objective waiting for
 * their acceptance, overdue, due within 14 days or without an update for 30 days, and one digest to each executive lead of a
 * trust with any such objective. `now` decides "today" (UK date). Safe to run again: nothing is
 * written twice for the same day, and only messages still unsent are sent (failed ones are retried).
 */
export async function runReminders(now: Date, mailer: Mailer, options: Readonly<{ origin?: string }> = {}): Promise<ReminderRunSummary> {
  const today = ukDateOf(now);
  const origin = options.origin ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000';
  const work = await readWork(today);
  let objectivesFlagged = 0;
  let ownersNotEmailed = 0;
  let trustsWithWork = 0;
  const messages: { trustId: string; kind: string; to: string; subject: string; body: string; dedupeKey: string; transport: string }[] = [];
  for (const trust of work) {
    const plan = planTrustReminders(trust.objectives, today);
    if (plan.flagged.length === 0) continue;
    trustsWithWork += 1;
    objectivesFlagged += plan.flagged.length;
    ownersNotEmailed += plan.ownersWithoutEmail.length;
    const url = objectivesUrl(origin, trust.slug);
    for (const reminder of plan.ownerReminders) {
      const mail = ownerReminderMail(trust.name, reminder, today, url);
      messages.push({
        trustId: trust.trustId,
        kind: OWNER_REMINDER_KIND,
        to: reminder.email,
        subject: mail.subject,
        body: mail.text,
        dedupeKey: dedupeKey(OWNER_REMINDER_KIND, reminder.email, today),
        transport: mailer.transport,
      });
    }
    const digest = leadDigestMail(trust.name, plan, today, url);
    for (const email of new Set(trust.leadEmails)) {
      messages.push({
        trustId: trust.trustId,
        kind: LEAD_DIGEST_KIND,
        to: email,
        subject: digest.subject,
        body: digest.text,
        dedupeKey: dedupeKey(LEAD_DIGEST_KIND, email, today),
        transport: mailer.transport,
      });
    }
  }
  // ON CONFLICT DO NOTHING on (trustId, dedupeKey): a message already written today stays as it was.
  const created = messages.length === 0 ? 0 : (await withSystem(REASON, (tx) => tx.outboxMessage.createMany({ data: messages, skipDuplicates: true }))).count;
  const challengeNotices = await writeChallengeNotices(today, mailer.transport, origin);

  let sent = 0;
  let failed = 0;
  if (mailer.transport === 'smtp') {
    const pending = await withSystem(REASON, (tx) =>
      tx.outboxMessage.findMany({
        where: { transport: 'smtp', sentAt: null, dedupeKey: { endsWith: `:${today}` } },
        orderBy: { createdAt: 'asc' },
        select: { id: true },
      }),
    );
    for (const { id } of pending) {
      const outcome = await sendOne(mailer, id);
      if (outcome === 'sent') sent += 1;
      if (outcome === 'failed') failed += 1;
    }
  }
  return {
    date: today,
    transport: mailer.transport,
    trustsWithWork,
    objectivesFlagged,
    messagesCreated: created,
    messagesAlreadyThere: messages.length - created,
    sent,
    failed,
    ownersNotEmailed,
    challengeNotices,
  };
}
