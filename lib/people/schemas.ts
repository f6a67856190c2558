import { z } from 'zod';
import { MEMBER_ROLES } from '../tenancy/roles';
import { ROLE_AREA_IDS } from '../catalogue/role-areas';
import { checkbox, isoDate, optionalIsoDate, requiredText } from '../forms/fields';

const roleField = z.enum(MEMBER_ROLES, { error: 'Select a role' });

function chairMustBeNed<T extends { role: string; isChair: boolean }>(value: T, context: z.RefinementCtx): void {
  if (value.isChair && value.role !== 'non_executive_director') {
    context.addIssue({ code: 'custom', path: ['isChair'], message: 'Only a non-executive director can be the chair' });
  }
}

export const inviteMemberSchema = z
  .object({
    email: z.string().trim().toLowerCase().email('Enter an email address in the correct format, like name@nhs.net').max(254),
    role: roleField,
    isChair: checkbox,
  })
  .superRefine(chairMustBeNed);
export type InviteMemberInput = z.output<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ membershipId: z.uuid('Choose a member'), role: roleField, isChair: checkbox }).superRefine(chairMustBeNed);
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const removeMemberSchema = z.object({ membershipId: z.uuid('Choose a member') });
export const revokeInvitationSchema = z.object({ invitationId: z.uuid('Choose an invitation') });

export const boardMemberSchema = z
  .object({
    name: requiredText('Enter the person’s name', 120),
    jobTitle: requiredText('Enter their job title', 160),
    kind: z.enum(['executive', 'non-executive'], { error: 'Select whether they are an executive or non-executive director' }),
    roleAreas: z.array(z.enum(ROLE_AREA_IDS, { error: 'Select a role area from the list' })).min(1, 'Select at least one role area'),
    startDate: isoDate('start date'),
    endDate: optionalIsoDate('end date'),
    userId: z
      .union([z.literal(''), z.uuid()])
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((value, context) => {
    if (value.endDate && value.endDate < value.startDate) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be the same as or after the start date' });
    }
  });
export type BoardMemberInput = z.output<typeof boardMemberSchema>;

export const updateBoardMemberSchema = z.intersection(z.object({ boardMemberId: z.uuid('Choose a board member') }), boardMemberSchema);
export type UpdateBoardMemberInput = z.output<typeof updateBoardMemberSchema>;

export const endBoardMemberSchema = z.object({ boardMemberId: z.uuid('Choose a board member'), endDate: isoDate('end date') });
export type EndBoardMemberInput = z.output<typeof endBoardMemberSchema>;

export const acceptInvitationSchema = z.object({
  displayName: requiredText('Enter your name', 120),
  password: z.string().min(12, 'Your password must be at least 12 characters').max(200, 'Use 200 characters or fewer'),
});
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
