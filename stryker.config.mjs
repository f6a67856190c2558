// Mutation testing of the pure domain modules: `npm run test:mutation` (slow; not part of `npm test`).
// Pass `-- --mutate <file>` to run one module. Scores and explained survivors: docs/TESTING.md.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts', related: true },
  mutate: [
    'lib/assessments/scoring.ts',
    'lib/assessments/suggestion-reasons.ts',
    'lib/tenancy/permissions.ts',
    'lib/peers/disclosure.ts',
    'lib/objectives/csv-export.ts:16-40', // the CSV cell escaping and formula-injection guard
    'lib/auth/throttle.ts',
    'lib/reports/snapshot-parts.ts',
    'lib/reports/report-tables.ts',
    'lib/indicators/gap.ts',
    'lib/indicators/confidence.ts',
    'lib/indicators/suppression.ts',
  ],
  // Two cores: one test process leaves the other for the code under test's own work.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'test-reports/mutation.json' },
  thresholds: { high: 90, low: 75, break: null },
  tempDirName: '.stryker-tmp',
};
