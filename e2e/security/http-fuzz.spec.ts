import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type pg from 'pg';
import { APP_ORIGIN, demoEmail, DEMO_PASSWORD } from '../support/session';
import { discoverBuiltActions, type BuiltAction } from './action-discovery';
import { hostileForm, hostileHeaders, hostileQuery, hostileString, leaksIn, schemaFieldNames, unlistedSchemaFiles } from './hostile-input';
import { postCredentials } from './http-sign-in';
import { discoverRoutes, type Route } from './route-discovery';
import { callAction, IDLE_STATE } from './server-action-call';
import { openE2eDatabase, sqlOf } from './victim-values';

/**
 * Property-based tests over HTTP, against the production build, as signed-in members of
 * northfield (its trust administrator and a non-executive director, who between them may use
 * every action): hostile query strings, headers and path segments to every page and route
 * handler, and hostile forms and raw bodies to every server action (called by its real id).
 * No answer may be a 5xx or carry a stack trace, Prisma or SQL text, and an action that refuses
 * its input must write nothing: the audit trail, which gains a row for every write to a tenant
 * table, "User" or "Trust", is counted before and after each call.
 */
const TRUST = 'northfield-valley';
const RUNS = { pages: 6, actions: 20, rawBodies: 6 };
// Ends the caller's own sessions whatever it is sent: the fuzzing would sign itself out.
// It takes no input; the origin check and sessions specs test it.
const NOT_FUZZED = new Set(['signOutEverywhereAction']);
// Next.js decodes the argument list before calling the action and answers these with its own 500
// (an error digest, no details): see docs/SECURITY.md.
// So are references to parts that were never sent ("$1", "$@1", "$Y…"), which a real client never
// writes: React escapes a string that starts with "$" as "$$".
const MALFORMED_ENVELOPES = ['0', '"a string"', '{"not":"a list"}', 'not json at all', '["$1"]', '["$@1"]', `["${TRUST}",{"status":"idle"},"$Yx"]`];

/** Strings as React's encodeReply writes them: a leading "$" doubled, so it is text, not a reference. */
function escapeFlightStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeFlightStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeFlightStrings(item)]));
  return value;
}

test.describe.configure({ mode: 'serial' });

let db: pg.Client;
let callers: APIRequestContext[];
let routes: Route[];
let actions: BuiltAction[];
let fieldNames: string[];
const problems: string[] = [];
const counts: { requests: number; statuses: Record<string, number>; refusedWrites: number; accepted: number; malformedEnvelopes?: unknown } = {
  requests: 0,
  statuses: {},
  refusedWrites: 0,
  accepted: 0,
};

