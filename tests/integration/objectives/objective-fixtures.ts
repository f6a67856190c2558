import { getPrisma } from '../../../lib/db/client';
import { withSystem } from '../../../lib/db/with-tenant';
import { agreeObjective, createObjective } from '../../../lib/objectives/mutations';
import { createObjectiveSchema, recordProgressSchema, updateObjectiveSchema } from '../../../lib/objectives/schemas';
import type { TenantContext } from '../../../lib/tenancy/context';
import { createMemberContext, createTestBoardMember, type TestTrust } from '../../support/fixtures';

/** 15 June 2026: inside financial year 2026/27. */
export const NOW = new Date('2026-06-15T10:00:00Z');

/** Form values for a complete SMART objective (strings, as a form posts them). */
export function smartForm(ownerId: string | null, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    financialYear: '2026',
    source: 'catalogue',
    catalogueRefs: ['3.4'],
    questionRefs: ['3.2'],
    title: 'Name an executive lead for health inequalities',
    description: 'Appoint a named executive lead and publish their responsibilities in the board papers.',
    measure: 'Share of divisions with a named health inequalities lead',
    baseline: '20',
    target: '100',
    unit: '%',
    breakdowns: ['deprivation', 'ethnicity'],
    resources: 'Two sessions a week of the lead’s time',
    dependencies: 'None',
    startDate: '2026-04-01',
    dueDate: '2027-03-31',
    ownerId: ownerId ?? '',
    committee: 'Quality Committee',
    ...overrides,
  };
}

export const parseCreate = (form: Record<string, unknown>) => createObjectiveSchema.parse(form);
export const parseUpdate = (form: Record<string, unknown>) => updateObjectiveSchema.parse(form);
export const parseProgress = (form: Record<string, unknown>) => recordProgressSchema.parse(form);

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;

/** A trust with the usual cast: an administrator, the executive lead, an executive director who owns objectives. */
export async function boardOf(trust: TestTrust) {
  const admin = await createMemberContext(trust, 'trust_admin');
  const lead = await createMemberContext(trust, 'executive_lead');
  const director = await createMemberContext(trust, 'executive_director');
  const ned = await createMemberContext(trust, 'non_executive_director');
  const directorMember = await createTestBoardMember(trust, { name: 'Dana Director', isExecutive: true, roleAreas: ['strategy'], userId: director.userId });
  const leadMember = await createTestBoardMember(trust, { name: 'Lee Lead', isExecutive: true, roleAreas: ['executive-lead'], userId: lead.userId });
  const nedMember = await createTestBoardMember(trust, {
    name: 'Nora Non-Exec',
    isExecutive: false,
    roleAreas: ['non-executive-directors'],
    userId: ned.userId,
  });
  return { admin, lead, director, ned, directorMember, leadMember, nedMember };
}

export async function endBoardMembership(boardMemberId: string, endDate: string): Promise<void> {
  await withSystem('test-fixture', (tx) => tx.boardMember.update({ where: { id: boardMemberId }, data: { endDate: new Date(`${endDate}T00:00:00Z`) } }));
}

/** Created and agreed through the data layer, as the pages would. */
export async function agreedObjective(ctx: Ctx | TenantContext, ownerId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await createObjective(ctx, parseCreate(smartForm(ownerId, overrides)), NOW);
  await agreeObjective(ctx, { objectiveId: id }, NOW);
  return id;
}

export function storedObjective(id: string) {
  return getPrisma().objective.findUniqueOrThrow({ where: { id } });
}
