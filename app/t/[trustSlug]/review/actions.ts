'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { askFollowUp, closeChallenge, raiseChallenge, respondToChallenge } from '@/lib/review/challenge-mutations';
import { recordJudgement } from '@/lib/review/assurance';
import { askFollowUpSchema, closeChallengeSchema, raiseChallengeSchema, recordJudgementSchema, respondToChallengeSchema } from '@/lib/review/schemas';
import { setPeerOptIn } from '@/lib/peers/opt-in';
import { peerOptInSchema } from '@/lib/peers/schemas';
import { assurancePath, challengePath, peersPath, reviewPath } from '@/lib/routes/paths';

// Roles are checked in lib/review and lib/peers, which say in words who may do what.

const raise = tenantFormAction({ schema: raiseChallengeSchema }, async (ctx, input) => {
  const { id } = await raiseChallenge(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(challengePath(ctx.trustSlug, id, 'raised'));
});
export async function raiseChallengeAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return raise(trustSlug, previous, formData);
}

const respond = tenantFormAction({ schema: respondToChallengeSchema }, async (ctx, input) => {
  await respondToChallenge(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(challengePath(ctx.trustSlug, input.challengeId, 'responded'));
});
export async function respondToChallengeAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return respond(trustSlug, previous, formData);
}

const followUp = tenantFormAction({ schema: askFollowUpSchema }, async (ctx, input) => {
  await askFollowUp(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(challengePath(ctx.trustSlug, input.challengeId, 'asked'));
});
export async function askFollowUpAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return followUp(trustSlug, previous, formData);
}

const close = tenantFormAction({ schema: closeChallengeSchema }, async (ctx, input) => {
  await closeChallenge(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(challengePath(ctx.trustSlug, input.challengeId, 'closed'));
});
export async function closeChallengeAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return close(trustSlug, previous, formData);
}

const judge = tenantFormAction({ schema: recordJudgementSchema }, async (ctx, input) => {
  await recordJudgement(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(assurancePath(ctx.trustSlug, input.financialYear, input.domain));
});
export async function recordJudgementAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return judge(trustSlug, previous, formData);
}

const optIn = tenantFormAction({ schema: peerOptInSchema }, async (ctx, input) => {
  const result = await setPeerOptIn(ctx, input);
  revalidatePath(peersPath(ctx.trustSlug));
  return { message: result.optedIn ? 'This trust now takes part in peer comparison.' : 'This trust no longer takes part in peer comparison.' };
});
export async function setPeerOptInAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return optIn(trustSlug, previous, formData);
}
