import { ukDateOf } from '../calendar/financial-year';
import { withTenant, type Tx } from '../db/with-tenant';
import { dateFromIso } from '../calendar/calendar-dates';
import { defaultResponseDueDate } from './challenge-due';
import { AppError, fieldError } from '../errors/app-error';
import { isUuid } from '../forms/ids';
import { can } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { CHALLENGE_NOT_FOUND, findChallengeRow, mayClose, mayRespond } from './challenge-queries';
import { resolveChallengeTarget } from './challenge-targets';
import type { AskFollowUpInput, CloseChallengeInput, RaiseChallengeInput, RespondToChallengeInput } from './schemas';

// A challenge's life: raised by a non-executive director, responded to by the executive lead (or
// the objective's owner), asked again if need be, and closed by the NED who raised it or the
// chair. Every step adds a message; nothing in the thread is ever rewritten.

export type ChallengeVersion = Readonly<{ id: string; version: number }>;

const RAISE_FORBIDDEN = 'Only non-executive directors, including the chair, can raise a challenge.';

/** Locks the challenge's row until the transaction ends, so two people acting at once take turns. */
async function lockChallenge(tx: Tx, ctx: TenantContext, challengeId: string) {
  if (!isUuid(challengeId)) throw new AppError('NOT_FOUND', CHALLENGE_NOT_FOUND);
  await tx.$queryRaw`SELECT 1 FROM "Challenge" WHERE id = ${challengeId}::uuid AND "trustId" = ${ctx.trustId}::uuid FOR UPDATE`;
  return findChallengeRow(tx, ctx, challengeId);
}

function assertOpen(row: Readonly<{ status: string }>, action: string): void {
  if (row.status === 'closed') throw new AppError('INVALID_STATE', `This challenge has been closed, so it cannot ${action}.`);
}

function assertExpectedVersion(row: Readonly<{ version: number }>, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    throw new AppError(
      'CONFLICT',
      'Someone else added to this challenge while you were writing. Reload the page to read it; what you typed is still here to copy.',
    );
  }
}

/** Raises a challenge on an answer, a domain result or an objective of this trust. */
export async function raiseChallenge(ctx: TenantContext, input: RaiseChallengeInput, now = new Date()): Promise<ChallengeVersion> {
  if (!can(ctx, 'challenge.raise')) throw new AppError('FORBIDDEN', RAISE_FORBIDDEN);
  const today = ukDateOf(now);
  const dueDate = input.responseDueDate ?? defaultResponseDueDate(today);
  if (dueDate < today) {
    const message = 'The date the response is due must be today or later';
    throw fieldError('responseDueDate', message);
  }
  return withTenant(ctx, async (tx) => {
    const target = await resolveChallengeTarget(tx, ctx, input);
    const challenge = await tx.challenge.create({
      data: { trustId: ctx.trustId, ...target, text: input.text, raisedById: ctx.userId, responseDueDate: dateFromIso(dueDate) },
      select: { id: true, version: true },
    });
    await tx.challengeMessage.create({ data: { trustId: ctx.trustId, challengeId: challenge.id, kind: 'raise', authorId: ctx.userId, body: input.text } });
    return challenge;
  });
}

async function addMessage(
  tx: Tx,
  ctx: TenantContext,
  row: Readonly<{ id: string; version: number }>,
  kind: 'raise' | 'response' | 'close',
  body: string,
  status: 'open' | 'answered' | 'closed',
  now: Date,
): Promise<ChallengeVersion> {
  await tx.challengeMessage.create({ data: { trustId: ctx.trustId, challengeId: row.id, kind, authorId: ctx.userId, body } });
  return tx.challenge.update({
    where: { id: row.id, trustId: ctx.trustId },
    data: { status, version: row.version + 1, ...(status === 'closed' ? { closedAt: now, closedById: ctx.userId } : {}) },
    select: { id: true, version: true },
  });
}

/** The executive's response. The executive lead and administrators may respond to any challenge; an objective's owner to one on their objective. */
export async function respondToChallenge(ctx: TenantContext, input: RespondToChallengeInput, now = new Date()): Promise<ChallengeVersion> {
  return withTenant(ctx, async (tx) => {
    const row = await lockChallenge(tx, ctx, input.challengeId);
    if (!(await mayRespond(tx, ctx, row))) {
      throw new AppError('FORBIDDEN', 'Only the executive lead, an administrator or, for an objective, its owner can respond to a challenge.');
    }
    assertOpen(row, 'take more responses');
    assertExpectedVersion(row, input.expectedVersion);
    return addMessage(tx, ctx, row, 'response', input.body, 'answered', now);
  });
}

/** A non-executive director asks again; the challenge waits for a response once more. */
export async function askFollowUp(ctx: TenantContext, input: AskFollowUpInput, now = new Date()): Promise<ChallengeVersion> {
  if (!can(ctx, 'challenge.raise')) throw new AppError('FORBIDDEN', RAISE_FORBIDDEN);
  return withTenant(ctx, async (tx) => {
    const row = await lockChallenge(tx, ctx, input.challengeId);
    assertOpen(row, 'take further questions');
    assertExpectedVersion(row, input.expectedVersion);
    return addMessage(tx, ctx, row, 'raise', input.body, 'open', now);
  });
}

/** Closes the challenge, with an optional closing note. Only the NED who raised it, or the chair. */
export async function closeChallenge(ctx: TenantContext, input: CloseChallengeInput, now = new Date()): Promise<ChallengeVersion> {
  return withTenant(ctx, async (tx) => {
    const row = await lockChallenge(tx, ctx, input.challengeId);
    if (!mayClose(ctx, row)) throw new AppError('FORBIDDEN', 'Only the non-executive director who raised this challenge, or the chair, can close it.');
    assertOpen(row, 'be closed again');
    assertExpectedVersion(row, input.expectedVersion);
    return addMessage(tx, ctx, row, 'close', input.note, 'closed', now);
  });
}
