import { ukDateOf } from '../calendar/financial-year';
import { withSystem } from '../db/with-tenant';
import { logError } from '../logging/logger';
import { mailerFromEnv, storedBodyAfterSending, type Mailer } from '../reminders/mailer';
import { absoluteUrl, invitationPath } from '../routes/paths';

// An invitation link is a credential: whoever opens it may create the invited address's account.
// So it goes only to the invited address, through the same outbox the reminders use: sent at once
// by SMTP when a mail server is set (the stored copy then loses the link), otherwise kept in the
// outbox for the operator's mail relay. The application role cannot read these rows (row-level
// security hides the kinds starting "invitation"), so the administrator who invited someone
// never sees the link, on the outbox page, in the audit trail or in the trust's data export.

export const INVITATION_KIND = 'invitation';
/** Sent when someone uses the "create your account" step for an address that already has one. */
export const INVITATION_SIGN_IN_KIND = 'invitation-sign-in';

const REASON = 'invitation-mail';

export type InvitationMail = Readonly<{ subject: string; text: string }>;

export function invitationUrl(origin: string, token: string): string {
  return absoluteUrl(origin, invitationPath(token));
}

/** Pure: the e-mail carrying the invitation link. */
export function invitationMail(trustName: string, url: string, lifetimeDays: number): InvitationMail {
  return {
    subject: `You have been invited to join ${trustName} on Fairboard`,
    text: [
      `You have been invited to join ${trustName} on Fairboard, the board development service.`,
      '',
      `Open this link to accept: ${url}`,
      '',
      `The link works once and expires in ${lifetimeDays} days. If you already use Fairboard with this email address, sign in when the page asks you to. If you were not expecting this invitation, you can ignore this email.`,
    ].join('\n'),
  };
}

/** Pure: tells someone who already has an account that "create your account" changed nothing. */
export function existingAccountMail(trustName: string, url: string): InvitationMail {
  return {
    subject: `Sign in to accept your invitation to ${trustName}`,
    text: [
      `Someone used your invitation to ${trustName} to create a Fairboard account for this email address, but you already have one.`,
      '',
      'Nothing was changed: your password is the same as before.',
      '',
      `To accept the invitation, open this link and sign in with your existing password: ${url}`,
      '',
      'If this was not you, you can ignore this email. Nobody can join with your account without your password.',
    ].join('\n'),
  };
}

/** `actorUserId`: the administrator who invited, recorded in the audit trail; none for the invitee. */
type Delivery = Readonly<{ trustId: string; kind: string; to: string; invitationId: string; mail: InvitationMail; now: Date; actorUserId?: string }>;

/**
 * Writes the e-mail to the outbox on the system path and, with SMTP, sends it at once. One per
 * invitation, kind and day: a second "create account" attempt the same day sends nothing more.
 * A refused send stays pending with its error; the reminders job retries it that day.
 */
export async function deliverInvitationMail(delivery: Delivery, given?: Mailer): Promise<void> {
  const mailer = given ?? mailerFromEnv();
  try {
    await writeAndSend(delivery, mailer);
  } finally {
    if (!given && mailer.transport === 'smtp') mailer.close();
  }
}

async function writeAndSend(delivery: Delivery, mailer: Mailer): Promise<void> {
  const to = delivery.to.toLowerCase();
  const message = await withSystem(
    REASON,
    async (tx) => {
      const data = {
        trustId: delivery.trustId,
        kind: delivery.kind,
        to,
        subject: delivery.mail.subject,
        body: delivery.mail.text,
        dedupeKey: `${delivery.kind}:${to}:${delivery.invitationId}:${ukDateOf(delivery.now)}`,
        transport: mailer.transport,
      };
      const written = await tx.outboxMessage.createMany({ data: [data], skipDuplicates: true });
      return written.count === 0
        ? null
        : tx.outboxMessage.findUniqueOrThrow({ where: { trustId_dedupeKey: { trustId: data.trustId, dedupeKey: data.dedupeKey } }, select: { id: true } });
    },
    delivery.actorUserId,
  );
  if (!message || mailer.transport !== 'smtp') return;
  try {
    await mailer.send({ to, subject: delivery.mail.subject, text: delivery.mail.text });
    await withSystem(
      REASON,
      (tx) =>
        tx.outboxMessage.update({
          where: { id: message.id },
          data: { sentAt: new Date(), attempts: { increment: 1 }, body: storedBodyAfterSending(delivery.kind, delivery.mail.text) },
        }),
      delivery.actorUserId,
    );
  } catch (error) {
    logError('invitation e-mail not sent', error, { messageId: message.id, trustId: delivery.trustId });
    const detail = error instanceof Error ? error.message : String(error);
    await withSystem(
      REASON,
      (tx) => tx.outboxMessage.update({ where: { id: message.id }, data: { attempts: { increment: 1 }, lastError: detail.slice(0, 1000) } }),
      delivery.actorUserId,
    );
  }
}
