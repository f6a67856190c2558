import { getPrisma } from '../../lib/db/client';

/**
 * What reached the invited address: the newest invitation e-mail to it in the outbox, read on the
 * owner's connection (the application role cannot see these rows), and the token in its link.
 * The only way tests obtain a token, as an invitee would.
 */
export async function invitationMailTo(
  email: string,
  options: Readonly<{ kind?: string; invitationId?: string }> = {},
): Promise<{ body: string; token: string; transport: string; sentAt: Date | null }> {
  const where = {
    to: email.toLowerCase(),
    kind: options.kind ?? 'invitation',
    ...(options.invitationId ? { dedupeKey: { contains: options.invitationId } } : {}),
  };
  const message = await getPrisma().outboxMessage.findFirstOrThrow({ where, orderBy: { createdAt: 'desc' } });
  const match = /\/invitations\/([A-Za-z0-9_-]+)/.exec(message.body);
  return { body: message.body, token: match?.[1] ?? '', transport: message.transport, sentAt: message.sentAt };
}

export async function invitationTokenFor(email: string, invitationId?: string): Promise<string> {
  const { token } = await invitationMailTo(email, { invitationId });
  if (!token) throw new Error(`The invitation e-mail to ${email} holds no link`);
  return token;
}
