import { afterAll, inject } from 'vitest';
import { closePrisma } from '../../../lib/db/client';

process.env.DATABASE_URL = inject('databaseUrl');
process.env.FAIRBOARD_QUIET_LOGS = '1';

afterAll(async () => {
  await closePrisma();
});
