import { isPortOpen, startEmbeddedDatabase } from '../embedded-db';
import { createThrowawayDatabase } from '../throwaway-database';

export type BenchDatabase = Readonly<{ url: string; kind: 'postgresql' | 'pglite'; drop: () => Promise<void> }>;

/**
 * A database for one bench run: a new database on the local PostgreSQL named by DATABASE_URL, or
 * an in-memory embedded PostgreSQL (PGlite) when it is unset. Either is removed by drop().
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) {
    const database = await createThrowawayDatabase(process.env.DATABASE_URL, 'fairboard_bench', 'Benchmarks');
    return { ...database, kind: 'postgresql' };
  }
  let port = 56400 + (process.pid % 500);
  while (await isPortOpen(port)) port += 1;
  const server = await startEmbeddedDatabase({ dataDir: 'memory://', port, quiet: true });
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    kind: 'pglite',
    drop: async () => {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}
