'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { tenantFormAction } from '@/lib/actions/tenant-action';
import type { ActionResult } from '@/lib/actions/action-result';
import {
  boardMemberSchema,
  changeRoleSchema,
  inviteMemberSchema,
  removeMemberSchema,
  revokeInvitationSchema,
  updateBoardMemberSchema,
} from '@/lib/people/schemas';
import { changeMemberRole, createBoardMember, inviteMember, removeMember, revokeInvitation, updateBoardMember } from '@/lib/people/mutations';
import { unlockMemberSignIn } from '@/lib/people/sign-in-unlock';
import { memberPath, peoplePath } from '@/lib/routes/paths';

async function siteOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/$/, '');
  const host = (await headers()).get('host') ?? 'localhost:3000';
  return `http://${host}`;
}

const invite = tenantFormAction({ schema: inviteMemberSchema, permission: 'people.manage' }, async (ctx, input) => {
  // The link goes only to the invited address; the administrator is told it was sent, never shown it.
  await inviteMember(ctx, input, new Date(), { origin: await siteOrigin() });
  revalidatePath(peoplePath(ctx.trustSlug));
  return { message: `An invitation has been sent to ${input.email}`, data: { email: input.email } };
});
export async function inviteMemberAction(trustSlug: string, previous: ActionResult<{ email: string }>, formData: FormData) {
  return invite(trustSlug, previous, formData);
}

const changeRole = tenantFormAction({ schema: changeRoleSchema, permission: 'people.manage' }, async (ctx, input) => {
  await changeMemberRole(ctx, input);
  redirect(peoplePath(ctx.trustSlug, { updated: 'member' }));
});
export async function changeMemberRoleAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return changeRole(trustSlug, previous, formData);
}

const remove = tenantFormAction({ schema: removeMemberSchema, permission: 'people.manage' }, async (ctx, input) => {
  await removeMember(ctx, input.membershipId);
  redirect(peoplePath(ctx.trustSlug, { updated: 'removed' }));
});
export async function removeMemberAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return remove(trustSlug, previous, formData);
}

const revoke = tenantFormAction({ schema: revokeInvitationSchema, permission: 'people.manage' }, async (ctx, input) => {
  await revokeInvitation(ctx, input.invitationId);
  revalidatePath(peoplePath(ctx.trustSlug));
  return { message: 'Invitation withdrawn' };
});
export async function revokeInvitationAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return revoke(trustSlug, previous, formData);
}

const addBoardMember = tenantFormAction({ schema: boardMemberSchema, permission: 'people.manage', arrays: ['roleAreas'] }, async (ctx, input) => {
  await createBoardMember(ctx, input);
  redirect(peoplePath(ctx.trustSlug, { updated: 'board-member' }));
});
export async function createBoardMemberAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return addBoardMember(trustSlug, previous, formData);
}

const editBoardMember = tenantFormAction({ schema: updateBoardMemberSchema, permission: 'people.manage', arrays: ['roleAreas'] }, async (ctx, input) => {
  await updateBoardMember(ctx, input);
  redirect(peoplePath(ctx.trustSlug, { updated: 'board-member' }));
});
export async function updateBoardMemberAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return editBoardMember(trustSlug, previous, formData);
}

const unlockSignIn = tenantFormAction({ schema: removeMemberSchema, permission: 'people.manage' }, async (ctx, input) => {
  await unlockMemberSignIn(ctx, input.membershipId);
  redirect(memberPath(ctx.trustSlug, input.membershipId, { updated: 'unlocked' }));
});
export async function unlockSignInAction(trustSlug: string, previous: ActionResult, formData: FormData) {
  return unlockSignIn(trustSlug, previous, formData);
}