async function auditCount(): Promise<number> {
  const [row] = await sqlOf(db)<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`);
  return row!.n;
}

function judge(label: string, status: number, body: string): boolean {
  counts.requests += 1;
  counts.statuses[String(status)] = (counts.statuses[String(status)] ?? 0) + 1;
  const found = [...(status >= 500 ? [`status ${status}`] : []), ...leaksIn(body)];
  if (found.length > 0) problems.push(`${label}: ${found.join(', ')} — ${body.slice(0, 200).replace(/\s+/g, ' ')}`);
  return found.length === 0;
}

/** A page or handler URL with trustSlug filled and every other dynamic segment hostile. */
const urlFor = (route: Route) =>
  fc
    .tuple(
      fc.array(
        hostileString.map((value) => encodeURIComponent(value.slice(0, 300)) || 'x'),
        { minLength: route.segments.length, maxLength: route.segments.length },
      ),
      hostileQuery,
    )
    .map(([values, query]) => {
      let index = 0;
      const filled = route.template.replace(/\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}/g, (_, name: string) => (name === 'trustSlug' ? TRUST : values[index++]!));
      return query ? `${filled}?${query}` : filled;
    });

test.beforeAll(async ({ playwright, baseURL }) => {
  db = await openE2eDatabase();
  routes = discoverRoutes();
  actions = discoverBuiltActions(TRUST).filter((action) => !NOT_FUZZED.has(action.name));
  fieldNames = schemaFieldNames();
  callers = [];
  for (const local of ['admin.northfield', 'ned.northfield']) {
    const context = await playwright.request.newContext({ baseURL });
    expect((await postCredentials(context, demoEmail(local), DEMO_PASSWORD)).signedIn).toBe(true);
    callers.push(context);
  }
});

test.afterAll(async () => {
  for (const context of callers ?? []) await context.dispose();
  await db?.end();
  mkdirSync('test-reports/security', { recursive: true });
  writeFileSync(
    'test-reports/security/http-fuzz.json',
    `${JSON.stringify({ runs: RUNS, routes: routes?.length, actions: actions?.length, fieldNames: fieldNames?.length, ...counts, problems }, null, 2)}\n`,
  );
});

test('finds the pages, route handlers, server actions and form fields to fuzz', () => {
  expect(routes.filter((route) => route.kind === 'route').length).toBeGreaterThan(0);
  expect(routes.length).toBeGreaterThan(30);
  expect(actions.length).toBeGreaterThanOrEqual(27);
  expect(unlistedSchemaFiles(), 'schema files e2e/security/hostile-input.ts does not import yet').toEqual([]);
  expect(fieldNames).toEqual(expect.arrayContaining(['membershipId', 'role', 'email']));
});

test('every page and route handler, with hostile path segments, query strings and headers: no 5xx, nothing internal shown', async () => {
  test.setTimeout(600_000);
  for (const route of routes) {
    const methods = route.kind === 'route' ? route.methods : ['GET'];
    await fc.assert(
      fc.asyncProperty(
        urlFor(route),
        hostileHeaders,
        fc.constantFrom(...methods),
        fc.nat(callers.length - 1),
        hostileForm(fieldNames),
        async (url, headers, method, caller, form) => {
          const writes = method === 'GET' || method === 'HEAD' ? {} : { headers: { ...headers, Origin: APP_ORIGIN }, form };
          const response = await callers[caller]!.fetch(url, { method, headers, maxRedirects: 0, failOnStatusCode: false, ...writes });
          return judge(`${method} ${url.slice(0, 200)} ${JSON.stringify(headers).slice(0, 200)}`, response.status(), await response.text());
        },
      ),
      { numRuns: RUNS.pages },
    );
  }
  expect(problems).toEqual([]);
});

test('every server action, with hostile forms and raw bodies: no 5xx, nothing internal shown, and nothing written when the input is refused', async () => {
  test.setTimeout(600_000);
  // Argument lists of any shape and content; bodies that are not an argument list at all are the next test's.
  const hostileArgs = fc.oneof(
    fc.array(fc.oneof(fc.jsonValue(), hostileString), { maxLength: 5 }).map((args) => JSON.stringify(escapeFlightStrings(args))),
    fc.constantFrom('[]', '["$K1"]', `["${TRUST}"]`, `["${TRUST}",{"status":"idle"},"$K9"]`, `["${TRUST}",null,null]`),
  );
  for (const action of actions) {
    const firstArgument = action.tenantBound ? fc.constantFrom(TRUST, TRUST.toUpperCase(), 'southmoor') : hostileString;
    const formCall = fc
      .record({ first: firstArgument, fields: hostileForm(fieldNames), caller: fc.nat(callers.length - 1) })
      .map(({ first, fields, caller }) => ({ caller, call: { args: [first, IDLE_STATE, '$K1'], fields } }));
    const rawCall = fc.record({ args: hostileArgs, caller: fc.nat(callers.length - 1) }).map(({ args, caller }) => ({ caller, call: { args } }));
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: RUNS.actions, arbitrary: formCall }, { weight: RUNS.rawBodies, arbitrary: rawCall }), async ({ caller, call }) => {
        const before = await auditCount();
        const answer = await callAction(callers[caller]!, action, { ...call, headers: { Origin: APP_ORIGIN } });
        const accepted = answer.body.includes('"status":"success"') || Boolean(answer.headers['x-action-redirect']);
        const wrote = (await auditCount()) !== before;
        if (accepted) counts.accepted += 1;
        else if (!wrote) counts.refusedWrites += 1;
        else problems.push(`${action.name}: refused its input but wrote ${(await auditCount()) - before} audit rows — ${JSON.stringify(call).slice(0, 300)}`);
        return judge(`${action.name} ${JSON.stringify(call).slice(0, 300)}`, answer.status, answer.body) && (accepted || !wrote);
      }),
      { numRuns: RUNS.actions + RUNS.rawBodies },
    );
  }
  console.log(
    `http fuzz: ${counts.requests} requests, statuses ${JSON.stringify(counts.statuses)}, ${counts.refusedWrites} refused with nothing written, ${counts.accepted} accepted`,
  );
  expect(problems).toEqual([]);
});

test('a body that is not an argument list at all: Next.js refuses it before any of our code runs, shows nothing internal and nothing is written', async () => {
  test.setTimeout(300_000);
  const before = await auditCount();
  const statuses: Record<string, number> = {};
  const leaks: string[] = [];
  for (const action of actions) {
    for (const body of MALFORMED_ENVELOPES) {
      const answer = await callAction(callers[0]!, action, { args: body, headers: { Origin: APP_ORIGIN } });
      statuses[String(answer.status)] = (statuses[String(answer.status)] ?? 0) + 1;
      const found = leaksIn(answer.body);
      if (found.length > 0 || answer.body.includes('"status":"success"')) leaks.push(`${action.name} ${body}: ${found.join(', ') || 'accepted'}`);
    }
  }
  counts.malformedEnvelopes = { calls: actions.length * MALFORMED_ENVELOPES.length, statuses };
  expect(leaks).toEqual([]);
  expect(await auditCount()).toBe(before);
});
