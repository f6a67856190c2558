import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetDatabase } from '../setup/reset-db';
import {
  describeOutcome,
  discoverActions,
  FILLED,
  invoke,
  mergeFields,
  NOT_TENANT_BOUND,
  succeeded,
  synthesiseForm,
  type DiscoveredAction,
} from '../../support/security-action-harness';
import { attacksFor, CALLER_KEYS, emptyTally, runAttack, writeFigures, type Control, type Plan, type Tally } from '../../support/security-action-matrix';
import { candidatesFor, type FieldInfo, type FormValues } from '../../support/security-forms';
import { invitationToken, MEMBER_CALLERS, seedMatrixTrust, superuserSql, type MatrixTrust } from '../../support/security-seed';
import { setRowLevelSecurity, tablesWithoutRls, trustIdPool } from '../../support/security-sql';

// The session is the one thing mocked: getCurrentUser answers for the caller the matrix chooses,
// still through the real validateSession and a real AuthSession row. Prisma and PostgreSQL are real.
// Next's request-scoped helpers are no-ops; the rest observe which schemas an action parses, which
// trust it resolves and which AppError codes it raises (tests/support/action-mocks.ts).
vi.mock('../../../lib/auth/current-user', async () => (await import('../../support/action-mocks')).currentUser());
vi.mock('next/cache', async (importOriginal) => (await import('../../support/action-mocks')).nextCache(importOriginal));
vi.mock('next/headers', async (importOriginal) => (await import('../../support/action-mocks')).nextHeaders(importOriginal));
vi.mock('next/server', async (importOriginal) => (await import('../../support/action-mocks')).nextServer(importOriginal));
vi.mock('../../../lib/actions/tenant-action', async (importOriginal) => (await import('../../support/action-mocks')).tenantAction(importOriginal));
vi.mock('../../../lib/tenancy/require-tenant', async (importOriginal) => (await import('../../support/action-mocks')).requireTenant(importOriginal));
vi.mock('../../../lib/errors/app-error', async (importOriginal) => (await import('../../support/action-mocks')).appError(importOriginal));

const modules = import.meta.glob<Record<string, unknown>>('../../../app/**/actions.ts', { eager: true });
const { actions, problems: exportProblems } = discoverActions(modules);
const MIN_ACTIONS = 20;

let attacker: MatrixTrust;
let victim: MatrixTrust;
const plans: Plan[] = [];
const schemas: unknown[] = [];
const planProblems: string[] = [];
const tallies: Record<string, Tally> = {};

/** Fields that choose a path through an action: each of their values gets its own control form. */
const CHOOSER = /^(intent|kind|type|mode|action)$|Kind$/;
const CHOOSER_WORDS = ['confirm', 'agree', 'draft', 'save', 'submit', 'approve', 'delete', 'remove'];
const planNotes: string[] = [];

/** How each export is called: probed once with an empty form, then, for tenant actions, control forms found in fresh trusts. */
async function planFor(action: DiscoveredAction): Promise<Plan | null> {
  const probe = await invoke(action.fn, attacker.slug, {}, attacker.users.trust_admin!);
  await restoreAttackerSessions();
  const declared = NOT_TENANT_BOUND[action.id];
  const fields = new Map<string, FieldInfo>();
  mergeFields(fields, probe);
  if (probe.resolvedSlugs.length === 0) {
    if (!declared) {
      planProblems.push(
        `${action.id} never resolved a trust from its first argument and is not listed in NOT_TENANT_BOUND: the matrix cannot call it (${JSON.stringify(probe.outcome).slice(0, 200)})`,
      );
      return null;
    }
    if (declared.attack === 'self') return { id: action.id, fn: action.fn, kind: 'self' };
    const form = Object.fromEntries([...fields].map(([name, info]) => [name, candidatesFor(name, info, [])[0] ?? ''])) as FormValues;
    // Positive control: the same form with a real invitation's token is accepted.
    const token = await invitationToken(await seedMatrixTrust('control'));
    const accepted = await invoke(action.fn, token, form, null);
    if (!succeeded(accepted.outcome))
      planProblems.push(
        `${action.id}: the form ${JSON.stringify(form)} is not accepted even with a valid token, so refusing foreign tokens would prove nothing (${describeOutcome(accepted)})`,
      );
    return { id: action.id, fn: action.fn, kind: 'token', form };
  }
  if (action.fn.length !== 3)
    planProblems.push(`${action.id} takes ${action.fn.length} arguments; the matrix calls tenant actions as (trustSlug, previousState, formData)`);
  const callers = MEMBER_CALLERS.map((caller) => caller.key);
  const controls: Control[] = [];
  const seen = new Set<string>();
  const tryControl = async (label: string, pinned: FormValues) => {
    const trust = await seedMatrixTrust('control');
    const synthesis = await synthesiseForm(action.fn, trust, callers, fields, pinned);
    for (const [name, info] of synthesis.fields) fields.set(name, info);
    const signature = JSON.stringify([
      synthesis.schemas.map((schema) => (schemas.indexOf(schema) >= 0 ? schemas.indexOf(schema) : schemas.push(schema) - 1)),
      synthesis.optional,
    ]);
    if (synthesis.ok && !seen.has(signature)) {
      seen.add(signature);
      controls.push({ label, trust, form: synthesis.form, callerKey: synthesis.callerKey, optional: synthesis.optional, attempts: synthesis.attempts });
    } else planNotes.push(`${action.id} ${label}: ${synthesis.ok ? 'same path as another control' : `not accepted (${synthesis.last})`}`);
    return synthesis;
  };
  const primary = await tryControl('control', {});
  if (!primary.ok) {
    planProblems.push(
      `${action.id}: no form the action accepts was found in a fresh trust after ${primary.attempts} attempts, so its attacks would prove nothing. Teach tests/support/security-forms.ts candidatesFor() its fields. Last answer: ${primary.last}`,
    );
    return null;
  }
  for (const alternative of primary.alternatives) {
    const blank = Object.keys(alternative).filter((name) => alternative[name] === '' && primary.form[name] !== '');
    await tryControl(`${blank.join(', ')} left blank`, Object.fromEntries(blank.map((name) => [name, ''])));
  }
  for (const name of primary.optional) await tryControl(`${name} filled in`, { [name]: FILLED });
  for (const [name, info] of [...fields].filter(([field]) => CHOOSER.test(field))) {
    const values = info.options.length > 0 ? info.options.filter((option) => option !== '') : CHOOSER_WORDS;
    for (const value of values.filter((option) => [primary.form[name]].flat()[0] !== option)) await tryControl(`${name}=${value}`, { [name]: value });
  }
  return { id: action.id, fn: action.fn, kind: 'tenant', fields, controls };
}

