import { actionState } from './security-action-state';
import { candidatesFor, isIdField, kindsForField, schemaFields, toFormData, type FieldInfo, type FormValues } from './security-forms';
import type { MatrixTrust } from './security-seed';

/** Calls server actions the way a form post does, and says what came back. */
export type ActionFn = (...args: unknown[]) => Promise<unknown>;
export type DiscoveredAction = { id: string; name: string; fn: ActionFn };

/** Every export of every actions.ts, named "app/…/actions.ts#name". Anything not a function is reported. */
export function discoverActions(modules: Record<string, Record<string, unknown>>): { actions: DiscoveredAction[]; problems: string[] } {
  const actions: DiscoveredAction[] = [];
  const problems: string[] = [];
  for (const [path, exports] of Object.entries(modules)) {
    const file = path.replace(/^(\.\.\/)+/, '');
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'function') actions.push({ id: `${file}#${name}`, name, fn: value as ActionFn });
      else problems.push(`${file}#${name} is exported from an actions.ts but is not a function the matrix can call`);
    }
  }
  return { actions: actions.sort((a, b) => a.id.localeCompare(b.id)), problems };
}

/**
 * Exports that take no trust slug, each with the reason and how the matrix attacks it. Any other
 * export that does not resolve a trust fails the matrix's discovery test: add it here, or make it a tenant action.
 */
export const NOT_TENANT_BOUND: Record<string, { attack: 'token' | 'self'; why: string }> = {
  'app/(auth)/invitations/[token]/actions.ts#acceptInvitationAction': {
    attack: 'token',
    why: 'public; the single-use token is the credential. Attacked with every id of the victim, its slug and its token hashes as the token.',
  },
  'app/(signed-in)/account/actions.ts#signOutEverywhereAction': {
    attack: 'self',
    why: 'takes no input and acts on the caller’s own sessions only. Called by every caller; the victim must be unchanged.',
  },
};

/** FormData that notes every field name the action reads from it directly. */
class RecordingFormData extends FormData {
  override get(name: string) {
    actionState.reads.add(name);
    return super.get(name);
  }
  override getAll(name: string) {
    actionState.reads.add(name);
    return super.getAll(name);
  }
  override has(name: string) {
    actionState.reads.add(name);
    return super.has(name);
  }
}

export type Outcome =
  | { kind: 'result'; status: string; fieldErrors: string[]; body: string }
  | { kind: 'void' }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'threw'; message: string };
export type Call = { outcome: Outcome; errorCodes: string[]; schemas: unknown[]; arrays: Set<string>; reads: Set<string>; resolvedSlugs: unknown[] };

function outcomeOf(value: unknown): Outcome {
  if (value === undefined) return { kind: 'void' };
  if (typeof value === 'object' && value !== null && 'status' in value) {
    const { values: _echo, ...rest } = value as { status: string; values?: unknown; fieldErrors?: Record<string, string[]> };
    return { kind: 'result', status: rest.status, fieldErrors: Object.keys(rest.fieldErrors ?? {}), body: JSON.stringify(rest) };
  }
  return { kind: 'result', status: 'unknown', fieldErrors: [], body: JSON.stringify(value) ?? String(value) };
}

