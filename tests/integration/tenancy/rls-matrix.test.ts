import { randomBytes, randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withSystem, withTenant, type Tx } from '../../../lib/db/with-tenant';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, createTestUser } from '../../support/fixtures';
import { APP_ROLE, describeColumns, discoverTenantTables, insertStatement, type ColumnInfo } from '../support/tenant-catalogue';

/**
 * One valid row per tenant table, for seeding and for the insert attempts. A tenant table the
 * catalogue finds but this map lacks fails both tests below, so every new table gets its row here.
 */
type Refs = { newUserId: () => Promise<string>; parent: (table: string, trustId: string) => Promise<string> };
type RowFactory = (trustId: string, refs: Refs) => Promise<Record<string, unknown>>;
const NOW = '2026-01-01T00:00:00Z';
let sequence = 0;
const MINIMAL_ROWS: Record<string, RowFactory> = {
  Trust: async (trustId) => ({
    id: trustId,
    name: 'Matrix Trust',
    odsCode: `RLS${(sequence += 1)}`,
    slug: `rls-${randomUUID()}`,
    type: 'acute',
    region: 'london',
    icsName: 'Matrix ICS',
    updatedAt: NOW,
  }),
  Membership: async (trustId, refs) => ({ id: randomUUID(), trustId, userId: await refs.newUserId(), role: 'viewer', updatedAt: NOW }),
  BoardMember: async (trustId) => ({
    id: randomUUID(),
    trustId,
    name: 'Matrix Probe',
    jobTitle: 'Probe',
    isExecutive: false,
    roleAreas: ['people'],
    startDate: '2024-04-01',
    updatedAt: NOW,
  }),
  Invitation: async (trustId) => ({
    id: randomUUID(),
    trustId,
    email: `probe-${randomUUID()}@example.nhs.uk`,
    role: 'viewer',
    tokenHash: randomBytes(32).toString('hex'),
    expiresAt: '2030-01-01T00:00:00Z',
  }),
  AuditEvent: async (trustId) => ({ trustId, tableName: 'RlsMatrix', rowId: randomUUID(), action: 'insert', changes: { probe: true } }),
  Assessment: async (trustId) => ({ id: randomUUID(), trustId, financialYear: 2000 + ((sequence += 1) % 100), questionBankVersion: 1, updatedAt: NOW }),
  AssessmentAnswer: async (trustId, refs) => ({
    id: randomUUID(),
    trustId,
    assessmentId: await refs.parent('Assessment', trustId),
    questionRef: '1.1',
    updatedAt: NOW,
  }),
  ImportedDomainResult: async (trustId, refs) => ({
    id: randomUUID(),
    trustId,
    assessmentId: await refs.parent('Assessment', trustId),
    domain: 1,
    score: 2,
    maxScore: 4,
  }),
  Objective: async (trustId) => ({ id: randomUUID(), trustId, financialYear: 2025, source: 'own', title: 'Matrix objective', updatedAt: NOW }),
  ProgressUpdate: async (trustId, refs) => ({
    id: randomUUID(),
    trustId,
    objectiveId: await refs.parent('Objective', trustId),
    date: '2025-06-01',
    status: 'on_track',
  }),
  ObjectiveOwnerChange: async (trustId, refs) => ({
    id: randomUUID(),
    trustId,
    objectiveId: await refs.parent('Objective', trustId),
    toOwnerId: await refs.parent('BoardMember', trustId),
    reason: 'Matrix probe',
  }),
  OutboxMessage: async (trustId) => ({
    id: randomUUID(),
    trustId,
    kind: 'probe',
    to: 'probe@example.nhs.uk',
    subject: 'Probe',
    body: 'Probe',
    dedupeKey: `probe:${randomUUID()}`,
    transport: 'outbox',
  }),
  Challenge: async (trustId, refs) => ({
    id: randomUUID(),
    trustId,
    financialYear: 2025,
    targetKind: 'objective',
    objectiveId: await refs.parent('Objective', trustId),
    text: 'Matrix challenge',
    raisedById: randomUUID(),
    updatedAt: NOW,
  }),
  ChallengeMessage: async (trustId, refs) => ({
    id: randomUUID(),
    trustId,
    challengeId: await refs.parent('Challenge', trustId),
    kind: 'raise',
    authorId: randomUUID(),
    body: 'Matrix probe',
  }),
  AssuranceJudgement: async (trustId) => ({
    id: randomUUID(),
    trustId,
    financialYear: 2000 + ((sequence += 1) % 100),
    domain: 1,
    nedUserId: randomUUID(),
    level: 'assured',
    reason: 'Matrix probe',
    updatedAt: NOW,
  }),
  ReportNarrative: async (trustId) => ({
    id: randomUUID(),
    trustId,
    financialYear: 2000 + ((sequence += 1) % 100),
    section: 'data-quality',
    body: 'Probe',
    updatedAt: NOW,
  }),
  ReportNarrativeRevision: async (trustId, refs) => ({
    id: randomUUID(),
    trustId,
    narrativeId: await refs.parent('ReportNarrative', trustId),
    version: 1,
    body: 'Probe',
  }),
  Indicator: async (trustId) => ({
    id: randomUUID(),
    trustId,
    code: `probe-${(sequence += 1)}`,
    name: 'Probe',
    definition: 'Probe',
    unit: 'count',
    higherIsBetter: false,
    source: 'Probe',
    origin: 'local',
    updatedAt: NOW,
  }),
  IndicatorUpload: async (trustId) => ({ id: randomUUID(), trustId, source: 'upload', rowCount: 1 }),
  IndicatorValue: async (trustId, refs) => ({
    id: randomUUID(),
    trustId,
    indicatorId: await refs.parent('Indicator', trustId),
    uploadId: await refs.parent('IndicatorUpload', trustId),
    period: '2024/25',
    periodStart: '2024-04-01',
    breakdown: 'sex',
    group: `probe ${(sequence += 1)}`,
    value: 1,
  }),
  ReportExport: async (trustId) => ({
    id: randomUUID(),
    trustId,
    financialYear: 2025,
    format: 'csv',
    variant: 'annual-report',
    options: { sections: ['assessment'] },
    reportStatus: 'draft',
    snapshot: { probe: true },
    fileName: 'probe.csv',
  }),
};

