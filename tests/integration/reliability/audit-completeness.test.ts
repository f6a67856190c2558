import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { resetDatabase } from '../setup/reset-db';
import { candidatesFor, translateIds, type FieldInfo, type FormValues } from '../../support/security-forms';
import {
  describeOutcome,
  discoverActions,
  invoke,
  mergeFields,
  NOT_TENANT_BOUND,
  succeeded,
  synthesiseForm,
  type DiscoveredAction,
} from '../../support/security-action-harness';
import { alignIds, writeFigures } from '../../support/security-action-matrix';
import { invitationToken, MEMBER_CALLERS, seedMatrixTrust, superuserSql, type MatrixTrust } from '../../support/security-seed';
import { tenantTables } from '../../support/security-sql';

// Server actions are called as a form post would call them; only the session is mocked. The calls
// must stand in this file, above the import.meta.glob of the actions, because Vitest hoists them
// per file; the factories are shared with the action matrix (tests/support/action-mocks.ts).
vi.mock('../../../lib/auth/current-user', async () => (await import('../../support/action-mocks')).currentUser());
vi.mock('next/cache', async (importOriginal) => (await import('../../support/action-mocks')).nextCache(importOriginal));
vi.mock('next/headers', async (importOriginal) => (await import('../../support/action-mocks')).nextHeaders(importOriginal));
vi.mock('next/server', async (importOriginal) => (await import('../../support/action-mocks')).nextServer(importOriginal));
vi.mock('../../../lib/actions/tenant-action', async (importOriginal) => (await import('../../support/action-mocks')).tenantAction(importOriginal));
vi.mock('../../../lib/tenancy/require-tenant', async (importOriginal) => (await import('../../support/action-mocks')).requireTenant(importOriginal));
vi.mock('../../../lib/errors/app-error', async (importOriginal) => (await import('../../support/action-mocks')).appError(importOriginal));

/**
 * Audit completeness: every server action in app/**\/actions.ts (found, not listed, so a new one is
 * covered without anyone remembering to) is run once with a form it accepts, in a freshly seeded
 * trust. Every row of that trust it inserted, changed or deleted (read before and after past
 * row-level security, every tenant table found in the catalogue, plus the trust's own row and its
 * members' accounts) must have audit rows saying which trust, who, what, which table, which row, and
 * values that lead from the row before to the row after.
 */
const modules = import.meta.glob<Record<string, unknown>>('../../../app/**/actions.ts', { eager: true });
const { actions, problems: exportProblems } = discoverActions(modules);

type Rows = Map<string, Record<string, unknown>>;
type Event = {
  id: bigint;
  trustId: string | null;
  tableName: string;
  rowId: string;
  action: string;
  changes: unknown;
  actorUserId: string | null;
  actorLabel: string | null;
};
type Run = { id: string; caller: string; changed: string[]; auditRows: number; problems: string[] };

/** Columns the trigger leaves out of its diff on purpose. */
const UNAUDITED = new Set(['createdAt', 'updatedAt']);

/** Every row the trust owns, keyed "Table:id", as to_jsonb gives it (the trigger's own view). */
async function trustRows(trustId: string): Promise<Rows> {
  const slices = [
    `SELECT 'Trust' AS t, to_jsonb(r) AS row FROM "Trust" r WHERE r.id = $1::uuid`,
    `SELECT 'User' AS t, to_jsonb(r) AS row FROM "User" r WHERE r.id IN (SELECT "userId" FROM "Membership" WHERE "trustId" = $1::uuid) OR r.email LIKE '%' || (SELECT slug FROM "Trust" WHERE id = $1::uuid) || '%'`,
    ...(await tenantTables(superuserSql))
      .filter((table) => table !== 'AuditEvent')
      .map((table) => `SELECT '${table}' AS t, to_jsonb(r) AS row FROM "${table}" r WHERE r."trustId" = $1::uuid`),
  ];
  const rows = await superuserSql<{ t: string; row: Record<string, unknown> }>(slices.join(' UNION ALL '), [trustId]);
  return new Map(rows.map(({ t, row }) => [`${t}:${String(row.id)}`, row]));
}

