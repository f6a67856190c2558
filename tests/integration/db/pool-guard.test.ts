import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { releaseClientsThatEndInUse } from '../../../lib/db/pool-guard';

type Guard = (pool: pg.Pool) => void;
const POOL_SIZE = 2;

/**
 * Checks out a client as many times as the pool holds and cuts each connection while it is checked
 * out, as a database restart does to a transaction in flight, without releasing it.
 */
async function loseConnectionsInUse(guard: Guard | null): Promise<{ pool: pg.Pool; lost: pg.PoolClient[] }> {
  const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: POOL_SIZE, connectionTimeoutMillis: 1_500 });
  pool.on('error', () => undefined);
  guard?.(pool);
  const lost: pg.PoolClient[] = [];
  while (lost.length < POOL_SIZE) {
    const client = await pool.connect();
    client.on('error', () => undefined);
    const ended = new Promise((resolve) => client.once('end', resolve));
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await ended;
    lost.push(client);
  }
  return { pool, lost };
}

describe('a pooled connection that ends while it is in use', () => {
  it('goes back to the pool as broken, so the next request gets a working connection', async () => {
    const { pool } = await loseConnectionsInUse(releaseClientsThatEndInUse);
    try {
      const client = await pool.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      client.release();
      // A late release by whoever held a lost client does nothing (and does not throw).
      expect(pool.totalCount).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it('without the guard, the same losses leave the pool with no connection to give', async () => {
    const { pool, lost } = await loseConnectionsInUse(null);
    try {
      await expect(pool.connect()).rejects.toThrow(/timeout/);
    } finally {
      // Only now, so that the pool can close.
      for (const client of lost) client.release(new Error('test over'));
      await pool.end();
    }
  });
});
