import os from 'node:os';
import { z } from 'zod';

const seconds = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number of seconds` })
    .min(1, `${name} must be at least 1 second`)
    .max(max, `${name} must be at most ${max} seconds`);

/** The bench's command-line options; --quick is a smoke run (short runs, fewer scale trusts). */
export const benchArgsSchema = z
  .object({
    duration: seconds('--duration', 600).default(12),
    warmup: seconds('--warmup', 120).default(5),
    connections: z.coerce
      .number({ error: '--connections must be a number' })
      .int('--connections must be a whole number')
      .min(1, '--connections must be at least 1')
      .max(500, '--connections must be at most 500')
      .default(50),
    trusts: z.coerce
      .number({ error: '--trusts must be a number' })
      .int('--trusts must be a whole number')
      .min(1, '--trusts must be at least 1')
      .max(1000, '--trusts must be at most 1000')
      .default(220),
    port: z.coerce
      .number({ error: '--port must be a number' })
      .int()
      .min(1024, '--port must be 1024 or above')
      .max(65535, '--port must be below 65536')
      .default(3840),
    out: z.string().trim().min(1, '--out must name a file').default('test-reports/bench.json'),
    quick: z.boolean().default(false),
    instances: z.coerce
      .number({ error: '--instances must be a number' })
      .int('--instances must be a whole number')
      .min(1, '--instances must be at least 1')
      .max(64, '--instances must be at most 64')
      .default(os.cpus().length),
    single: z.boolean().default(false),
    rebuild: z.boolean().default(false),
  })
  .transform((options) => (options.quick ? { ...options, duration: 3, warmup: 1, trusts: Math.min(options.trusts, 20) } : options));

export type BenchOptions = z.output<typeof benchArgsSchema>;

export const BENCH_HELP = `Usage: npm run bench -- [--duration <s>] [--warmup <s>] [--connections <n>] [--trusts <n>] [--quick] [--rebuild] [--out <file>]

  --duration     Seconds measured per target (default 12)
  --warmup       Seconds of unmeasured load before each target (default 5)
  --connections  Concurrent connections (default 50)
  --trusts       Scale trusts for the second run (default 220; npm run db:scale)
  --quick        A smoke run: 3 s per target, 1 s warm-up, at most 20 scale trusts, only the
                 targets marked quick (scripts/lib/bench/targets.ts), one import run
  --instances    App processes behind nginx (default: one per core, ${os.cpus().length} here)
  --single       The earlier shape: one app process, no nginx, compressed by the app
  --rebuild      Run next build even when .next holds a build newer than the sources
  --port         Port of nginx on 127.0.0.1 (default 3840; the app processes take the next ports)
  --out          The JSON report (default test-reports/bench.json)

It measures the production shape: one app process (scripts/serve.ts) per core behind nginx, which
compresses, as docker-compose.yml runs it (Debian's nginx-light is installed when missing and the
command runs as root). With DATABASE_URL set (a PostgreSQL on this machine) it creates a throwaway database there and
drops it afterwards; otherwise it uses an in-memory embedded PostgreSQL (PGlite), which serves one
query at a time through one connection, and so one app process: its figures are not those of production.
`;