/** Fields whose stored value differs, leaving out the timestamps the trigger skips. */
function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names].filter((name) => !UNAUDITED.has(name) && !isDeepStrictEqual(before?.[name] ?? null, after?.[name] ?? null));
}

/** Redacted secrets and digested files are recorded as such, not as the value. */
const recordedAsStandIn = (value: unknown) => value === '[redacted]' || (typeof value === 'string' && value.startsWith('sha256:'));

/** What is wrong with the audit rows of one changed row. */
function auditProblems(
  key: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  events: Event[],
  expected: { trustId: string | null; actor: string | null },
): string[] {
  const fields = changedFields(before, after);
  if (fields.length === 0) return [];
  if (events.length === 0) return [`${key}: changed (${fields.join(', ')}) but has no audit row`];
  const problems: string[] = [];
  const wanted = before && after ? null : before ? 'delete' : 'insert';
  if (wanted === 'insert' && events[0]!.action !== 'insert') problems.push(`${key}: inserted, but its first audit row says ${events[0]!.action}`);
  if (wanted === 'delete' && events.at(-1)!.action !== 'delete') problems.push(`${key}: deleted, but its last audit row says ${events.at(-1)!.action}`);
  for (const event of events) {
    if (event.trustId !== expected.trustId) problems.push(`${key}: audit row ${event.id} names trust ${event.trustId}, not ${expected.trustId}`);
    const actor = expected.actor ? event.actorUserId === expected.actor : event.actorLabel?.startsWith('system:');
    if (!actor) problems.push(`${key}: audit row ${event.id} names actor ${event.actorUserId ?? event.actorLabel}, not ${expected.actor ?? 'a system reason'}`);
  }
  for (const field of fields) {
    const mentions = events.map((event) => (event.changes as Record<string, { old: unknown; new: unknown }>)[field]).filter((change) => change !== undefined);
    const [first, last] = [mentions[0], mentions.at(-1)];
    if (!first || !last) problems.push(`${key}.${field}: changed, but no audit row records it`);
    else if (!recordedAsStandIn(first.old) && !isDeepStrictEqual(first.old, before?.[field] ?? null))
      problems.push(`${key}.${field}: audit says it was ${JSON.stringify(first.old)}, it was ${JSON.stringify(before?.[field] ?? null)}`);
    else if (!recordedAsStandIn(last.new) && !isDeepStrictEqual(last.new, after?.[field] ?? null))
      problems.push(`${key}.${field}: audit says it became ${JSON.stringify(last.new)}, it is ${JSON.stringify(after?.[field] ?? null)}`);
  }
  return problems;
}

/** Calls the action once in `trust` and judges every row it changed against the audit rows it wrote. */
async function runAudited(
  action: DiscoveredAction,
  trust: MatrixTrust,
  call: () => ReturnType<typeof invoke>,
  actor: string | null,
  caller: string,
): Promise<Run> {
  const before = await trustRows(trust.id);
  const lastBefore = (await getPrisma().auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0n;
  const outcome = await call();
  const after = await trustRows(trust.id);
  const events = (await getPrisma().auditEvent.findMany({ where: { id: { gt: lastBefore } }, orderBy: { id: 'asc' } })) as Event[];
  const problems = succeeded(outcome.outcome) ? [] : [`${action.id}: the accepted form was refused on the second trust (${describeOutcome(outcome)})`];
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => changedFields(before.get(key), after.get(key)).length > 0);
  for (const key of changed) {
    const [table, id] = key.split(':') as [string, string];
    const own = events.filter((event) => event.tableName === table && event.rowId === id);
    problems.push(
      ...auditProblems(key, before.get(key), after.get(key), own, { trustId: table === 'User' ? null : trust.id, actor }).map(
        (problem) => `${action.id}: ${problem}`,
      ),
    );
  }
  const anonymous = events.filter((event) => !event.actorUserId && !event.actorLabel?.startsWith('system:'));
  if (anonymous.length > 0)
    problems.push(
      `${action.id}: ${anonymous.length} audit row(s) with no actor: ${JSON.stringify(anonymous.map((event) => [event.tableName, event.action, event.actorLabel]))}`,
    );
  return { id: action.id, caller, changed, auditRows: events.length, problems };
}

