import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { formatDateTime } from '@/lib/format/dates';
import type { OutboxMessageDto, OutboxState } from '@/lib/reminders/reminder-dto';
import { listOutbox, OUTBOX_PAGE_SIZE } from '@/lib/reminders/outbox-queries';
import { objectivesPath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Reminder e-mails' };

const STATES: Readonly<Record<OutboxState, Readonly<{ label: string; colour: string }>>> = {
  outbox: { label: 'In the outbox', colour: 'grey' },
  sent: { label: 'Sent', colour: 'green' },
  failed: { label: 'Not sent yet', colour: 'red' },
  pending: { label: 'Waiting to send', colour: 'blue' },
};

function Message({ message }: Readonly<{ message: OutboxMessageDto }>) {
  const state = STATES[message.state];
  return (
    <li>
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{message.subject}</h2>
      <p className="nhsuk-u-margin-bottom-2">
        <strong className={`nhsuk-tag nhsuk-tag--${state.colour}`}>{state.label}</strong> {message.kindLabel}, to {message.to}. Made on{' '}
        {formatDateTime(message.createdAt)}
        {message.sentAt ? `, sent on ${formatDateTime(message.sentAt)}` : ''}.
      </p>
      {message.state === 'failed' && message.lastError ? <p className="nhsuk-body-s">The mail server’s last answer: {message.lastError}</p> : null}
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            Read the message<span className="nhsuk-u-visually-hidden">: {message.subject}</span>
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <p style={{ whiteSpace: 'pre-line' }}>{message.body}</p>
        </div>
      </details>
    </li>
  );
}

/** The reminder job's e-mails, newest first: where they wait when no mail server is set up. */
export default async function OutboxPage({ params }: PageProps<'/t/[trustSlug]/objectives/outbox'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'outbox.view');
  const messages = await listOutbox(ctx);
  const waiting = messages.filter((message) => message.state === 'outbox').length;
  return (
    <>
      <BackLink href={objectivesPath(ctx.trustSlug)}>Back to objectives</BackLink>
      <h1>Reminder e-mails</h1>
      <p className="nhsuk-lede-text">
        The reminders job e-mails owners whose updates are due or overdue, and sends the executive lead a digest. With no mail server set up, the e-mails wait
        here instead.
      </p>
      {messages.length === 0 ? (
        <p>There are no reminder e-mails yet.</p>
      ) : (
        <>
          <p>
            {waiting} {waiting === 1 ? 'message is' : 'messages are'} in the outbox.{' '}
            {messages.length >= OUTBOX_PAGE_SIZE ? `Showing the newest ${OUTBOX_PAGE_SIZE}.` : null}
          </p>
          <ul className="nhsuk-list nhsuk-list--border">
            {messages.map((message) => (
              <Message key={message.id} message={message} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
