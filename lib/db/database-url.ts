/**
 * The one place that decides which PostgreSQL the process talks to. With DATABASE_URL unset we use
 * the embedded PGlite server that `scripts/start.ts` runs on a port of its own.
 */
export const EMBEDDED_DATABASE_PORT = Number(process.env.FAIRBOARD_EMBEDDED_DB_PORT ?? 54329);

export function resolveDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url && url.trim() !== '') return url;
  return `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_DATABASE_PORT}/postgres?sslmode=disable`;
}

/**
 * True when the database is a PGlite server: ours when DATABASE_URL is unset, or one that a test
 * run or the bench started and names with FAIRBOARD_EMBEDDED_DB=1. PGlite has one session for all
 * its connections, so the pool must hold exactly one (lib/db/client.ts).
 */
function isEmbeddedDatabase(): boolean {
  return !process.env.DATABASE_URL || process.env.FAIRBOARD_EMBEDDED_DB === '1';
}

/** Connections in this process's pool: one for PGlite, DATABASE_POOL_SIZE (10) for PostgreSQL. */
export function databasePoolSize(): number {
  return isEmbeddedDatabase() ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10);
}

/**
 * How long a request waits for a free connection before it is refused with a 503 and Retry-After
 * (DATABASE_POOL_WAIT_MS, 1.5 s by default): long enough to ride out a burst, short enough that an
 * overloaded instance sheds work instead of queueing it into timeouts.
 */
export function poolWaitMillis(): number {
  const value = Number(process.env.DATABASE_POOL_WAIT_MS ?? 1_500);
  return Number.isFinite(value) && value > 0 ? value : 1_500;
}
