import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The unit project alone, for mutation testing (stryker.config.mjs): the pure domain modules are
// covered by unit tests, and the integration project's shared database cannot run in Stryker's sandboxes.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
