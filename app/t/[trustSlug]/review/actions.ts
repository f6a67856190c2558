'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import { askFollowUp, closeChallenge, raiseChallenge, respondToChallenge } from '@/lib/review/challenge-mutations';
import { recordJudgement } from '@/lib/review/assurance';
import { askFollowUpSchema, closeChallengeSchema, raiseChallengeSchema, recordJudgementSchema, respondToChallengeSchema } from '@/lib/review/schemas';
import { setPeerOptIn } from '@/lib/peers/opt-in';
import { peerOptInSchema } from '@/lib/peers/schemas';
import { assurancePath, challengePath, peersPath, reviewPath } from '@/lib/routes/paths';

// Roles are checked in lib/review and lib/peers, which say in words who may do what.

export const raiseChallengeAction = tenantFormAction({ schema: raiseChallengeSchema }, async (ctx, input) => {
  const { id } = await raiseChallenge(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(challengePath(ctx.trustSlug, id, 'raised'));
});

export const respondToChallengeAction = tenantFormAction({ schema: respondToChallengeSchema }, async (ctx, input) => {
  await respondToChallenge(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(challengePath(ctx.trustSlug, input.challengeId, 'responded'));
});

export const askFollowUpAction = tenantFormAction({ schema: askFollowUpSchema }, async (ctx, input) => {
  await askFollowUp(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(challengePath(ctx.trustSlug, input.challengeId, 'asked'));
});

export const closeChallengeAction = tenantFormAction({ schema: closeChallengeSchema }, async (ctx, input) => {
  await closeChallenge(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(challengePath(ctx.trustSlug, input.challengeId, 'closed'));
});

export const recordJudgementAction = tenantFormAction({ schema: recordJudgementSchema }, async (ctx, input) => {
  await recordJudgement(ctx, input);
  revalidatePath(reviewPath(ctx.trustSlug), 'layout');
  redirect(assurancePath(ctx.trustSlug, input.financialYear, input.domain));
});

export const setPeerOptInAction = tenantFormAction({ schema: peerOptInSchema }, async (ctx, input) => {
  const result = await setPeerOptIn(ctx, input);
  revalidatePath(peersPath(ctx.trustSlug));
  return { message: result.optedIn ? 'This trust now takes part in peer comparison.' : 'This trust no longer takes part in peer comparison.' };
});
