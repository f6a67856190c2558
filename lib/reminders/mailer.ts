import nodemailer from 'nodemailer';
import { z } from 'zod';

// How the app's e-mails leave it. With SMTP settings (SMTP_HOST and friends) messages go through
// nodemailer; without them they stay in the in-app outbox (OutboxMessage rows with transport
// 'outbox') for administrators to read, so nothing needs a mail server to work.

export type OutgoingMail = Readonly<{ to: string; subject: string; text: string }>;

export type Mailer =
  | Readonly<{ transport: 'outbox' }>
  | Readonly<{ transport: 'smtp'; from: string; send: (mail: OutgoingMail) => Promise<void>; close: () => void }>;

export const OUTBOX_ONLY: Mailer = { transport: 'outbox' };

const portField = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : '587'))
  .pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, 'SMTP_PORT must be a port number, like 587')
      .transform(Number),
  )
  .pipe(z.number().int().min(1, 'SMTP_PORT must be between 1 and 65535').max(65535, 'SMTP_PORT must be between 1 and 65535'));

const optionalSetting = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));

const smtpSettingsSchema = z
  .object({
    SMTP_HOST: z.string().trim().min(1),
    SMTP_PORT: portField,
    SMTP_USER: optionalSetting,
    SMTP_PASS: z.string().optional(),
    SMTP_FROM: z
      .string({ error: 'SMTP_FROM must be set when SMTP_HOST is, for example "Fairboard <fairboard@example.nhs.uk>"' })
      .trim()
      .min(1, 'SMTP_FROM must be set when SMTP_HOST is'),
  })
  .superRefine((value, context) => {
    if (value.SMTP_USER && !value.SMTP_PASS) context.addIssue({ code: 'custom', path: ['SMTP_PASS'], message: 'SMTP_PASS must be set when SMTP_USER is' });
  });

export type SmtpSettings = Readonly<{ host: string; port: number; user?: string; pass?: string; from: string }>;

export class MailerSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailerSettingsError';
  }
}

/** The SMTP settings in the environment, null when SMTP_HOST is unset, or a clear error. */
export function smtpSettingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): SmtpSettings | null {
  if (!env.SMTP_HOST || env.SMTP_HOST.trim() === '') return null;
  const parsed = smtpSettingsSchema.safeParse(env);
  if (!parsed.success) throw new MailerSettingsError(`The SMTP settings are incomplete: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  const { SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_FROM } = parsed.data;
  return { host: SMTP_HOST, port: SMTP_PORT, user: SMTP_USER, pass: SMTP_USER ? SMTP_PASS : undefined, from: SMTP_FROM };
}

/**
 * Sends through an SMTP server: implicit TLS on port 465, otherwise STARTTLS when the server
 * offers it. Timeouts stay well inside the reminders job's per-message transaction.
 */
function createSmtpMailer(settings: SmtpSettings): Mailer {
  const transporter = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.port === 465,
    auth: settings.user ? { user: settings.user, pass: settings.pass ?? '' } : undefined,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 8_000,
  });
  return {
    transport: 'smtp',
    from: settings.from,
    send: async (mail) => {
      await transporter.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transporter.close(),
  };
}

/**
 * The copy of a sent e-mail the outbox keeps. An invitation's link is a credential, so once the
 * e-mail has left, the stored copy no longer holds a working one (the database alone then reveals
 * no usable link). Other e-mails are kept as sent.
 */
export function storedBodyAfterSending(kind: string, body: string): string {
  return kind.startsWith('invitation') ? body.replace(/\S*\/invitations\/[A-Za-z0-9_%-]+/g, '[link removed once sent]') : body;
}

/** SMTP when SMTP_HOST is set, otherwise the in-app outbox. */
export function mailerFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Mailer {
  const settings = smtpSettingsFromEnv(env);
  return settings ? createSmtpMailer(settings) : OUTBOX_ONLY;
}
