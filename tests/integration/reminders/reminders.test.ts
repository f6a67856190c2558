import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { createObjective } from '../../../lib/objectives/mutations';
import { recordProgress } from '../../../lib/objectives/progress-mutations';
import { respondToObjective } from '../../../lib/objectives/acceptance-mutations';
import { respondToObjectiveSchema } from '../../../lib/objectives/schemas';
import { mailerFromEnv, OUTBOX_ONLY, type Mailer } from '../../../lib/reminders/mailer';
import { listOutbox } from '../../../lib/reminders/outbox-queries';
import { runReminders } from '../../../lib/reminders/run-reminders';
import { resetDatabase } from '../setup/reset-db';
import { createTestBoardMember, createTestTrust, type TestTrust } from '../../support/fixtures';
import { agreedObjective, boardOf, parseCreate, parseProgress, smartForm } from '../objectives/objective-fixtures';

/** 20 July 2026: 35 days after the objectives were agreed (NOW in the fixtures, 15 June). */
const RUN = new Date('2026-07-20T06:00:00Z');
const NEXT_DAY = new Date('2026-07-21T06:00:00Z');

let trust: TestTrust;
let board: Awaited<ReturnType<typeof boardOf>>;
let emails: { director: string; lead: string };

async function emailOf(userId: string): Promise<string> {
  return (await getPrisma().user.findUniqueOrThrow({ where: { id: userId } })).email;
}

/** Dana has accepted her agreed objectives, so these reminders are about progress (acceptance has its own test). */
async function acceptedByDana(objectiveId: string): Promise<string> {
  await respondToObjective(board.director, respondToObjectiveSchema.parse({ objectiveId, answer: 'accept' }), RUN);
  return objectiveId;
}

/**
 * Dana (with an account) owns one overdue objective, one due within 14 days and one updated
 * recently; Uma (no account) owns one with no update for 35 days. A completed objective, a draft
 * and a quiet trust next door need nothing.
 */
beforeEach(async () => {
  await resetDatabase();
  trust = await createTestTrust({ name: 'Riverside NHS Trust' });
  board = await boardOf(trust);
  emails = { director: await emailOf(board.director.userId), lead: await emailOf(board.lead.userId) };
  const dana = board.directorMember.id;
  const uma = (await createTestBoardMember(trust, { name: 'Uma Unlinked', isExecutive: true })).id;
  await acceptedByDana(await agreedObjective(board.lead, dana, { title: 'Overdue objective', dueDate: '2026-07-10' }));
  await acceptedByDana(await agreedObjective(board.lead, dana, { title: 'Due soon objective', dueDate: '2026-07-30' }));
  const recent = await acceptedByDana(await agreedObjective(board.lead, dana, { title: 'Recently updated objective' }));
  await recordProgress(board.director, parseProgress({ objectiveId: recent, date: '2026-07-15', status: 'on_track' }), RUN);
  await agreedObjective(board.lead, uma, { title: 'Quiet objective' });
  const done = await agreedObjective(board.lead, dana, { title: 'Completed objective', dueDate: '2026-07-01' });
  await recordProgress(board.director, parseProgress({ objectiveId: done, date: '2026-07-01', status: 'complete' }), RUN);
  await createObjective(board.lead, parseCreate(smartForm(dana, { title: 'Draft objective', dueDate: '2026-07-01' })), RUN);
  const quietTrust = await boardOf(await createTestTrust());
  const fine = await agreedObjective(quietTrust.lead, quietTrust.directorMember.id, { title: 'Fine elsewhere' });
  await respondToObjective(quietTrust.director, respondToObjectiveSchema.parse({ objectiveId: fine, answer: 'accept' }), RUN);
  await recordProgress(quietTrust.director, parseProgress({ objectiveId: fine, date: '2026-07-19', status: 'on_track' }), RUN);
});

function outboxRows() {
  return getPrisma().outboxMessage.findMany({ orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }] });
}