function thrownOutcome(error: unknown): Outcome {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String((error as { digest: unknown }).digest) : '';
  if (digest.startsWith('NEXT_REDIRECT')) return { kind: 'redirect', location: digest.split(';')[2] ?? '' };
  if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') || digest === 'NEXT_NOT_FOUND') return { kind: 'not-found' };
  return { kind: 'threw', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** Runs one action as `actor` (null: signed out) with the bound first argument and the form. */
export async function invoke(fn: ActionFn, bound: unknown, values: FormValues, actor: { sessionId: string } | null): Promise<Call> {
  actionState.startCall();
  actionState.actor = actor;
  const form = new RecordingFormData();
  for (const [name, value] of toFormData(values).entries()) form.append(name, value);
  let outcome: Outcome;
  try {
    outcome = outcomeOf(await fn(bound, { status: 'idle' }, form));
  } catch (error) {
    outcome = thrownOutcome(error);
  } finally {
    actionState.actor = null;
  }
  const { errorCodes, schemas, arrays, reads, resolvedSlugs } = actionState;
  return { outcome, errorCodes: [...errorCodes], schemas: [...schemas], arrays: new Set(arrays), reads: new Set(reads), resolvedSlugs: [...resolvedSlugs] };
}

export const succeeded = (outcome: Outcome) =>
  outcome.kind === 'redirect' || outcome.kind === 'void' || (outcome.kind === 'result' && outcome.status === 'success');
export const describeOutcome = (call: Call) => `${JSON.stringify(call.outcome).slice(0, 300)} codes=${call.errorCodes.join(',') || '-'}`;

/** Field names and what is known of them, merged from every call so far. */
export function mergeFields(fields: Map<string, FieldInfo>, call: Call): void {
  for (const schema of call.schemas) {
    for (const [name, info] of schemaFields(schema)) {
      const known = fields.get(name);
      fields.set(
        name,
        known ? { options: [...new Set([...known.options, ...info.options])], uuid: known.uuid || info.uuid, array: known.array || info.array } : info,
      );
    }
  }
  const extra = [...call.reads, ...(call.outcome.kind === 'result' ? call.outcome.fieldErrors : [])].filter(
    (name) => name !== '_form' && !name.startsWith('$ACTION'),
  );
  for (const name of extra) if (!fields.has(name)) fields.set(name, { options: [], uuid: false, array: false });
  for (const name of call.arrays) fields.get(name)!.array = true;
}

/** The trust's ids by kind (the table a key names), for candidate values. */
export function idsByKind(trust: MatrixTrust): Map<string, string[]> {
  const byKind = new Map<string, string[]>([
    ['Trust', [trust.id]],
    [
      'User',
      Object.entries(trust.users)
        .filter(([key]) => key !== 'no membership')
        .map(([, user]) => user.userId),
    ],
  ]);
  for (const [key, id] of trust.keys) {
    const kind = key.split(':')[0]!;
    byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
  }
  return byKind;
}

/** Pins a field to "any of its candidates but blank". */
export const FILLED = '\u0000filled';

export type Synthesis = {
  ok: boolean;
  form: FormValues;
  callerKey: string;
  attempts: number;
  fields: Map<string, FieldInfo>;
  optional: string[];
  alternatives: FormValues[];
  schemas: unknown[];
  last: string;
};

/**
 * Looks for a form the action accepts in the given trust, trying each member in turn: fields with
 * errors move to their next candidate; an error without field errors moves the id fields, then
 * versions, then the rest, like an odometer. The form found is the positive control the attacks
 * start from: with the acting trust's own ids it succeeds.
 */
export async function synthesiseForm(
  fn: ActionFn,
  trust: MatrixTrust,
  callerKeys: readonly string[],
  seedFields: Map<string, FieldInfo>,
  pinned: FormValues = {},
  // Enough for the objective form, whose id fields (objective, supporting lead, linked indicator)
  // turn over before its version does.
  budget = 400,
): Promise<Synthesis> {
  const own = idsByKind(trust);
  const everyId = [...own.entries()].filter(([kind]) => !/Answer|Message|Audit/.test(kind)).flatMap(([, ids]) => ids);
  const fields = new Map(seedFields);
  for (const name of Object.keys(pinned)) if (!fields.has(name)) fields.set(name, { options: [], uuid: false, array: false });
  let attempts = 0;
  let last = 'never called';
  for (const callerKey of callerKeys) {
    const index = new Map<string, number>();
    const candidates = (name: string) => {
      const kinds = kindsForField(name, own.keys());
      const all = candidatesFor(name, fields.get(name), kinds.length > 0 ? kinds.flatMap((kind) => own.get(kind) ?? []) : everyId);
      if (pinned[name] === FILLED) return all.filter((value) => value !== '' && !(Array.isArray(value) && value.length === 0));
      return name in pinned ? [pinned[name]!] : all;
    };
    const build = () => Object.fromEntries([...fields.keys()].map((name) => [name, candidates(name)[index.get(name) ?? 0] ?? ''])) as FormValues;
    for (let tries = 0; tries < budget; tries += 1) {
      attempts += 1;
      const form = build();
      const call = await invoke(fn, trust.slug, form, trust.users[callerKey]!);
      mergeFields(fields, call);
      if (!call.errorCodes.includes('FORBIDDEN') || last === 'never called')
        last = `${callerKey}: ${describeOutcome(call)} form=${JSON.stringify(form).slice(0, 300)}`;
      if (succeeded(call.outcome)) {
        const { optional, alternatives } = await dropIgnoredIds(fn, trust, callerKey, form, fields, call.schemas);
        return { ok: true, form, callerKey, attempts, fields, optional, alternatives, schemas: call.schemas, last };
      }
      if (call.errorCodes.includes('FORBIDDEN') || call.errorCodes.includes('UNAUTHENTICATED')) break;
      const errored = call.outcome.kind === 'result' ? call.outcome.fieldErrors.filter((name) => fields.has(name)) : [];
      let carry = errored.length === 0;
      for (const name of errored) {
        const next = (index.get(name) ?? 0) + 1;
        index.set(name, next < candidates(name).length ? next : 0);
        if (next >= candidates(name).length) carry = true;
      }
      // An error no field explains (or a field out of candidates) moves the other fields on like an
      // odometer: id fields first, then versions, then the rest.
      let exhausted = false;
      if (carry) {
        exhausted = true;
        for (const name of [...fields.keys()].filter((field) => !errored.includes(field)).sort((a, b) => rank(a, fields) - rank(b, fields))) {
          const next = (index.get(name) ?? 0) + 1;
          if (next < candidates(name).length) {
            index.set(name, next);
            exhausted = false;
            break;
          }
          index.set(name, 0);
        }
      }
      if (exhausted) break;
    }
  }
  return { ok: false, form: {}, callerKey: '', attempts, fields, optional: [], alternatives: [], schemas: [], last };
}

/**
 * The id fields the accepted form can do without (the action still succeeds, the same way, when
 * they are blank): they are blanked in the control form, and a foreign id in them may be ignored
 * rather than refused. Every other id field is one the action used, where a foreign id must be
 * refused. Blanking that makes the action succeed by another path (another schema: "create"
 * instead of "update") keeps the field, and that other path becomes a control of its own.
 */
async function dropIgnoredIds(
  fn: ActionFn,
  trust: MatrixTrust,
  callerKey: string,
  form: FormValues,
  fields: Map<string, FieldInfo>,
  schemas: unknown[],
): Promise<{ optional: string[]; alternatives: FormValues[] }> {
  const optional: string[] = [];
  const alternatives: FormValues[] = [];
  for (const name of [...fields.keys()].filter((field) => isIdField(field, fields.get(field)))) {
    if ([form[name]].flat().every((value) => !value)) {
      optional.push(name);
      continue;
    }
    const blanked = { ...form, [name]: '' };
    const call = await invoke(fn, trust.slug, blanked, trust.users[callerKey]!);
    if (!succeeded(call.outcome)) continue;
    if (call.schemas.length === schemas.length && call.schemas.every((schema, index) => schema === schemas[index])) {
      form[name] = '';
      optional.push(name);
    } else alternatives.push(blanked);
  }
  return { optional, alternatives };
}

const rank = (name: string, fields: Map<string, FieldInfo>) => (isIdField(name, fields.get(name)) ? 0 : /version$/i.test(name) ? 1 : 2);
