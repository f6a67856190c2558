'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { tenantFormAction } from '@/lib/actions/tenant-action';
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

export const inviteMemberAction = tenantFormAction({ schema: inviteMemberSchema, permission: 'people.manage' }, async (ctx, input) => {
  // The link goes only to the invited address; the administrator is told it was sent, never shown it.
  await inviteMember(ctx, input, new Date(), { origin: await siteOrigin() });
  revalidatePath(peoplePath(ctx.trustSlug));
  return { message: `An invitation has been sent to ${input.email}`, data: { email: input.email } };
});

export const changeMemberRoleAction = tenantFormAction({ schema: changeRoleSchema, permission: 'people.manage' }, async (ctx, input) => {
  await changeMemberRole(ctx, input);
  redirect(peoplePath(ctx.trustSlug, { updated: 'member' }));
});

export const removeMemberAction = tenantFormAction({ schema: removeMemberSchema, permission: 'people.manage' }, async (ctx, input) => {
  await removeMember(ctx, input.membershipId);
  redirect(peoplePath(ctx.trustSlug, { updated: 'removed' }));
});

export const revokeInvitationAction = tenantFormAction({ schema: revokeInvitationSchema, permission: 'people.manage' }, async (ctx, input) => {
  await revokeInvitation(ctx, input.invitationId);
  revalidatePath(peoplePath(ctx.trustSlug));
  return { message: 'Invitation withdrawn' };
});

export const createBoardMemberAction = tenantFormAction(
  { schema: boardMemberSchema, permission: 'people.manage', arrays: ['roleAreas'] },
  async (ctx, input) => {
    await createBoardMember(ctx, input);
    redirect(peoplePath(ctx.trustSlug, { updated: 'board-member' }));
  },
);

export const updateBoardMemberAction = tenantFormAction(
  { schema: updateBoardMemberSchema, permission: 'people.manage', arrays: ['roleAreas'] },
  async (ctx, input) => {
    await updateBoardMember(ctx, input);
    redirect(peoplePath(ctx.trustSlug, { updated: 'board-member' }));
  },
);

export const unlockSignInAction = tenantFormAction({ schema: removeMemberSchema, permission: 'people.manage' }, async (ctx, input) => {
  await unlockMemberSignIn(ctx, input.membershipId);
  redirect(memberPath(ctx.trustSlug, input.membershipId, { updated: 'unlocked' }));
});
