import pg from 'pg';
import { trustIdPool, type Sql } from '../../tests/support/security-sql';
import type { Route } from './route-discovery';

/**
 * Real values of the victim trust (southmoor) for every dynamic segment, read from the e2e
 * database: the in-memory PGlite scripts/e2e-server.ts serves on E2E_DB_PORT, or the newest
 * fairboard_e2e_* database on the PostgreSQL named by DATABASE_URL.
 */
export async function openE2eDatabase(): Promise<pg.Client> {
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'fairboard_e2e_%' ORDER BY datname DESC LIMIT 1`,
    );
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${rows[0]?.datname ?? 'missing-e2e-database'}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    return client;
  }
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? '54339'}/postgres?sslmode=disable` });
  await client.connect();
  return client;
}

export const sqlOf =
  (client: pg.Client): Sql =>
  async (text, params = []) =>
    (await client.query(text, [...params])).rows;

/**
 * Rows the demo data does not give southmoor, written as the connecting superuser so every kind of
 * page has a real southmoor record to ask for. Each runs only when the trust has no such row.
 */
const MEMBER = (role: string) => `(SELECT "userId" FROM "Membership" WHERE "trustId" = $1::uuid AND role = '${role}' ORDER BY "createdAt" LIMIT 1)`;
const RECIPES: Record<string, string[]> = {
  Objective: [
    `INSERT INTO "Objective" (id, "trustId", "financialYear", source, title, "updatedAt") VALUES (gen_random_uuid(), $1::uuid, 2025, 'own', 'Southmoor matrix objective', now())`,
  ],
  Challenge: [
    `INSERT INTO "Challenge" (id, "trustId", "financialYear", "targetKind", "objectiveId", text, "raisedById", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, o."financialYear", 'objective', o.id, 'Southmoor matrix challenge', ${MEMBER('non_executive_director')}, now() FROM "Objective" o WHERE o."trustId" = $1::uuid LIMIT 1`,
    `INSERT INTO "ChallengeMessage" (id, "trustId", "challengeId", kind, "authorId", body)
     SELECT gen_random_uuid(), $1::uuid, c.id, 'raise', c."raisedById", 'Southmoor matrix challenge' FROM "Challenge" c WHERE c."trustId" = $1::uuid LIMIT 1`,
  ],
  Invitation: [
    `INSERT INTO "Invitation" (id, "trustId", email, role, "tokenHash", "expiresAt") VALUES (gen_random_uuid(), $1::uuid, 'matrix-invitee@southmoor.example.nhs.uk', 'viewer', encode(sha256(gen_random_uuid()::text::bytea), 'hex'), now() + interval '7 days')`,
  ],
  ReportNarrative: [
    `INSERT INTO "ReportNarrative" (id, "trustId", "financialYear", section, body, "updatedAt") VALUES (gen_random_uuid(), $1::uuid, 2025, 'leadership-governance', 'Southmoor matrix narrative', now())`,
  ],
  ReportExport: [
    `INSERT INTO "ReportExport" (id, "trustId", "financialYear", format, variant, options, "reportStatus", status, snapshot, "fileName", content, sha256, "byteLength", "completedAt")
     SELECT gen_random_uuid(), $1::uuid, 2025, 'csv', 'annual-report', '{"sections":["leadership"]}', 'approved', 'complete', '{}', 'southmoor-matrix.csv', f.c, encode(sha256(f.c), 'hex'), octet_length(f.c), now()
     FROM (SELECT convert_to('Southmoor matrix export', 'UTF8') AS c) f`,
  ],
};

/** Each dynamic segment name: the table its values come from and how to read up to `limit` of them. */
const SEGMENTS: Record<string, { table: string; select: string; limit?: number }> = {
  assessmentId: { table: 'Assessment', select: `SELECT id::text AS v FROM "Assessment" WHERE "trustId" = $1::uuid ORDER BY "financialYear" DESC`, limit: 2 },
  ref: { table: 'AssessmentAnswer', select: `SELECT DISTINCT "questionRef" AS v FROM "AssessmentAnswer" WHERE "trustId" = $1::uuid ORDER BY 1` },
  boardMemberId: { table: 'BoardMember', select: `SELECT id::text AS v FROM "BoardMember" WHERE "trustId" = $1::uuid ORDER BY name` },
  membershipId: { table: 'Membership', select: `SELECT id::text AS v FROM "Membership" WHERE "trustId" = $1::uuid ORDER BY "createdAt"` },
  objectiveId: { table: 'Objective', select: `SELECT id::text AS v FROM "Objective" WHERE "trustId" = $1::uuid ORDER BY "createdAt"` },
  challengeId: { table: 'Challenge', select: `SELECT id::text AS v FROM "Challenge" WHERE "trustId" = $1::uuid ORDER BY "createdAt"` },
  exportId: {
    table: 'ReportExport',
    select: `SELECT id::text AS v FROM "ReportExport" WHERE "trustId" = $1::uuid AND status = 'complete' ORDER BY "createdAt"`,
  },
  year: { table: 'Assessment', select: `SELECT DISTINCT "financialYear"::text AS v FROM "Assessment" WHERE "trustId" = $1::uuid ORDER BY 1 DESC` },
  domain: {
    table: 'AssessmentAnswer',
    select: `SELECT DISTINCT split_part("questionRef", '.', 1) AS v FROM "AssessmentAnswer" WHERE "trustId" = $1::uuid ORDER BY 1`,
  },
  section: { table: 'ReportNarrative', select: `SELECT section AS v FROM "ReportNarrative" WHERE "trustId" = $1::uuid ORDER BY section` },
  // Indicator codes come from the national set, so both trusts have the same ones: the wall is the trust in the address.
  code: { table: 'Indicator', select: `SELECT code AS v FROM "Indicator" WHERE "trustId" = $1::uuid AND enabled ORDER BY code` },
  token: { table: 'Invitation', select: `SELECT "tokenHash" AS v FROM "Invitation" WHERE "trustId" = $1::uuid ORDER BY "createdAt"` },
};

