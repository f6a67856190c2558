import type { Tx } from '../db/with-tenant';
import type { TenantContext } from '../tenancy/context';
import { invitePath, newBoardMemberPath, peoplePath } from '../routes/paths';

// An administrator's checklist for setting the trust up: who must be in Fairboard before the board
// can run a year in it. Each task is read from the trust's own rows, so it ticks itself off.

type SetupTaskId = 'executive-lead' | 'company-secretary' | 'non-executives' | 'executive-owners' | 'accounts-linked';

export type SetupTaskDto = Readonly<{ id: SetupTaskId; title: string; hint: string; done: boolean; href: string }>;

/** Pure: the tasks from counts of members by role and of current board members. */
function setupTasks(
  counts: Readonly<{ roles: ReadonlyMap<string, number>; executiveMembers: number; membersWithoutAccount: number; boardMembers: number }>,
  trustSlug: string,
): SetupTaskDto[] {
  const has = (role: string) => (counts.roles.get(role) ?? 0) > 0;
  return [
    {
      id: 'executive-lead',
      title: 'Invite the executive lead for health inequalities',
      hint: 'They start the self-assessment and agree objectives',
      done: has('executive_lead'),
      href: invitePath(trustSlug),
    },
    {
      id: 'company-secretary',
      title: 'Invite the company secretary',
      hint: 'They record the board’s approval and prepare the annual report',
      done: has('company_secretary'),
      href: invitePath(trustSlug),
    },
    {
      id: 'non-executives',
      title: 'Invite the non-executive directors',
      hint: 'They challenge the answers and record their assurance',
      done: has('non_executive_director'),
      href: invitePath(trustSlug),
    },
    {
      id: 'executive-owners',
      title: 'Add the executive directors who own objectives',
      hint: 'Objectives are owned by named board members',
      done: counts.executiveMembers > 0,
      href: newBoardMemberPath(trustSlug),
    },
    {
      id: 'accounts-linked',
      title: 'Link each board member to their Fairboard account',
      hint: 'So owners are told about updates and challenges',
      done: counts.boardMembers > 0 && counts.membersWithoutAccount === 0,
      href: peoplePath(trustSlug),
    },
  ];
}

export async function readSetupTasks(tx: Tx, ctx: TenantContext): Promise<SetupTaskDto[]> {
  const roles = await tx.membership.groupBy({ by: ['role'], where: { trustId: ctx.trustId }, _count: { _all: true } });
  const current = { trustId: ctx.trustId, OR: [{ endDate: null }, { endDate: { gte: new Date() } }] };
  const boardMembers = await tx.boardMember.count({ where: current });
  const executiveMembers = await tx.boardMember.count({ where: { ...current, isExecutive: true } });
  const membersWithoutAccount = await tx.boardMember.count({ where: { ...current, userId: null } });
  return setupTasks({ roles: new Map(roles.map((row) => [row.role, row._count._all])), boardMembers, executiveMembers, membersWithoutAccount }, ctx.trustSlug);
}
