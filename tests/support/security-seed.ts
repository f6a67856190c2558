import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { getPrisma } from '../../lib/db/client';
import { hashInvitationToken } from '../../lib/people/mutations';
import { withSystem, type Tx } from '../../lib/db/with-tenant';
import { QUESTION_BANK_VERSION, QUESTION_REFS } from '../../lib/assessments/question-bank';
import type { MemberRole } from '../../lib/tenancy/roles';
import { MEMBER_ROLES } from '../../lib/tenancy/roles';
import { NARRATIVE_SECTION_IDS } from '../../lib/reports/narrative-sections';
import { REPORT_SECTION_IDS } from '../../lib/reports/snapshot';
import { seedMatrixIndicators } from './security-seed-indicators';
import { fillEmptyTenantTables } from './security-generic-rows';
import { tenantTables, type Sql } from './security-sql';

/**
 * One trust for the cross-tenant matrix, every trust seeded with the same shape: a member for every
 * role (and the chair), board members, assessments in every state with answers and imported scores,
 * objectives with progress and owner history, challenges in every state with threads, an assurance
 * judgement, an outbox message, a pending invitation, then one generic row in any tenant table this
 * file has no recipe for (a table added later). Written on the system path, like the demo seed.
 */
export type Caller = { key: string; role: MemberRole | null; isChair: boolean };
export const MEMBER_CALLERS: readonly Caller[] = [
  ...MEMBER_ROLES.map((role) => ({ key: role, role, isChair: false })),
  { key: 'chair', role: 'non_executive_director', isChair: true },
];
export const OUTSIDER: Caller = { key: 'no membership', role: null, isChair: false };

export type MatrixUser = { userId: string; sessionId: string; email: string };
export type MatrixTrust = {
  id: string;
  slug: string;
  name: string;
  /** Written into every text this seed stores, to spot the trust's content in a response. */
  marker: string;
  users: Record<string, MatrixUser>;
  /** A stable name for every row the recipes wrote ("Objective:agreed"), the same in every trust. */
  keys: Map<string, string>;
  generic: string[];
};

const SEED_REASON = 'security-matrix-seed';
const FUTURE = new Date(Date.now() + 12 * 3_600_000);

export const systemSql: Sql = (text, params = []) => withSystem(SEED_REASON, (tx) => tx.$queryRawUnsafe(text, ...params));
export const superuserSql: Sql = (text, params = []) => getPrisma().$queryRawUnsafe(text, ...params);

async function user(tx: Tx, slug: string, key: string, marker: string): Promise<MatrixUser> {
  const email = `${key.replace(/[^a-z]/g, '-')}.${slug}@example.nhs.uk`;
  const created = await tx.user.create({ data: { email, displayName: `${marker} ${key}` }, select: { id: true } });
  const session = await tx.authSession.create({ data: { userId: created.id, expiresAt: FUTURE }, select: { id: true } });
  return { userId: created.id, sessionId: session.id, email };
}