/** Parent rows a minimal row points at, made on the system path before any attempt starts. */
const REFS: Refs = {
  newUserId: async () => (await createTestUser()).id,
  parent: async (table, trustId) => seed(table, trustId, await describeColumns(table)),
};
const FAKE_REFS: Refs = { newUserId: async () => randomUUID(), parent: async () => randomUUID() };

async function minimalInsert(table: string, trustId: string, columns: ColumnInfo[]): Promise<string> {
  const factory = MINIMAL_ROWS[table];
  if (!factory)
    throw new Error(
      `Tenant table "${table}" has no entry in MINIMAL_ROWS (tests/integration/tenancy/rls-matrix.test.ts): add a minimal row for it so the RLS matrix covers it.`,
    );
  return insertStatement(table, await factory(trustId, REFS), columns);
}

/** Seeds one row for the trust on the system path and returns its id. */
async function seed(table: string, trustId: string, columns: ColumnInfo[]): Promise<string> {
  const sql = `${await minimalInsert(table, trustId, columns)} RETURNING id::text AS id`;
  const [row] = await withSystem('rls-matrix-seed', (tx) => tx.$queryRawUnsafe<{ id: string }[]>(sql));
  return row?.id ?? 'missing';
}

/** Checks the map against the live table: every required column given, no column that does not exist. */
async function mapProblems(table: string, columns: ColumnInfo[]): Promise<string[]> {
  const factory = MINIMAL_ROWS[table];
  if (!factory) return [`${table}: no entry in MINIMAL_ROWS; add a minimal row for this new tenant table`];
  const given = Object.keys(await factory(randomUUID(), FAKE_REFS));
  const existing = new Set(columns.map((column) => column.column));
  return [
    ...columns
      .filter((column) => column.required && !given.includes(column.column))
      .map((column) => `${table}: MINIMAL_ROWS lacks required column "${column.column}"`),
    ...given.filter((name) => !existing.has(name)).map((name) => `${table}: MINIMAL_ROWS sets "${name}", which the table does not have`),
  ];
}

const OPERATIONS = ['select', 'insert', 'update', 'delete'] as const;
const SCENARIOS = ['right trust', 'wrong trust', 'no trust'] as const;
type Operation = (typeof OPERATIONS)[number];
type Scenario = (typeof SCENARIOS)[number];
type Row = { id: string; trustId: string | null };
type Fingerprint = { rows: number; digest: string };
type Outcome = { refused: string } | { rows: Row[]; count: number; foreignAfter: Fingerprint };