/** Finds a form the action accepts in one fresh trust, then runs it once in another. */
async function auditAction(action: DiscoveredAction): Promise<Run> {
  const declared = NOT_TENANT_BOUND[action.id];
  if (declared?.attack === 'self') {
    const trust = await seedMatrixTrust('audit');
    const user = trust.users.trust_admin!;
    return runAudited(action, trust, () => invoke(action.fn, undefined, {}, user), user.userId, 'trust_admin');
  }
  const fields = new Map<string, FieldInfo>();
  if (declared?.attack === 'token') {
    const trust = await seedMatrixTrust('audit');
    mergeFields(fields, await invoke(action.fn, '', {}, null));
    const form = Object.fromEntries([...fields].map(([name, info]) => [name, candidatesFor(name, info, [])[0] ?? ''])) as FormValues;
    const token = await invitationToken(trust);
    return runAudited(action, trust, () => invoke(action.fn, token, form, null), null, 'invitee');
  }
  const control = await seedMatrixTrust('control');
  // A first call with an empty form tells the synthesis which fields the action reads.
  mergeFields(fields, await invoke(action.fn, control.slug, {}, control.users.trust_admin!));
  const synthesis = await synthesiseForm(
    action.fn,
    control,
    MEMBER_CALLERS.map((caller) => caller.key),
    fields,
  );
  if (!synthesis.ok) return { id: action.id, caller: '-', changed: [], auditRows: 0, problems: [`${action.id}: no accepted form found (${synthesis.last})`] };
  const trust = await seedMatrixTrust('audit');
  const form = translateIds(synthesis.form, alignIds(control, trust));
  const user = trust.users[synthesis.callerKey]!;
  return runAudited(action, trust, () => invoke(action.fn, trust.slug, form, user), user.userId, synthesis.callerKey);
}

describe('audit completeness: every server action, run once, leaves an audit row for every row it changed', () => {
  const runs: Run[] = [];

  beforeAll(async () => {
    await resetDatabase();
    const started = Date.now();
    for (const action of actions) runs.push(await auditAction(action));
    const seconds = Math.round((Date.now() - started) / 1000);
    const mutating = runs.filter((run) => run.changed.length > 0);
    console.log(
      `audit completeness: ${runs.length} actions run, ${mutating.length} changed rows (${mutating.reduce((sum, run) => sum + run.changed.length, 0)} rows, ${runs.reduce((sum, run) => sum + run.auditRows, 0)} audit rows), ${runs.reduce((sum, run) => sum + run.problems.length, 0)} problems, ${seconds} s`,
    );
    writeFigures('audit-completeness', { seconds, runs }, 'reliability');
  }, 900_000);

  it('finds every server action and runs each one with a form it accepts', () => {
    expect(exportProblems).toEqual([]);
    expect(runs.map((run) => run.id)).toEqual(actions.map((action) => action.id));
    expect(runs.flatMap((run) => run.problems.filter((problem) => /no accepted form|was refused/.test(problem)))).toEqual([]);
  });

  it('every row an action inserted, changed or deleted has audit rows naming the trust, the actor, the action, the table, the row and its values before and after', () => {
    expect(runs.flatMap((run) => run.problems)).toEqual([]);
    // Most actions change something; if they all stopped, the check above would prove nothing.
    expect(runs.filter((run) => run.changed.length > 0).length).toBeGreaterThanOrEqual(Math.ceil(actions.length / 2));
  });

  it('no audit row in the whole run lacks an actor', async () => {
    expect(await getPrisma().auditEvent.count({ where: { actorUserId: null, NOT: { actorLabel: { startsWith: 'system:' } } } })).toBe(0);
    expect(await getPrisma().auditEvent.count({ where: { actorUserId: null, actorLabel: null } })).toBe(0);
  });
});