async function assessments(tx: Tx, trustId: string, keys: Map<string, string>, users: Record<string, MatrixUser>, marker: string): Promise<void> {
  const lead = users.executive_lead!.userId;
  const cosec = users.company_secretary!.userId;
  const plans = [
    { key: 'approved', year: 2023, status: 'approved' as const, answered: QUESTION_REFS.length },
    { key: 'submitted', year: 2024, status: 'submitted' as const, answered: QUESTION_REFS.length },
    { key: 'complete-draft', year: 2025, status: 'draft' as const, answered: QUESTION_REFS.length },
    { key: 'draft', year: 2026, status: 'draft' as const, answered: 5 },
  ];
  for (const plan of plans) {
    const done = plan.status !== 'draft';
    const approved = plan.status === 'approved';
    const row = await tx.assessment.create({
      data: {
        trustId,
        financialYear: plan.year,
        questionBankVersion: QUESTION_BANK_VERSION,
        status: plan.status,
        createdById: lead,
        submittedAt: done ? new Date(`${plan.year + 1}-01-20T10:00:00Z`) : null,
        submittedById: done ? lead : null,
        approvedAt: approved ? new Date(`${plan.year + 1}-02-12T10:00:00Z`) : null,
        approvedById: approved ? cosec : null,
        approvalDate: approved ? new Date(`${plan.year + 1}-02-12T00:00:00Z`) : null,
        approvalMeetingRef: approved ? `${marker} board item 7` : null,
      },
      select: { id: true },
    });
    keys.set(`Assessment:${plan.key}`, row.id);
    for (const [index, questionRef] of QUESTION_REFS.entries()) {
      const answer = await tx.assessmentAnswer.create({
        data: {
          trustId,
          assessmentId: row.id,
          questionRef,
          value: index < plan.answered ? (index % 3 === 0 ? 'no' : 'yes') : null,
          evidenceNote: `${marker} evidence ${questionRef}`,
          evidenceLinks: ['https://www.example.nhs.uk/board-papers'],
          carriedOver: plan.key === 'draft' && index === 0,
          updatedById: lead,
        },
        select: { id: true },
      });
      keys.set(`AssessmentAnswer:${plan.key}:${questionRef}`, answer.id);
    }
  }
  const imported = await tx.assessment.create({
    data: {
      trustId,
      financialYear: 2022,
      questionBankVersion: QUESTION_BANK_VERSION,
      status: 'approved',
      isImported: true,
      approvedAt: new Date('2023-02-01T10:00:00Z'),
      approvedById: lead,
    },
    select: { id: true },
  });
  keys.set('Assessment:imported', imported.id);
  for (const domain of [1, 2, 3, 4]) {
    const result = await tx.importedDomainResult.create({ data: { trustId, assessmentId: imported.id, domain, score: 2, maxScore: 8 }, select: { id: true } });
    keys.set(`ImportedDomainResult:${domain}`, result.id);
  }
}

function smart(marker: string) {
  return {
    description: `${marker} description`,
    measure: `${marker} measure`,
    baseline: 20,
    target: 100,
    unit: '%',
    breakdowns: ['deprivation' as const, 'ethnicity' as const],
    resources: `${marker} resources`,
    dependencies: `${marker} dependencies`,
    catalogueRefs: ['3.4'],
    questionRefs: ['3.2'],
    domains: [3],
    startDate: new Date('2025-04-01T00:00:00Z'),
    dueDate: new Date('2026-03-31T00:00:00Z'),
    committee: `${marker} committee`,
  };
}