/** "Trust" is keyed by its own id; every other tenant table by "trustId". */
const tenantKey = (table: string) => (table === 'Trust' ? 'id' : 'trustId');

/** Every row of the table that does not belong to the acting trust (all rows when none is set). */
function foreignRowsSql(table: string, acting: string | null): string {
  const where = acting ? `"${tenantKey(table)}" IS DISTINCT FROM '${acting}'` : 'true';
  return `SELECT count(*)::int AS rows, coalesce(md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)), '') AS digest FROM "${table}" t WHERE ${where}`;
}

/**
 * A refusal counts only if it is the one we expect: row-level security where the role holds the
 * privilege, "permission denied" where it does not. Anything else (a syntax error, a missing
 * column, a constraint) means the attempt never reached the policy.
 */
function refusalProblem(message: string, privileged: boolean): string | null {
  const expected = privileged ? /row-level security/ : /permission denied/;
  return expected.test(message) ? null : `refused for an unexpected reason: ${message}`;
}

class Rollback extends Error {
  constructor(readonly outcome: Outcome) {
    super('rollback');
  }
}

/**
 * Runs one bare statement (no WHERE, no RETURNING, so only the policy for that command decides
 * which rows it touches) as the application role, then steps back to the connecting role inside the
 * same transaction to fingerprint the other trusts' rows, and always rolls back. Triggers and
 * foreign-key checks are off for the statement (session_replication_role = replica), so the
 * policies alone decide: a draft-only trigger or a referencing row cannot refuse first.
 */
async function attempt(actor: { trustId: string; userId: string } | null, table: string, sql: string, read: boolean): Promise<Outcome> {
  const body = async (tx: Tx): Promise<never> => {
    await tx.$executeRawUnsafe('RESET ROLE');
    await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
    await tx.$executeRawUnsafe(`SET LOCAL ROLE ${APP_ROLE}`);
    const rows = read ? await tx.$queryRawUnsafe<Row[]>(sql) : [];
    const count = read ? rows.length : await tx.$executeRawUnsafe(sql);
    await tx.$executeRawUnsafe('RESET ROLE');
    const [foreignAfter] = await tx.$queryRawUnsafe<Fingerprint[]>(foreignRowsSql(table, actor?.trustId ?? null));
    throw new Rollback({ rows, count, foreignAfter: foreignAfter ?? { rows: -1, digest: '' } });
  };
  try {
    if (actor) await withTenant(actor, body);
    else await getPrisma().$transaction((tx) => body(tx));
  } catch (error) {
    if (error instanceof Rollback) return error.outcome;
    return { refused: error instanceof Error ? error.message : String(error) };
  }
  return { refused: 'the attempt did not run' };
}

type Plan = {
  label: string;
  table: string;
  operation: Operation;
  scenario: Scenario;
  actor: { trustId: string; userId: string } | null;
  privileged: boolean;
  statements: string[];
};

/**
 * What is wrong with one statement's outcome. The first statement of an attempt by a real trust is
 * also a positive control (it must reach exactly that trust's own rows), except inserting a row
 * for another trust; every attempt must leave other trusts' rows untouched.
 */
function judge(plan: Plan, index: number, outcome: Outcome, own: { count: number; seededId: string }, foreignBefore: Fingerprint): string[] {
  const { label, table, operation, scenario, actor, privileged } = plan;
  const control = index === 0 && actor !== null && !(operation === 'insert' && scenario === 'wrong trust');
  if ('refused' in outcome) {
    const problem = refusalProblem(outcome.refused, privileged);
    return [...(problem ? [`${label}: ${problem}`] : []), ...(control && privileged ? [`${label}: could not reach its own rows`] : [])];
  }
  const problems: string[] = [];
  if (!privileged) problems.push(`${label}: succeeded without the privilege`);
  const seen = outcome.rows.filter((row) => actor === null || row.trustId !== actor.trustId);
  if (seen.length > 0) problems.push(`${label}: saw ${seen.length} row(s) of another trust: ${JSON.stringify(seen)}`);
  if (outcome.foreignAfter.rows !== foreignBefore.rows || outcome.foreignAfter.digest !== foreignBefore.digest) {
    problems.push(
      `${label}: wrote rows of another trust (${foreignBefore.rows} such rows before, ${outcome.foreignAfter.rows} after, contents ${outcome.foreignAfter.digest === foreignBefore.digest ? 'same' : 'changed'})`,
    );
  }
  if (control || actor === null) {
    const expected = actor === null ? 0 : operation === 'insert' ? 1 : own.count;
    if (outcome.count !== expected) problems.push(`${label}: reached ${outcome.count} row(s), expected ${expected}`);
  }
  if (control && operation === 'select' && !outcome.rows.some((row) => row.id === own.seededId))
    problems.push(`${label}: did not see its own seeded ${table} row`);
  return problems;
}