async function restoreAttackerSessions(): Promise<void> {
  const ids = Object.values(attacker.users).map((user) => user.userId);
  await superuserSql(`UPDATE "AuthSession" SET "revokedAt" = NULL WHERE "userId" = ANY($1::uuid[])`, [ids]);
}

async function runPass(name: string): Promise<Tally> {
  const tally = emptyTally();
  const pool = await trustIdPool(superuserSql, victim.id);
  for (const plan of [...plans].sort((a, b) => Number(a.kind === 'self') - Number(b.kind === 'self'))) {
    for (const callerKey of CALLER_KEYS) {
      for (const attack of attacksFor(plan, { attacker, victim }, pool)) {
        await runAttack(plan, attack, callerKey, { attacker, victim }, tally);
        if (plan.kind === 'self') await restoreAttackerSessions();
      }
    }
  }
  tallies[name] = tally;
  console.log(
    `server-action matrix, ${name}: ${tally.combinations} combinations (${Object.keys(tally.byAction).length} actions × ${CALLER_KEYS.length} callers × attacks), ${tally.refused} refused, ${tally.ignored} foreign ids ignored, ${tally.self} own-session calls, ${tally.problems.length} leaks`,
  );
  return tally;
}

describe('cross-tenant matrix: every server action × every caller × the other trust’s slug and ids', () => {
  beforeAll(async () => {
    await resetDatabase();
    attacker = await seedMatrixTrust('attacker');
    victim = await seedMatrixTrust('victim');
    const started = Date.now();
    for (const action of actions) {
      const plan = await planFor(action);
      if (plan) plans.push(plan);
    }
    const variants = plans.reduce((sum, plan) => sum + (plan.kind === 'tenant' ? plan.controls.length : 1), 0);
    console.log(`server-action matrix: ${actions.length} actions, ${variants} control forms, planned in ${Math.round((Date.now() - started) / 1000)} s`);
  }, 900_000);

  afterAll(async () => {
    await setRowLevelSecurity(superuserSql, true);
    writeFigures('action-matrix', {
      actions: actions.map((action) => action.id),
      controls: Object.fromEntries(
        plans.map((plan) => [plan.id, plan.kind === 'tenant' ? plan.controls.map(({ trust: _trust, ...control }) => control) : plan.kind]),
      ),
      notes: planNotes,
      passes: Object.fromEntries(
        Object.entries(tallies).map(([name, tally]) => [name, { ...tally, problems: tally.problems.slice(0, 50), leaks: tally.problems.length }]),
      ),
    });
  });

  it(`finds every export of every app/**/actions.ts (at least ${MIN_ACTIONS}) and knows how to call each one`, () => {
    expect(exportProblems).toEqual([]);
    expect(actions.length).toBeGreaterThanOrEqual(MIN_ACTIONS);
    expect(planProblems).toEqual([]);
    expect(plans.map((plan) => plan.id)).toEqual(actions.map((action) => action.id));
    expect(
      Object.keys(NOT_TENANT_BOUND).filter((id) => !actions.some((action) => action.id === id)),
      'NOT_TENANT_BOUND names an action that no longer exists',
    ).toEqual([]);
  });

  it('with row-level security on: no combination leaks', async () => {
    expect(await tablesWithoutRls(superuserSql)).toEqual([]);
    const tally = await runPass('row-level security on');
    expect(tally.problems).toEqual([]);
    expect(tally.combinations).toBeGreaterThan(actions.length * CALLER_KEYS.length * 2);
    expect(Object.keys(tally.byAction).sort()).toEqual(actions.map((action) => action.id).sort());
  }, 1_800_000);

  it('with row-level security off on every tenant table: the data-access layer alone still leaks nothing', async () => {
    const switched = await setRowLevelSecurity(superuserSql, false);
    try {
      expect(await tablesWithoutRls(superuserSql)).toEqual(switched.sort());
      const tally = await runPass('row-level security off');
      expect(tally.problems).toEqual([]);
      expect(tally.combinations).toBe(tallies['row-level security on']?.combinations);
    } finally {
      await setRowLevelSecurity(superuserSql, true);
    }
    expect(await tablesWithoutRls(superuserSql)).toEqual([]);
  }, 1_800_000);
});
