import { afterAll, inject } from 'vitest';
import { closePrisma } from '../../../lib/db/client';

process.env.DATABASE_URL = inject('databaseUrl');
// PGlite gets a pool of one connection (lib/db/database-url.ts), as the app gives it.
if (inject('embeddedDatabase')) process.env.FAIRBOARD_EMBEDDED_DB = '1';
process.env.FAIRBOARD_QUIET_LOGS = '1';
// Production sheds load after 1.5 s without a connection (a 503). Tests that fire bursts (60
// parallel sign-ins) on a loaded CI machine would then see "busy" instead of the behaviour they
// check, so they wait longer; tests/integration/db/pool-overload.test.ts sets its own short wait.
process.env.DATABASE_POOL_WAIT_MS ??= '10000';

afterAll(async () => {
  await closePrisma();
});
