import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { startEmbeddedDatabase, isPortOpen } from '../../../scripts/lib/embedded-db';
import { closePrisma, getPrisma } from '../../../lib/db/client';
import { databasePoolSize } from '../../../lib/db/database-url';
import { withSystem } from '../../../lib/db/with-tenant';

/**
 * The embedded database (PGlite) serves every connection through one session, so the app gives it
 * exactly one connection. Many requests at once must then queue for it and each get its own answer:
 * the checks compare content (each transaction's own settings and rows), not only that nothing
 * failed; and a transaction opened inside another is refused at once instead of waiting for ever.
 */
let server: ChildProcess;
const saved = { url: process.env.DATABASE_URL, embedded: process.env.FAIRBOARD_EMBEDDED_DB, wait: process.env.DATABASE_POOL_WAIT_MS };
const CONCURRENT = 120;

beforeAll(async () => {
  let port = 57100 + (process.pid % 400);
  while (await isPortOpen(port)) port += 1;
  server = await startEmbeddedDatabase({ dataDir: 'memory://', port, quiet: true });
  await closePrisma();
  process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  process.env.FAIRBOARD_EMBEDDED_DB = '1';
  // All of them queue for the one connection: on a busy machine that takes longer than the 1.5 s a
  // request waits by default before a 503.
  process.env.DATABASE_POOL_WAIT_MS = '60000';
  await getPrisma().$executeRawUnsafe('CREATE TABLE probe (id int PRIMARY KEY, actor text NOT NULL, payload text NOT NULL)');
});

afterAll(async () => {
  await closePrisma();
  process.env.DATABASE_URL = saved.url;
  if (saved.embedded === undefined) delete process.env.FAIRBOARD_EMBEDDED_DB;
  else process.env.FAIRBOARD_EMBEDDED_DB = saved.embedded;
  if (saved.wait === undefined) delete process.env.DATABASE_POOL_WAIT_MS;
  else process.env.DATABASE_POOL_WAIT_MS = saved.wait;
  server?.kill('SIGTERM');
});

describe('the embedded database under concurrent requests', () => {
  it('has a pool of exactly one connection', () => {
    expect(databasePoolSize()).toBe(1);
  });

  it('gives every concurrent transaction its own settings, parameters and rows', async () => {
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        withSystem(`probe-${i}`, async (tx) => {
          const [echo] = await tx.$queryRaw<{ n: number; s: string }[]>`SELECT ${i}::int AS n, ${`text-${i}`}::text AS s`;
          // Yield between statements, as a page does between queries, so others' work can interleave.
          await new Promise((resolve) => setImmediate(resolve));
          const [setting = { actor: '' }] = await tx.$queryRaw<{ actor: string }[]>`SELECT current_setting('app.actor') AS actor`;
          await tx.$executeRaw`INSERT INTO probe (id, actor, payload) VALUES (${i}, ${setting.actor}, ${`payload-${i}`})`;
          const [row] = await tx.$queryRaw<{ actor: string; payload: string }[]>`SELECT actor, payload FROM probe WHERE id = ${i}`;
          return { i, echo, actor: setting.actor, row };
        }),
      ),
    );
    for (const { i, echo, actor, row } of results) {
      expect(echo).toEqual({ n: i, s: `text-${i}` });
      expect(actor).toBe(`system:probe-${i}`);
      expect(row).toEqual({ actor: `system:probe-${i}`, payload: `payload-${i}` });
    }
  });

  it('answers concurrent reads outside transactions with their own rows', async () => {
    const prisma = getPrisma();
    const reads = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        i % 2 === 0
          ? prisma.$queryRaw<{ id: number; payload: string }[]>`SELECT id, payload FROM probe WHERE id = ${i}`
          : prisma.$queryRaw<
              { id: number; payload: string }[]
            >`SELECT id, payload FROM probe WHERE id = ${i} AND payload LIKE ${'payload-%'} AND actor <> ${''}`,
      ),
    );
    reads.forEach((rows, i) => expect(rows).toEqual([{ id: i, payload: `payload-${i}` }]));
    const counted = await prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM probe`;
    expect(counted).toEqual([{ count: CONCURRENT }]);
  });

  it('refuses a transaction opened inside another at once, instead of waiting for the only connection', async () => {
    const started = Date.now();
    await expect(withSystem('outer', () => withSystem('inner', async () => 1))).rejects.toThrow(/started inside an open withSystem\('outer'\) transaction/);
    expect(Date.now() - started).toBeLessThan(1_000);
    // The connection is free again afterwards.
    await expect(withSystem('after', async (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`)).resolves.toEqual([{ one: 1 }]);
  });
});
