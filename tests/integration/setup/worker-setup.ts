import { afterAll, inject } from 'vitest';
import { closePrisma } from '../../../lib/db/client';

process.env.DATABASE_URL = inject('databaseUrl');
// PGlite gets a pool of one connection (lib/db/database-url.ts), as the app gives it.
if (inject('embeddedDatabase')) process.env.FAIRBOARD_EMBEDDED_DB = '1';
process.env.FAIRBOARD_QUIET_LOGS = '1';

afterAll(async () => {
  await closePrisma();
});