describe('row-level security matrix: tenant table × operation × trust setting', () => {
  beforeEach(resetDatabase);

  it('every tenant table found in the catalogue has a minimal row that fills its required columns', async () => {
    const problems: string[] = [];
    for (const table of ['Trust', ...(await discoverTenantTables())]) problems.push(...(await mapProblems(table, await describeColumns(table))));

    expect(problems).toEqual([]);
  });

  it('as the application role, no combination sees or writes a row of another trust, and each trust reaches its own', async () => {
    const tables = ['Trust', ...(await discoverTenantTables())];
    const trustA = await createTestTrust();
    const trustB = await createTestTrust();
    const actors = {
      'right trust': await createMemberContext(trustA, 'trust_admin'),
      'wrong trust': await createMemberContext(trustB, 'trust_admin'),
      'no trust': null,
    };
    const seeded = new Map<string, string>([
      [`Trust:${trustA.id}`, trustA.id],
      [`Trust:${trustB.id}`, trustB.id],
    ]);
    const plans: Plan[] = [];
    for (const table of tables) {
      const columns = await describeColumns(table);
      const key = tenantKey(table);
      if (table !== 'Trust') for (const trust of [trustA, trustB]) seeded.set(`${table}:${trust.id}`, await seed(table, trust.id, columns));
      for (const operation of OPERATIONS) {
        const [grant] = await getPrisma().$queryRawUnsafe<{ ok: boolean }[]>(
          `SELECT has_table_privilege('${APP_ROLE}', format('public.%I', $1::text), $2) AS ok`,
          table,
          operation.toUpperCase(),
        );
        for (const scenario of SCENARIOS) {
          const statements: Record<Operation, () => Promise<string[]>> = {
            select: async () => [`SELECT id::text AS id, "${key}"::text AS "trustId" FROM "${table}"`],
            insert: async () => [await minimalInsert(table, table === 'Trust' ? randomUUID() : trustA.id, columns)],
            update: async () =>
              ({
                'right trust': [`UPDATE "${table}" SET "${key}" = '${trustA.id}'`, `UPDATE "${table}" SET "${key}" = '${trustB.id}'`],
                'wrong trust': [`UPDATE "${table}" SET "${key}" = '${trustB.id}'`],
                'no trust': [`UPDATE "${table}" SET "${key}" = '${trustA.id}'`],
              })[scenario],
            delete: async () => [`DELETE FROM "${table}"`],
          };
          plans.push({
            label: `${table} ${operation} (${scenario})`,
            table,
            operation,
            scenario,
            actor: actors[scenario],
            privileged: grant?.ok ?? false,
            statements: await statements[operation](),
          });
        }
      }
    }

    const failures: string[] = [];
    for (const plan of plans) {
      const acting = plan.actor?.trustId ?? null;
      const [foreignBefore] = await getPrisma().$queryRawUnsafe<Fingerprint[]>(foreignRowsSql(plan.table, acting));
      const [ownRows] = await getPrisma().$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "${plan.table}" WHERE "${tenantKey(plan.table)}" IS NOT DISTINCT FROM $1::uuid`,
        acting,
      );
      const own = { count: acting ? (ownRows?.count ?? -1) : 0, seededId: seeded.get(`${plan.table}:${acting}`) ?? '' };
      for (const [index, sql] of plan.statements.entries()) {
        failures.push(
          ...judge(plan, index, await attempt(plan.actor, plan.table, sql, plan.operation === 'select'), own, foreignBefore ?? { rows: -1, digest: '' }),
        );
      }
    }

    expect(failures).toEqual([]);
    expect(plans).toHaveLength(tables.length * OPERATIONS.length * SCENARIOS.length);
    expect(plans.length).toBeGreaterThanOrEqual(5 * 4 * 3);
  }, 120_000);
});
