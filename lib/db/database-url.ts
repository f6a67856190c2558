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

export function isEmbeddedDatabase(): boolean {
  return !process.env.DATABASE_URL;
}
