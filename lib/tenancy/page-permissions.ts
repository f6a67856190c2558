import type { Permission } from './permissions';
import { rolesWith } from './permissions';
import { MEMBER_ROLE_LABELS } from './roles';

// Pure, and safe in the browser: which permission each page under /t/<slug> asks for, so the
// "you do not have permission" page (app/t/[trustSlug]/forbidden.tsx) can say what the page is
// for and which roles may use it. Next.js gives that page no props, only the address; a unit test
// (tests/unit/tenancy/page-permissions.test.ts) holds this table to the requireTenantPermission
// call in every page.

type PagePermission = Readonly<{ pattern: RegExp; permission: Permission; purpose: string }>;

/** Paths after /t/<slug>; the most specific first. */
const PAGE_PERMISSIONS: readonly PagePermission[] = [
  { pattern: /^\/assessments\/import$/, permission: 'assessment.import', purpose: 'import past self-assessment results' },
  { pattern: /^\/assessments$/, permission: 'assessment.view', purpose: 'see the self-assessments' },
  { pattern: /^\/data-export$/, permission: 'trust.export', purpose: 'download everything the trust holds' },
  { pattern: /^\/governance$/, permission: 'trust.settings', purpose: 'record the governance facts the annual report prints' },
  { pattern: /^\/indicators\/(upload|enter)$/, permission: 'indicator.data', purpose: 'upload and enter indicator figures' },
  { pattern: /^\/indicators\/history$/, permission: 'indicator.view', purpose: 'see the indicator figures’ upload history' },
  { pattern: /^\/indicators\/catalogue(\/new)?$/, permission: 'indicator.catalogue', purpose: 'keep the trust’s indicator catalogue' },
  { pattern: /^\/indicators\/core20plus5$/, permission: 'trust.core20plus5', purpose: 'record the trust’s Core20PLUS5 population, groups and clinical areas' },
  { pattern: /^\/indicators(\/[^/]+)?$/, permission: 'indicator.view', purpose: 'see the trust’s health-inequalities indicators' },
  { pattern: /^\/objectives\/(new|carry-forward)$/, permission: 'objective.manage', purpose: 'create, agree and carry forward objectives' },
  { pattern: /^\/objectives\/[^/]+\/edit$/, permission: 'objective.manage', purpose: 'change an objective' },
  { pattern: /^\/objectives\/outbox$/, permission: 'outbox.view', purpose: 'read the reminder e-mails' },
  { pattern: /^\/objectives(\/.*)?$/, permission: 'objective.view', purpose: 'see the objectives' },
  { pattern: /^\/people(\/.*)?$/, permission: 'people.manage', purpose: 'manage people and board members' },
  { pattern: /^\/reports\/export$/, permission: 'report.export', purpose: 'export the annual report' },
  { pattern: /^\/reports(\/.*)?$/, permission: 'report.view', purpose: 'read the annual report' },
];

export type PageRefusal = Readonly<{ purpose: string; roles: readonly string[] }>;

/** What the page at `pathname` (a full /t/<slug>/… path) is for and which roles may use it, or null. */
export function pageRefusal(pathname: string): PageRefusal | null {
  const rest = pathname.replace(/^\/t\/[^/]+/, '').replace(/\/$/, '');
  const entry = PAGE_PERMISSIONS.find((candidate) => candidate.pattern.test(rest));
  if (!entry) return null;
  return { purpose: entry.purpose, roles: rolesWith(entry.permission).map((role) => MEMBER_ROLE_LABELS[role].toLowerCase()) };
}

/** The permission the table gives a path, for the test that holds it to the pages. */
export function pagePermission(pathname: string): Permission | null {
  const rest = pathname.replace(/^\/t\/[^/]+/, '').replace(/\/$/, '');
  return PAGE_PERMISSIONS.find((candidate) => candidate.pattern.test(rest))?.permission ?? null;
}
