import { withTenant } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import { AppError } from '../errors/app-error';
import type { MemberDto, InvitationDto, BoardMemberDto } from './people-dto';

export function listMembers(ctx: TenantContext): Promise<MemberDto[]> {
  return withTenant(ctx, async (tx) => {
    const rows = await tx.membership.findMany({ where: { trustId: ctx.trustId }, include: { user: true }, orderBy: { user: { displayName: 'asc' } } });
    return rows.map((m) => ({
      membershipId: m.id,
      userId: m.userId,
      displayName: m.user.displayName,
      email: m.user.email,
      role: m.role,
      isChair: m.isChair,
      disabled: m.user.disabled,
    }));
  });
}

export function getMember(ctx: TenantContext, membershipId: string): Promise<MemberDto> {
  return withTenant(ctx, async (tx) => {
    const m = await tx.membership.findFirst({ where: { id: membershipId, trustId: ctx.trustId }, include: { user: true } });
    if (!m) throw new AppError('NOT_FOUND', 'That member could not be found');
    return {
      membershipId: m.id,
      userId: m.userId,
      displayName: m.user.displayName,
      email: m.user.email,
      role: m.role,
      isChair: m.isChair,
      disabled: m.user.disabled,
    };
  });
}

export function listPendingInvitations(ctx: TenantContext, now = new Date()): Promise<InvitationDto[]> {
  return withTenant(ctx, async (tx) => {
    const rows = await tx.invitation.findMany({
      where: { trustId: ctx.trustId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
    });
    return rows.map((i) => ({ id: i.id, email: i.email, role: i.role, isChair: i.isChair, expiresAt: i.expiresAt, createdAt: i.createdAt }));
  });
}

function toBoardMemberDto(
  row: { id: string; name: string; jobTitle: string; isExecutive: boolean; roleAreas: string[]; startDate: Date; endDate: Date | null; userId: string | null },
  now: Date,
): BoardMemberDto {
  return { ...row, isCurrent: row.startDate <= now && (row.endDate === null || row.endDate >= startOfDay(now)) };
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function listBoardMembers(ctx: TenantContext, now = new Date()): Promise<BoardMemberDto[]> {
  return withTenant(ctx, async (tx) => {
    const rows = await tx.boardMember.findMany({ where: { trustId: ctx.trustId }, orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }] });
    return rows.map((row) => toBoardMemberDto(row, now));
  });
}

export function getBoardMember(ctx: TenantContext, boardMemberId: string, now = new Date()): Promise<BoardMemberDto> {
  return withTenant(ctx, async (tx) => {
    const row = await tx.boardMember.findFirst({ where: { id: boardMemberId, trustId: ctx.trustId } });
    if (!row) throw new AppError('NOT_FOUND', 'That board member could not be found');
    return toBoardMemberDto(row, now);
  });
}