async function objectivesAndReview(tx: Tx, trustId: string, keys: Map<string, string>, users: Record<string, MatrixUser>, marker: string): Promise<void> {
  const lead = users.executive_lead!.userId;
  const ned = users.non_executive_director!.userId;
  const board = async (key: string, isExecutive: boolean, userId: string | null) => {
    const row = await tx.boardMember.create({
      data: {
        trustId,
        name: `${marker} ${key}`,
        jobTitle: `${marker} ${key} title`,
        isExecutive,
        roleAreas: [isExecutive ? 'strategy' : 'non-executive-directors'],
        startDate: new Date('2022-04-01T00:00:00Z'),
        userId,
      },
      select: { id: true },
    });
    keys.set(`BoardMember:${key}`, row.id);
    return row.id;
  };
  const leadMember = await board('lead', true, lead);
  const execMember = await board('exec', true, users.executive_director!.userId);
  await board('ned', false, ned);
  await board('unlinked', true, null);
  const objective = async (key: string, year: number, data: Record<string, unknown>) => {
    const row = await tx.objective.create({
      data: { trustId, financialYear: year, source: 'own', title: `${marker} ${key} objective`, createdById: lead, ...data },
      select: { id: true },
    });
    keys.set(`Objective:${key}`, row.id);
    return row.id;
  };
  const agreed = await objective('agreed', 2025, {
    ...smart(marker),
    ownerId: execMember,
    supportingLeadId: leadMember,
    agreedAt: new Date('2025-05-01T10:00:00Z'),
    agreedById: lead,
    acceptance: 'pending',
    currentStatus: 'on_track',
  });
  await objective('complete-draft', 2025, { ...smart(marker), ownerId: execMember });
  await objective('draft', 2026, { ownerId: null });
  keys.set(
    'ProgressUpdate:agreed',
    (
      await tx.progressUpdate.create({
        data: {
          trustId,
          objectiveId: agreed,
          date: new Date('2025-06-01T00:00:00Z'),
          status: 'on_track',
          measureValue: 30,
          narrative: `${marker} progress`,
          createdById: lead,
        },
        select: { id: true },
      })
    ).id,
  );
  keys.set(
    'ObjectiveOwnerChange:agreed',
    (
      await tx.objectiveOwnerChange.create({
        data: { trustId, objectiveId: agreed, toOwnerId: execMember, reason: `${marker} first owner`, changedById: lead },
        select: { id: true },
      })
    ).id,
  );
  keys.set(
    'OutboxMessage:reminder',
    (
      await tx.outboxMessage.create({
        data: {
          trustId,
          kind: 'objective-reminder',
          to: users.executive_director!.email,
          subject: `${marker} reminder`,
          body: `${marker} body`,
          dedupeKey: `objective-reminder:${randomUUID()}`,
          transport: 'outbox',
        },
        select: { id: true },
      })
    ).id,
  );

  const challenge = async (key: string, data: Record<string, unknown>, thread: readonly ('raise' | 'response' | 'close')[]) => {
    const status = thread.at(-1) === 'close' ? 'closed' : thread.at(-1) === 'response' ? 'answered' : 'open';
    const row = await tx.challenge.create({
      data: {
        trustId,
        text: `${marker} ${key} challenge`,
        raisedById: ned,
        status,
        version: thread.length,
        ...(status === 'closed' ? { closedAt: new Date(), closedById: ned } : {}),
        ...data,
      } as never,
      select: { id: true },
    });
    keys.set(`Challenge:${key}`, row.id);
    for (const [index, kind] of thread.entries()) {
      const message = await tx.challengeMessage.create({
        data: { trustId, challengeId: row.id, kind, authorId: kind === 'response' ? lead : ned, body: `${marker} ${kind}` },
        select: { id: true },
      });
      keys.set(`ChallengeMessage:${key}:${index}`, message.id);
    }
  };
  await challenge('open-answer', { financialYear: 2023, targetKind: 'answer', assessmentId: keys.get('Assessment:approved'), questionRef: '1.1' }, ['raise']);
  await challenge('answered-objective', { financialYear: 2025, targetKind: 'objective', objectiveId: agreed }, ['raise', 'response']);
  await challenge('closed-domain', { financialYear: 2024, targetKind: 'domain', assessmentId: keys.get('Assessment:submitted'), domain: 2 }, [
    'raise',
    'response',
    'close',
  ]);
  keys.set(
    'AssuranceJudgement:ned',
    (
      await tx.assuranceJudgement.create({
        data: { trustId, financialYear: 2023, domain: 1, nedUserId: ned, level: 'assured', reason: `${marker} reason` },
        select: { id: true },
      })
    ).id,
  );
}

/** A narrative with its first revision, and a completed export with its file. */
async function reports(tx: Tx, trustId: string, keys: Map<string, string>, users: Record<string, MatrixUser>, marker: string): Promise<void> {
  const author = users.executive_lead!.userId;
  const body = `${marker} narrative`;
  const narrative = await tx.reportNarrative.create({
    data: { trustId, financialYear: 2023, section: NARRATIVE_SECTION_IDS[0]!, body, updatedById: author },
    select: { id: true },
  });
  keys.set('ReportNarrative:2023', narrative.id);
  keys.set(
    'ReportNarrativeRevision:2023',
    (await tx.reportNarrativeRevision.create({ data: { trustId, narrativeId: narrative.id, version: 1, body, createdById: author }, select: { id: true } })).id,
  );
  const content = Buffer.from(`${marker} exported file`);
  const exported = await tx.reportExport.create({
    data: {
      trustId,
      financialYear: 2023,
      format: 'csv',
      variant: 'annual_report',
      options: { sections: [...REPORT_SECTION_IDS] },
      reportStatus: 'approved',
      status: 'complete',
      snapshot: { marker },
      fileName: `matrix-export-2023.csv`,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      byteLength: content.length,
      createdById: author,
      completedAt: new Date(),
    },
    select: { id: true },
  });
  keys.set('ReportExport:complete', exported.id);
}