export type Victim = { id: string; slug: string; secrets: string[]; ids: Set<string> };

export async function victimTrust(sql: Sql, slug: string, attackerSlug: string): Promise<Victim> {
  const [trust] = await sql<{ id: string; name: string }>(`SELECT id::text AS id, name FROM "Trust" WHERE slug = $1`, [slug]);
  const [attacker] = await sql<{ id: string }>(`SELECT id::text AS id FROM "Trust" WHERE slug = $1`, [attackerSlug]);
  if (!trust || !attacker) throw new Error(`The e2e database has no trust "${slug}" or "${attackerSlug}": is the demo data loaded?`);
  const names = `SELECT b.name AS t FROM "BoardMember" b WHERE b."trustId" = $1::uuid
                 UNION SELECT u."displayName" FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."trustId" = $1::uuid`;
  const theirs = (await sql<{ t: string }>(names, [trust.id])).map((row) => row.t);
  const ours = new Set((await sql<{ t: string }>(names, [attacker.id])).map((row) => row.t));
  const idsOf = async (trustId: string) => [...(await trustIdPool(sql, trustId)).values()].flatMap((set) => [...set]);
  const shared = new Set(await idsOf(attacker.id));
  const ids = new Set((await idsOf(trust.id)).filter((id) => !shared.has(id)));
  return { id: trust.id, slug, secrets: [trust.name, 'Southmoor', ...theirs.filter((name) => !ours.has(name))], ids };
}

/** Gives the victim a row of each kind a segment needs and lacks. Returns the kinds written. */
export async function ensureVictimRows(sql: Sql, victim: Victim, routes: Route[]): Promise<string[]> {
  const written: string[] = [];
  const needed = new Set(
    routes
      .flatMap((route) => route.segments)
      .map((segment) => SEGMENTS[segment]?.table)
      .filter((table): table is string => !!table),
  );
  if (needed.has('Challenge')) needed.add('Objective');
  for (const table of Object.keys(RECIPES).filter((name) => needed.has(name))) {
    const [count] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "trustId" = $1::uuid`, [victim.id]);
    if ((count?.n ?? 0) > 0) continue;
    for (const statement of RECIPES[table]!) await sql(statement, [victim.id]);
    written.push(table);
  }
  return written;
}

export type FilledUrl = { route: Route; url: string; values: string[] };

/** Every route with [trustSlug] as the victim's slug and other segments as the victim's values. Unknown segments are reported. */
export async function fillRoutes(sql: Sql, victim: Victim, routes: Route[]): Promise<{ urls: FilledUrl[]; problems: string[] }> {
  const urls: FilledUrl[] = [];
  const problems: string[] = [];
  for (const route of routes) {
    let variants: { path: string; values: string[] }[] = [{ path: route.template, values: [] }];
    for (const segment of route.segments) {
      let values: string[];
      if (segment === 'trustSlug') values = [victim.slug];
      else if (!SEGMENTS[segment]) {
        problems.push(`${route.file}: the dynamic segment [${segment}] has no mapping to southmoor data; add it to SEGMENTS in e2e/security/victim-values.ts`);
        continue;
      } else {
        const spec = SEGMENTS[segment];
        values = (await sql<{ v: string }>(`${spec.select} LIMIT ${spec.limit ?? 1}`, [victim.id])).map((row) => row.v);
        if (values.length === 0)
          problems.push(`${route.file}: southmoor has no ${spec.table} row for [${segment}]; add a recipe to RECIPES in e2e/security/victim-values.ts`);
      }
      variants = variants.flatMap((variant) =>
        values.map((value) => ({
          path: variant.path.replace(new RegExp(`\\[{1,2}(?:\\.\\.\\.)?${segment}\\]{1,2}`), encodeURIComponent(value)),
          values: [...variant.values, value],
        })),
      );
    }
    urls.push(...variants.map((variant) => ({ route, url: variant.path, values: variant.values })));
  }
  return { urls, problems };
}
