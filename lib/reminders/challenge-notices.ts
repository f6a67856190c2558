import { formatDate } from '../format/dates';
import { withSystem } from '../db/with-tenant';
import { isoDateOf } from '../calendar/calendar-dates';
import { describeTarget } from '../review/challenge-targets';
import { absoluteUrl, challengePath } from '../routes/paths';

// Tells the person who must answer a challenge that it is waiting for them. The reminders job runs
// this on the system path: the application role may not write e-mails (the outbox is the job's),
// so a NED's raise or further question is announced at the job's next run. Each challenge version
// is announced once: the job records it in Challenge.noticeVersion in the same transaction.

export const CHALLENGE_NOTICE_KIND = 'challenge-notice';

const REASON = 'job:reminders';

type ChallengeNoticeMail = Readonly<{ subject: string; text: string }>;

type ChallengeNoticeInput = Readonly<{
  trustName: string;
  recipientName: string;
  heading: string;
  subject: string;
  text: string;
  isFollowUp: boolean;
  responseDueDate: Date | null;
  url: string;
}>;

/** Pure: the e-mail to the person who must answer a challenge. */
function challengeNoticeMail(input: ChallengeNoticeInput): ChallengeNoticeMail {
  const due = input.responseDueDate ? `A response is due by ${formatDate(input.responseDueDate)}.` : 'No due date was set.';
  return {
    subject: `${input.trustName}: ${input.isFollowUp ? 'a further question on a challenge' : 'a challenge'} is waiting for your response`,
    text: [
      `Dear ${input.recipientName},`,
      '',
      `A non-executive director has ${input.isFollowUp ? 'asked a further question on' : 'raised'} a challenge about ${input.heading.toLowerCase()}: ${input.subject}.`,
      '',
      `“${input.text}”`,
      '',
      due,
      '',
      `Read it and respond in Fairboard: ${input.url}`,
      '',
      'You are receiving this because you are asked to answer it: the owner of the objective, or the executive lead for health inequalities.',
    ].join('\n'),
  };
}

type Recipient = Readonly<{ email: string; name: string }>;
type Notice = { trustId: string; kind: string; to: string; subject: string; body: string; dedupeKey: string; transport: string };

/**
 * Writes one outbox message per person who must answer each challenge awaiting a response that has
 * not yet been announced at its current version: the objective's owner when they can sign in to
 * the trust, otherwise the trust's executive leads. Returns how many messages it wrote.
 */
export async function writeChallengeNotices(today: string, transport: string, origin: string): Promise<number> {
  return withSystem(REASON, async (tx) => {
    // One relation per query: the pg adapter would otherwise run them at once on the transaction's connection.
    const rows = await tx.challenge.findMany({
      where: { status: 'open', OR: [{ noticeVersion: null }, { noticeVersion: { lt: tx.challenge.fields.version } }] },
      include: { objective: { select: { title: true, owner: { select: { name: true, userId: true, endDate: true } } } } },
    });
    if (rows.length === 0) return 0;
    const trusts = new Map(
      (await tx.trust.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.trustId))] } }, select: { id: true, name: true, slug: true } })).map(
        (trust) => [trust.id, trust],
      ),
    );
    const questions = await tx.challengeMessage.findMany({
      where: { challengeId: { in: rows.map((row) => row.id) }, kind: 'raise' },
      orderBy: { entryNumber: 'asc' },
      select: { challengeId: true, body: true },
    });
    const latestQuestion = new Map(questions.map((message) => [message.challengeId, message.body]));
    const trustIds = [...new Set(rows.map((row) => row.trustId))];
    const members = await tx.membership.findMany({
      where: { trustId: { in: trustIds }, user: { disabled: false } },
      select: { trustId: true, userId: true, role: true, user: { select: { email: true, displayName: true } } },
    });
    const notices: Notice[] = [];
    for (const row of rows) {
      const owner = row.objective?.owner;
      const ownerMember =
        owner?.userId && !(owner.endDate && isoDateOf(owner.endDate) < today)
          ? members.find((m) => m.trustId === row.trustId && m.userId === owner.userId)
          : undefined;
      const recipients: Recipient[] = ownerMember
        ? [{ email: ownerMember.user.email, name: owner?.name ?? ownerMember.user.displayName }]
        : members.filter((m) => m.trustId === row.trustId && m.role === 'executive_lead').map((m) => ({ email: m.user.email, name: m.user.displayName }));
      const target = describeTarget(row, row.objective?.title ?? null);
      const trust = trusts.get(row.trustId);
      if (!trust) continue;
      for (const recipient of recipients) {
        const to = recipient.email.toLowerCase();
        const mail = challengeNoticeMail({
          trustName: trust.name,
          recipientName: recipient.name,
          heading: target.heading,
          subject: target.subject,
          text: latestQuestion.get(row.id) ?? row.text,
          isFollowUp: row.version > 1,
          responseDueDate: row.responseDueDate,
          url: absoluteUrl(origin, challengePath(trust.slug, row.id)),
        });
        // Ends with the date, like every outbox key, so the job's sender picks it up today.
        notices.push({
          trustId: row.trustId,
          kind: CHALLENGE_NOTICE_KIND,
          to,
          subject: mail.subject,
          body: mail.text,
          dedupeKey: `${CHALLENGE_NOTICE_KIND}:${to}:${row.id}.${row.version}:${today}`,
          transport,
        });
      }
    }
    const written = notices.length === 0 ? 0 : (await tx.outboxMessage.createMany({ data: notices, skipDuplicates: true })).count;
    for (const row of rows) await tx.challenge.update({ where: { id: row.id }, data: { noticeVersion: row.version } });
    return written;
  });
}
