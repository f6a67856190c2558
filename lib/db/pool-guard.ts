import type pg from 'pg';

const ENDED_IN_USE = 'The database connection ended while it was in use';

/**
 * Hands back to the pool, as broken, any client whose connection ends while it is checked out.
 * Prisma's adapter releases a transaction's client only when the engine commits or rolls back;
 * when the database goes away in the middle of a transaction (a restart or a crash) that never
 * happens, the client stays checked out for ever, and once `max` of them are lost every request
 * waits for a connection and times out until the process is restarted. `npm run test:resilience`
 * found this with `pg_ctl restart -m immediate` under load.
 */
export function releaseClientsThatEndInUse(pool: pg.Pool): void {
  const inUse = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => inUse.add(client));
  pool.on('release', (_error, client) => inUse.delete(client as pg.PoolClient));
  pool.on('connect', (client) => {
    client.once('end', () => {
      const pooled = client as pg.PoolClient;
      if (!inUse.delete(pooled)) return;
      pooled.release(new Error(ENDED_IN_USE));
      // The holder may still release it when its transaction gives up; the pool has already
      // dropped this client, so that later release must do nothing.
      pooled.release = () => undefined;
    });
  });
}