describe('the reminders job without SMTP', () => {
  it('writes one reminder per owner and one digest per executive lead to the in-app outbox', async () => {
    const summary = await runReminders(RUN, OUTBOX_ONLY, { origin: 'https://fairboard.example.nhs.uk' });

    expect(summary).toEqual({
      date: '2026-07-20',
      transport: 'outbox',
      trustsWithWork: 1,
      objectivesFlagged: 3,
      messagesCreated: 2,
      messagesAlreadyThere: 0,
      sent: 0,
      failed: 0,
      ownersNotEmailed: 1,
      challengeNotices: 0,
    });
    const [digest, reminder] = await outboxRows();
    expect(reminder).toMatchObject({
      kind: 'objective-reminder',
      to: emails.director,
      transport: 'outbox',
      sentAt: null,
      dedupeKey: `objective-reminder:${emails.director}:2026-07-20`,
      subject: 'Riverside NHS Trust: 2 objectives need a progress update',
    });
    expect(reminder?.body).toMatch(/Overdue objective\n {2}Overdue; No progress update for 30 days \(not started, due 10 July 2026, no updates yet\)/);
    expect(reminder?.body).toContain('Due soon objective');
    expect(reminder?.body).not.toContain('Recently updated objective');
    expect(reminder?.body).toContain(`https://fairboard.example.nhs.uk/t/${trust.slug}/objectives`);
    expect(digest).toMatchObject({ kind: 'objective-digest', to: emails.lead, subject: 'Riverside NHS Trust: 3 objectives need attention (1 overdue)' });
    expect(digest?.body).toContain('Quiet objective');
    expect(digest?.body).toContain('not e-mailed, because they have no Fairboard account or are no longer on the board: Uma Unlinked');
  });

  it('adds nothing when run again the same day, even twice at once, and writes afresh the next day', async () => {
    await runReminders(RUN, OUTBOX_ONLY);
    const again = await Promise.all([runReminders(RUN, OUTBOX_ONLY), runReminders(new Date('2026-07-20T20:00:00Z'), OUTBOX_ONLY)]);

    expect(again.map((summary) => [summary.messagesCreated, summary.messagesAlreadyThere])).toEqual([
      [0, 2],
      [0, 2],
    ]);
    expect(await getPrisma().outboxMessage.count()).toBe(2);
    expect((await runReminders(NEXT_DAY, OUTBOX_ONLY)).messagesCreated).toBe(2);
    expect(await getPrisma().outboxMessage.count()).toBe(4);
  });

  it('shows the outbox to administrators only, newest first', async () => {
    await runReminders(RUN, OUTBOX_ONLY);
    const outbox = await listOutbox(board.admin);
    expect(outbox.map((message) => [message.kindLabel, message.state])).toEqual(
      expect.arrayContaining([
        ['Reminder to an objective owner', 'outbox'],
        ['Digest for the executive lead', 'outbox'],
      ]),
    );
    for (const ctx of [board.lead, board.director, board.ned]) await expect(listOutbox(ctx)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

type Received = { from: string; to: string[]; raw: string };

/** A real SMTP server in this process, with a login, that can be told to refuse recipients. */
async function startSmtpServer(): Promise<{ server: SMTPServer; port: number; received: Received[]; refuse: { on: boolean } }> {
  const received: Received[] = [];
  const refuse = { on: false };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'fairboard' && auth.password === 's3cret') callback(null, { user: 'fairboard' });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(_address, _session, callback) {
      callback(refuse.on ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received, refuse };
}

describe('the reminders job with SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: Mailer;

  beforeEach(async () => {
    smtp = await startSmtpServer();
    mailer = mailerFromEnv({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_USER: 'fairboard',
      SMTP_PASS: 's3cret',
      SMTP_FROM: 'Fairboard <fairboard@example.nhs.uk>',
    });
  });

  afterEach(async () => {
    if (mailer.transport === 'smtp') mailer.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it('sends each message once over SMTP and marks it sent; a second run that day sends nothing', async () => {
    const summary = await runReminders(RUN, mailer);

    expect(summary).toMatchObject({ transport: 'smtp', messagesCreated: 2, sent: 2, failed: 0 });
    expect(smtp.received.map((mail) => mail.to).sort()).toEqual([[emails.director], [emails.lead]].sort());
    expect(smtp.received.every((mail) => mail.from === 'fairboard@example.nhs.uk')).toBe(true);
    expect(smtp.received.map((mail) => mail.raw).join('\n')).toContain('Subject: Riverside NHS Trust: 2 objectives need a progress update');
    expect((await outboxRows()).every((row) => row.transport === 'smtp' && row.sentAt !== null && row.attempts === 1)).toBe(true);
    expect((await listOutbox(board.admin)).map((message) => message.state)).toEqual(['sent', 'sent']);

    expect(await runReminders(RUN, mailer)).toMatchObject({ messagesCreated: 0, sent: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('keeps a refused message unsent with the reason, and sends it when the job runs again that day', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    smtp.refuse.on = true;
    expect(await runReminders(RUN, mailer)).toMatchObject({ messagesCreated: 2, sent: 0, failed: 2 });
    const failed = await outboxRows();
    expect(failed.every((row) => row.sentAt === null && row.attempts === 1 && /Mailbox unavailable/.test(row.lastError ?? ''))).toBe(true);
    expect((await listOutbox(board.admin)).map((message) => message.state)).toEqual(['failed', 'failed']);
    expect(log).toHaveBeenCalledTimes(2);
    // The log names the message and trust, never the recipient.
    expect(log.mock.calls.map((call) => String(call[0])).join('\n')).not.toContain(emails.director);
    log.mockRestore();

    smtp.refuse.on = false;
    expect(await runReminders(RUN, mailer)).toMatchObject({ messagesCreated: 0, sent: 2, failed: 0 });
    expect(smtp.received).toHaveLength(2);
    expect((await outboxRows()).every((row) => row.sentAt !== null && row.attempts === 2 && row.lastError === null)).toBe(true);
  });

  it('refuses a wrong login without marking anything sent', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const wrong = mailerFromEnv({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_USER: 'fairboard',
      SMTP_PASS: 'wrong',
      SMTP_FROM: 'fairboard@example.nhs.uk',
    });
    try {
      expect(await runReminders(RUN, wrong)).toMatchObject({ sent: 0, failed: 2 });
    } finally {
      if (wrong.transport === 'smtp') wrong.close();
    }
    expect(smtp.received).toHaveLength(0);
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});

describe('npm run jobs:reminders', () => {
  it('runs the job for the date given, prints a summary, and writes nothing new when run again that day', () => {
    const run = () =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/jobs-reminders.ts', '--date', '2026-07-20'], {
        env: { ...process.env, SMTP_HOST: '', FAIRBOARD_QUIET_LOGS: '1' },
        encoding: 'utf8',
        timeout: 60_000,
      });

    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Reminders for 2026-07-20, through the in-app outbox (SMTP_HOST is not set):');
    expect(first.stdout).toContain('objectives needing attention: 3 in 1 trust(s)');
    expect(first.stdout).toContain('messages written: 2 new, 0 already written earlier today');

    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('messages written: 0 new, 2 already written earlier today');
  });

  it('exits non-zero with a clear message for a date that does not exist', () => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/jobs-reminders.ts', '--date', '2026-02-30'], {
      env: process.env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Error: --date must be a real date, like 2026-04-30');
    expect(result.stdout).toBe('');
  });
});
