/**
 * The architecture, checked by `npm run lint` (the test command's first step). Each rule's name says
 * what it protects; docs/ARCHITECTURE.md lists them per layer.
 */

/**
 * What each domain folder in lib/ may import from the others. A new cross-domain import fails until
 * it is added here on purpose, in review. Edges issue 16 wants gone are marked "debt".
 */
const DOMAIN_IMPORTS = {
  actions: ['errors', 'forms', 'logging', 'routes', 'tenancy'],
  assessments: ['calendar', 'catalogue', 'db', 'errors', 'format', 'forms', 'tenancy'],
  auth: ['db', 'errors', 'forms', 'routes'],
  // Shared and pure: financial years and calendar dates, used by every domain that dates things.
  calendar: [],
  catalogue: [],
  // 'tenancy' for the TenantContext type that withTenant takes.
  db: ['errors', 'logging', 'tenancy'],
  errors: [],
  format: [],
  forms: [],
  home: ['calendar', 'catalogue', 'db', 'objectives', 'reminders', 'review', 'routes', 'tenancy'],
  indicators: ['db', 'errors', 'forms', 'tenancy'],
  jobs: ['db'],
  logging: [],
  objectives: ['assessments', 'calendar', 'catalogue', 'db', 'errors', 'format', 'forms', 'indicators', 'people', 'tenancy'],
  operator: ['auth', 'db', 'errors', 'indicators', 'people', 'tenancy', 'trusts'],
  peers: ['assessments', 'calendar', 'catalogue', 'db', 'errors', 'review', 'tenancy', 'trusts'],
  people: ['auth', 'calendar', 'catalogue', 'db', 'errors', 'format', 'forms', 'logging', 'reminders', 'routes', 'tenancy'],
  reminders: ['calendar', 'db', 'format', 'logging', 'objectives', 'review', 'routes', 'tenancy'],
  reports: ['assessments', 'calendar', 'catalogue', 'db', 'errors', 'format', 'forms', 'indicators', 'logging', 'objectives', 'tenancy', 'trusts'],
  review: ['assessments', 'calendar', 'catalogue', 'db', 'errors', 'forms', 'indicators', 'objectives', 'tenancy'],
  // Every address the app builds: pure, no data access; a domain that builds a link lists it.
  routes: [],
  tenancy: ['auth', 'db', 'errors'],
  trusts: ['catalogue', 'db', 'errors', 'tenancy'],
};

const domainRules = Object.entries(DOMAIN_IMPORTS).map(([domain, allowed]) => ({
  name: `lib-${domain}-imports-only-its-listed-domains`,
  comment: `lib/${domain} may import only lib/{${allowed.join(', ')}} (DOMAIN_IMPORTS in .dependency-cruiser.cjs).`,
  severity: 'error',
  from: { path: `^lib/${domain}/` },
  to: { path: '^lib/[^/]+/', pathNot: `^lib/(${[domain, ...allowed].join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle makes load order matter and hides which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'components-have-no-data-access',
      comment: 'components/ draws what it is given: types from lib are fine, runtime code from lib/db or any queries/mutations module is not.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: ['^lib/db/', '(^|/)(queries|mutations)\\.ts$', '-(queries|mutations)\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'app-reaches-the-database-through-lib',
      comment: 'Pages, layouts, route handlers and actions call lib/<domain>; only lib/ opens transactions.',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: '^lib/db/' },
    },
    {
      name: 'scripts-reach-the-database-through-lib-jobs',
      comment: 'CLIs and tools use lib/jobs/system-jobs.ts (withSystem and shutdown) and lib/<domain>, never lib/db.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^lib/db/' },
    },
    {
      name: 'only-lib-db-makes-clients',
      comment: 'Prisma clients, the pg driver and the generated client are made and used in lib/db alone (types may be imported anywhere in lib).',
      severity: 'error',
      from: { path: '^(app|components|lib)/', pathNot: '^lib/db/' },
      to: { path: ['^lib/db/generated/client', 'node_modules/(@prisma/client|@prisma/adapter-pg|pg)/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'components-do-not-import-app',
      comment: 'components/ is shared UI; app/ composes it, never the other way round.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'lib-does-not-import-ui',
      comment: 'The domain knows nothing of pages or components.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|components)/' },
    },
    ...domainRules,
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^lib/db/generated/'] },
    exclude: { path: ['^\\.next/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
