import { mkdirSync, writeFileSync } from 'node:fs';
import { describeOutcome, invoke, succeeded, type ActionFn, type Call } from './security-action-harness';
import { isIdField, isUuidText, kindsForField, translateIds, type FieldInfo, type FormValues } from './security-forms';
import { MEMBER_CALLERS, OUTSIDER, superuserSql, type MatrixTrust } from './security-seed';
import { fingerprintChanges, rowsMentioning, trustFingerprint } from './security-sql';

/**
 * The attacks and the verdicts of the server-action matrix. An attack is one call: a caller from
 * the attacking trust (every role, the chair, someone with no membership, and nobody signed in),
 * a bound first argument and a form. Nothing may change the victim trust's rows, no response may
 * carry its content, and a call that used one of its ids may not succeed.
 */
/** A form the action accepted in a fresh trust seeded like the others, and what it showed. */
export type Control = { label: string; trust: MatrixTrust; form: FormValues; callerKey: string; optional: string[]; attempts: number };
export type Plan =
  | { id: string; fn: ActionFn; kind: 'tenant'; fields: Map<string, FieldInfo>; controls: Control[] }
  | { id: string; fn: ActionFn; kind: 'token'; form: FormValues }
  | { id: string; fn: ActionFn; kind: 'self' };

export type Attack = { shape: string; bound: unknown; form: FormValues; foreignId: string | null; strict: boolean };
export const CALLER_KEYS = [...MEMBER_CALLERS.map((caller) => caller.key), OUTSIDER.key, 'signed out'] as const;

/** Every id of `from` (trust, accounts, seeded rows) mapped to the row with the same name in `to`. */
export function alignIds(from: MatrixTrust, to: MatrixTrust): Map<string, string> {
  const map = new Map<string, string>([[from.id, to.id]]);
  for (const [key, user] of Object.entries(from.users)) if (to.users[key]) map.set(user.userId, to.users[key].userId);
  for (const [key, id] of from.keys) if (to.keys.has(key)) map.set(id, to.keys.get(key)!);
  return map;
}

/** The kinds of row a field may name: the kind of its control value when that is a seeded id, else its name's. */
function fieldKinds(name: string, control: FormValues, controlTrust: MatrixTrust, poolKinds: string[]): string[] {
  const value = [control[name]].flat()[0] ?? '';
  if (isUuidText(value)) {
    if (value === controlTrust.id) return ['Trust'];
    if (Object.values(controlTrust.users).some((user) => user.userId === value)) return ['User'];
    for (const [key, id] of controlTrust.keys) if (id === value) return [key.split(':')[0]!];
  }
  return kindsForField(name, poolKinds);
}

/** The attacks on one action; `pool` is the victim's ids by kind (every uuid column of its rows). */
export function attacksFor(plan: Plan, trusts: { attacker: MatrixTrust; victim: MatrixTrust }, pool: Map<string, Set<string>>): Attack[] {
  const everyVictimId = [...pool.values()].flatMap((ids) => [...ids]);
  if (plan.kind === 'self') return [{ shape: 'self', bound: undefined, form: {}, foreignId: null, strict: false }];
  if (plan.kind === 'token') {
    return [trusts.victim.slug, ...everyVictimId].map((token) => ({ shape: 'foreign token', bound: token, form: plan.form, foreignId: token, strict: true }));
  }
  const attacks = new Map<string, Attack>();
  const add = (attack: Attack) => {
    const key = JSON.stringify([attack.bound, attack.form]);
    if (!attacks.has(key) || attack.strict) attacks.set(key, attack);
  };
  for (const control of plan.controls) {
    const own = translateIds(control.form, alignIds(control.trust, trusts.attacker));
    const foreign = translateIds(control.form, alignIds(control.trust, trusts.victim));
    add({ shape: `${control.label}: victim's slug and ids`, bound: trusts.victim.slug, form: foreign, foreignId: trusts.victim.slug, strict: true });
    if (JSON.stringify(own) !== JSON.stringify(foreign))
      add({ shape: `${control.label}: own slug, every id the victim's`, bound: trusts.attacker.slug, form: foreign, foreignId: null, strict: true });
    for (const [name, info] of plan.fields) {
      if (!isIdField(name, info)) continue;
      const kinds = fieldKinds(name, control.form, control.trust, [...pool.keys()]);
      const ids = kinds.length > 0 ? kinds.flatMap((kind) => [...(pool.get(kind) ?? [])]) : everyVictimId;
      const strict = !control.optional.includes(name);
      for (const id of ids) {
        add({
          shape: `${control.label}: own slug, ${strict ? '' : 'ignorable '}${name} = victim's ${kinds.join('|') || 'id'}`,
          bound: trusts.attacker.slug,
          form: { ...own, [name]: info.array ? [id] : id },
          foreignId: id,
          strict,
        });
      }
    }
  }
  return [...attacks.values()];
}

