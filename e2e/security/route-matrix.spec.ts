import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import type pg from 'pg';
import { demoEmail, signIn } from '../support/session';
import { protectedTables, setRowLevelSecurity, tablesWithoutRls } from '../../tests/support/security-sql';
import { discoverRoutes, METHODS, type Route } from './route-discovery';
import { judge, request, victimContentIn } from './route-verdict';
import { ensureVictimRows, fillRoutes, openE2eDatabase, sqlOf, victimTrust, type FilledUrl, type Victim } from './victim-values';

/**
 * Cross-tenant route matrix: every page and route handler found in app/ × every northfield role
 * (and a signed-out visitor) × southmoor's slug and ids × GET, POST, PUT, PATCH and DELETE, run with
 * row-level security on, then again with it switched off on every tenant table and "Trust".
 */
const ROLES = ['admin', 'lead', 'exec', 'ned', 'chair', 'cosec', 'viewer'] as const;
const CALLERS = [...ROLES.map((role) => `${role}.northfield`), 'signed out'] as const;

test.describe.configure({ mode: 'serial' });

let db: pg.Client;
let routes: Route[];
let urls: FilledUrl[];
let victim: Victim;
let seeded: string[];
const contexts = new Map<string, BrowserContext>();
let signedOut: APIRequestContext;
const figures: Record<string, unknown> = {};

async function signedInContext(browser: Browser, local: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signIn(await context.newPage(), demoEmail(local));
  return context;
}

async function runMatrix(name: string): Promise<{ combinations: number; refused: number; problems: string[] }> {
  const problems: string[] = [];
  const statuses: Record<string, number> = {};
  let combinations = 0;
  for (const caller of CALLERS) {
    const context = caller === 'signed out' ? signedOut : contexts.get(caller)!.request;
    for (const target of urls) {
      for (const method of METHODS) {
        const verdict = await judge(context, target, method, caller !== 'signed out', victim);
        combinations += 1;
        const key = `${caller === 'signed out' ? 'signed out' : 'member'} ${target.route.segments.includes('trustSlug') ? 'southmoor URL' : 'other URL'} ${verdict.status}`;
        statuses[key] = (statuses[key] ?? 0) + 1;
        problems.push(...verdict.problems.map((problem) => `${caller} ${method} ${target.url}: ${problem}`));
      }
    }
  }
  const result = { combinations, refused: combinations - problems.length, problems };
  figures[name] = { ...result, leaks: problems.length, statuses, problems: problems.slice(0, 50) };
  console.log(
    `route matrix, ${name}: ${combinations} combinations (${urls.length} URLs from ${routes.length} pages and route handlers × ${CALLERS.length} callers × ${METHODS.length} methods), ${problems.length} leaks`,
  );
  return result;
}

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(300_000);
  db = await openE2eDatabase();
  const sql = sqlOf(db);
  routes = discoverRoutes();
  victim = await victimTrust(sql, 'southmoor', 'northfield-valley');
  seeded = await ensureVictimRows(sql, victim, routes);
  victim = await victimTrust(sql, 'southmoor', 'northfield-valley');
  const filled = await fillRoutes(sql, victim, routes);
  expect(filled.problems, 'every dynamic segment maps to southmoor data').toEqual([]);
  urls = filled.urls;
  for (const caller of CALLERS) if (caller !== 'signed out') contexts.set(caller, await signedInContext(browser, caller));
  signedOut = await playwright.request.newContext({ baseURL });
});

test.afterAll(async () => {
  if (db) {
    await setRowLevelSecurity(sqlOf(db), true);
    figures.rowLevelSecurityRestored = (await tablesWithoutRls(sqlOf(db))).length === 0;
    await db.end();
  }
  for (const context of contexts.values()) await context.close();
  await signedOut?.dispose();
  mkdirSync('test-reports/security', { recursive: true });
  writeFileSync(
    'test-reports/security/route-matrix.json',
    `${JSON.stringify({ routes: routes?.map((route) => `${route.template} (${route.kind}${route.kind === 'route' ? `: ${route.methods.join(', ')}` : ''})`), urls: urls?.map((url) => url.url), seeded, ...figures }, null, 2)}\n`,
  );
});

test('finds every page and route handler in app/ and a southmoor value for each dynamic segment', () => {
  expect(routes.filter((route) => route.kind === 'page').length).toBeGreaterThan(30);
  expect(routes.some((route) => route.kind === 'route')).toBe(true);
  expect(
    routes.filter((route) => route.kind === 'route' && route.methods.length === 0),
    'route handlers that export no HTTP method',
  ).toEqual([]);
  expect(
    urls.filter((url) => url.url.includes('[')),
    'URLs with an unfilled segment',
  ).toEqual([]);
});

test('positive control: southmoor’s own members reach every southmoor URL, and its pages carry what the matrix looks for', async ({ browser }) => {
  test.setTimeout(600_000);
  const own = await Promise.all(ROLES.map((role) => signedInContext(browser, `${role}.southmoor`)));
  const unreachable: string[] = [];
  const unmarked: string[] = [];
  for (const target of urls.filter((url) => url.route.segments.includes('trustSlug'))) {
    let reached = false;
    for (const context of own) {
      const answer = await request(context.request, target.url, 'GET');
      if (answer.status !== 200) continue;
      reached = true;
      if (target.route.kind === 'page' && victimContentIn(answer.body, victim, target.url).length === 0) unmarked.push(target.url);
      break;
    }
    if (!reached) unreachable.push(target.url);
  }
  for (const context of own) await context.close();
  expect(unreachable, 'southmoor URLs no southmoor member can open: their 404s below would prove nothing').toEqual([]);
  expect(unmarked, 'southmoor pages without southmoor’s name, people or ids in them: the content check would miss a leak').toEqual([]);
});

test('with row-level security on: no northfield role and no signed-out visitor gets anything of southmoor', async () => {
  test.setTimeout(1_800_000);
  expect(await tablesWithoutRls(sqlOf(db))).toEqual([]);
  const result = await runMatrix('row-level security on');
  expect(result.problems).toEqual([]);
  expect(result.combinations).toBe(urls.length * CALLERS.length * METHODS.length);
});

test('with row-level security off on every tenant table and "Trust": still nothing', async () => {
  test.setTimeout(1_800_000);
  const switched = await setRowLevelSecurity(sqlOf(db), false);
  expect(switched).toEqual(await protectedTables(sqlOf(db)));
  expect((await tablesWithoutRls(sqlOf(db))).sort()).toEqual([...switched].sort());
  try {
    const result = await runMatrix('row-level security off');
    expect(result.problems).toEqual([]);
    expect(result.combinations).toBe(urls.length * CALLERS.length * METHODS.length);
  } finally {
    await setRowLevelSecurity(sqlOf(db), true);
  }
  expect(await tablesWithoutRls(sqlOf(db))).toEqual([]);
});