/** Seeds one trust; `label` names it ("attacker", "victim", "control") and forms its marker. */
export async function seedMatrixTrust(label: string): Promise<MatrixTrust> {
  const suffix = randomUUID().slice(0, 8);
  const slug = `${label}-${suffix}`;
  const marker = `${label.toUpperCase()}-${suffix}-MARK`;
  const keys = new Map<string, string>();
  const trust = await withSystem(SEED_REASON, async (tx) => {
    const row = await tx.trust.create({
      data: { name: `${marker} NHS Trust`, slug, odsCode: `M${suffix}`.toUpperCase(), type: 'acute', region: 'london', icsName: `${marker} ICS` },
      select: { id: true, name: true },
    });
    const users: Record<string, MatrixUser> = {};
    for (const caller of [...MEMBER_CALLERS, { key: 'extra', role: 'viewer' as const, isChair: false }]) {
      users[caller.key] = await user(tx, slug, caller.key, marker);
      const membership = await tx.membership.create({
        data: { trustId: row.id, userId: users[caller.key]!.userId, role: caller.role!, isChair: caller.isChair },
        select: { id: true },
      });
      keys.set(`Membership:${caller.key}`, membership.id);
    }
    users[OUTSIDER.key] = await user(tx, slug, 'outsider', marker);
    keys.set(
      'Invitation:pending',
      (
        await tx.invitation.create({
          data: {
            trustId: row.id,
            email: `invitee.${slug}@example.nhs.uk`,
            role: 'viewer',
            tokenHash: randomBytes(32).toString('hex'),
            expiresAt: FUTURE,
            invitedById: users.trust_admin!.userId,
          },
          select: { id: true },
        })
      ).id,
    );
    await assessments(tx, row.id, keys, users, marker);
    await objectivesAndReview(tx, row.id, keys, users, marker);
    await reports(tx, row.id, keys, users, marker);
    await seedMatrixIndicators(tx, row.id, keys, users.executive_lead!.userId, marker);
    return { ...row, users };
  });
  const { filled, failed } = await fillEmptyTenantTables(systemSql, await tenantTables(superuserSql), trust.id, trust.users.trust_admin!.userId, marker);
  if (failed.length > 0) {
    throw new Error(
      `The cross-tenant matrix could not seed these tenant tables generically; add a recipe in tests/support/security-seed.ts:\n${failed.join('\n')}`,
    );
  }
  for (const table of filled) {
    const rows = await superuserSql<{ id: string }>(`SELECT to_jsonb(t)->>'id' AS id FROM "${table}" t WHERE "trustId" = $1::uuid`, [trust.id]);
    rows.forEach((row, index) => keys.set(`${table}:generic:${index}`, row.id));
  }
  return { id: trust.id, slug, name: trust.name, marker, users: trust.users, keys, generic: filled };
}

/** A fresh pending invitation to the trust, and its token: what an invitee's link carries. */
export async function invitationToken(trust: Pick<MatrixTrust, 'id'>): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await systemSql(
    `INSERT INTO "Invitation" (id, "trustId", email, role, "tokenHash", "expiresAt") VALUES (gen_random_uuid(), $1::uuid, $2, 'viewer', $3, now() + interval '1 day')`,
    [trust.id, `invitee-${token.slice(0, 8).toLowerCase()}@example.nhs.uk`, hashInvitationToken(token)],
  );
  return token;
}