const REFUSALS = ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'];

export type Tally = { combinations: number; refused: number; ignored: number; self: number; byAction: Record<string, number>; problems: string[] };
export const emptyTally = (): Tally => ({ combinations: 0, refused: 0, ignored: 0, self: 0, byAction: {}, problems: [] });

/** Runs one attack, then judges it; the victim's fingerprint is taken before and after every call. */
export async function runAttack(
  plan: Plan,
  attack: Attack,
  callerKey: string,
  trusts: { attacker: MatrixTrust; victim: MatrixTrust },
  tally: Tally,
): Promise<void> {
  const actor = callerKey === 'signed out' ? null : trusts.attacker.users[callerKey]!;
  const before = await trustFingerprint(superuserSql, trusts.victim.id);
  const call: Call = await invoke(plan.fn, attack.bound, attack.form, actor);
  const after = await trustFingerprint(superuserSql, trusts.victim.id);
  const label = `${plan.id} as ${callerKey} [${attack.shape}${attack.foreignId ? ` ${attack.foreignId}` : ''}]`;
  const problems: string[] = [];
  const changes = fingerprintChanges(before, after);
  if (changes.length > 0) problems.push(`changed the victim trust's data: ${changes.join('; ')}`);
  const body =
    call.outcome.kind === 'result'
      ? call.outcome.body
      : call.outcome.kind === 'redirect'
        ? call.outcome.location
        : call.outcome.kind === 'threw'
          ? call.outcome.message
          : '';
  const submitted = new Set(Object.values(attack.form).flat());
  const leakedIds = (body.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? []).filter(
    (id) => !submitted.has(id) && id !== attack.foreignId,
  );
  const victimIds = new Set([trusts.victim.id, ...trusts.victim.keys.values(), ...Object.values(trusts.victim.users).map((user) => user.userId)]);
  if (body.includes(trusts.victim.marker) || leakedIds.some((id) => victimIds.has(id)))
    problems.push(`the response carries the victim trust's content: ${body.slice(0, 300)}`);
  const refusedByThrow = call.outcome.kind === 'threw' && /^AppError/.test(call.outcome.message) && call.errorCodes.some((code) => REFUSALS.includes(code));
  if (call.outcome.kind === 'threw' && !refusedByThrow) problems.push(`threw instead of answering (a 500): ${call.outcome.message}`);
  if (actor && call.errorCodes.includes('UNAUTHENTICATED'))
    problems.push('the caller’s session was refused, so the attack proved nothing: the matrix must keep its sessions valid');
  if (succeeded(call.outcome)) {
    if (plan.kind === 'self') tally.self += 1;
    else if (attack.strict) problems.push(`succeeded with another trust's id or slug: ${describeOutcome(call)}`);
    else {
      const mentions = attack.foreignId ? await rowsMentioning(superuserSql, trusts.attacker.id, attack.foreignId) : [];
      if (mentions.length > 0) problems.push(`stored the victim's id in the attacker's rows: ${mentions.join(', ')}`);
      else tally.ignored += 1;
    }
  } else if (problems.length === 0) tally.refused += 1;
  tally.combinations += 1;
  tally.byAction[plan.id] = (tally.byAction[plan.id] ?? 0) + 1;
  tally.problems.push(...problems.map((problem) => `${label}: ${problem}`));
}

/** Writes the figures where docs/SECURITY.md and docs/RELIABILITY.md say to find them (test-reports/ is not committed). */
export function writeFigures(name: string, figures: unknown, folder: 'security' | 'reliability' = 'security'): void {
  mkdirSync(`test-reports/${folder}`, { recursive: true });
  writeFileSync(`test-reports/${folder}/${name}.json`, `${JSON.stringify(figures, null, 2)}\n`);
}
