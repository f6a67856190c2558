import type { MemberRole } from '../tenancy/roles';

// What the people pages receive: the trust's members, open invitations and board members.

export type MemberDto = Readonly<{
  membershipId: string;
  userId: string;
  displayName: string;
  email: string;
  role: MemberRole;
  isChair: boolean;
  disabled: boolean;
}>;

export type InvitationDto = Readonly<{ id: string; email: string; role: MemberRole; isChair: boolean; expiresAt: Date; createdAt: Date }>;

export type BoardMemberDto = Readonly<{
  id: string;
  name: string;
  jobTitle: string;
  isExecutive: boolean;
  roleAreas: string[];
  startDate: Date;
  endDate: Date | null;
  userId: string | null;
  isCurrent: boolean;
}>;
