import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { databasePoolSize, poolWaitMillis, resolveDatabaseUrl } from './database-url';
import { logError } from '../logging/logger';
import { releaseClientsThatEndInUse } from './pool-guard';

type DbGlobals = { fairboardPrisma?: PrismaClient; fairboardPool?: pg.Pool };
const globals = globalThis as unknown as DbGlobals;

function createPool(): pg.Pool {
  const pool = new pg.Pool({
    connectionString: resolveDatabaseUrl(),
    // PGlite serves every connection through one session, and the extended-protocol messages of
    // two connections can interleave there (one connection's Bind meeting another's Parse): a wrong
    // answer, not just a slow one. So the embedded database gets exactly one connection.
    max: databasePoolSize(),
    connectionTimeoutMillis: poolWaitMillis(),
    idleTimeoutMillis: 30_000,
  });
  // Without a listener, an idle client's error (a database restart) would crash the process
  // (prisma/orm#27641). The pool drops the broken client and the next query gets a fresh one.
  pool.on('error', (error) => logError('database pool error', error));
  releaseClientsThatEndInUse(pool);
  return pool;
}

/** The process's single Prisma client. Only lib/db may import it; feature code uses withTenant. */
export function getPrisma(): PrismaClient {
  if (!globals.fairboardPrisma) {
    globals.fairboardPool = createPool();
    globals.fairboardPrisma = new PrismaClient({ adapter: new PrismaPg(globals.fairboardPool) });
  }
  return globals.fairboardPrisma;
}

/** For CLIs and tests that must let the process exit. */
export async function closePrisma(): Promise<void> {
  const prisma = globals.fairboardPrisma;
  const pool = globals.fairboardPool;
  globals.fairboardPrisma = undefined;
  globals.fairboardPool = undefined;
  await prisma?.$disconnect();
  await pool?.end().catch(() => undefined);
}
