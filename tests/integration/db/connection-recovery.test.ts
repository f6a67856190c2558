import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withSystem } from '../../../lib/db/with-tenant';

describe('when the database drops the app’s connections', () => {
  it('the process survives, the failed request gets an error and the next one succeeds', async () => {
    await withSystem('test', (tx) => tx.trust.count());
    const before = await getPrisma().$queryRawUnsafe<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
    expect(before.length).toBe(1);

    // Another connection kills every backend but its own, as a database restart would.
    const admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database()');
    await admin.end();

    // The pool's idle clients error out in the background; without a listener that would crash
    // the process. Give the events a moment, then the next query must work on a fresh connection.
    await new Promise((resolve) => setTimeout(resolve, 200));
    let recovered = false;
    for (let attempt = 0; attempt < 5 && !recovered; attempt++) {
      try {
        await withSystem('test', (tx) => tx.trust.count());
        recovered = true;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    expect(recovered).toBe(true);
  });
});
