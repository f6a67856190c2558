import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { createBoardMember } from '../../../lib/people/mutations';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust } from '../../support/fixtures';
import { APP_ROLE } from '../support/tenant-catalogue';

/**
 * The audit trail is the board's evidence of who changed what, so the application must not be able
 * to rewrite it, whichever trust it is acting for. Plain `pg` rather than Prisma, so the refusal's
 * SQLSTATE is read as PostgreSQL sent it.
 */
type Setting = 'own trust' | 'other trust' | 'no trust';
type Verb = 'UPDATE' | 'DELETE' | 'TRUNCATE';
type Attempt = { sqlstate: string | null; rowCount: number | null };

const SETTINGS: Setting[] = ['own trust', 'other trust', 'no trust'];
const VERBS: Verb[] = ['UPDATE', 'DELETE', 'TRUNCATE'];

let client: pg.Client;
let trusts: { own: { id: string; userId: string }; other: { id: string; userId: string } };

/** Each verb aimed at the own trust's rows, so "0 rows" cannot pass by hitting nothing visible. */
function statementFor(verb: Verb, trustId: string): string {
  if (verb === 'UPDATE') return `UPDATE "AuditEvent" SET "actorLabel" = 'forged', changes = '{}'::jsonb WHERE "trustId" = '${trustId}'`;
  if (verb === 'DELETE') return `DELETE FROM "AuditEvent" WHERE "trustId" = '${trustId}'`;
  return 'TRUNCATE "AuditEvent"';
}

/** One statement as the application role in its own transaction, always rolled back. */
async function attempt(setting: Setting, verb: Verb): Promise<Attempt> {
  const actor = setting === 'own trust' ? trusts.own : setting === 'other trust' ? trusts.other : null;
  await client.query('BEGIN');
  try {
    if (actor)
      await client.query(`SELECT set_config('app.trust_id', $1, true), set_config('app.user_id', $2, true), set_config('app.actor', 'user', true)`, [
        actor.id,
        actor.userId,
      ]);
    await client.query(`SET LOCAL ROLE ${APP_ROLE}`);
    const result = await client.query(statementFor(verb, trusts.own.id));
    return { sqlstate: null, rowCount: result.rowCount };
  } catch (error) {
    return { sqlstate: (error as { code?: string }).code ?? 'unknown', rowCount: null };
  } finally {
    await client.query('ROLLBACK');
  }
}

const snapshot = () => getPrisma().auditEvent.findMany({ orderBy: { id: 'asc' } });

describe('audit trail immutability for the application role', () => {
  beforeAll(async () => {
    await resetDatabase();
    const own = await createTestTrust();
    const other = await createTestTrust();
    const ownAdmin = await createMemberContext(own, 'trust_admin');
    const otherAdmin = await createMemberContext(other, 'trust_admin');
    for (const admin of [ownAdmin, otherAdmin]) {
      await createBoardMember(admin, {
        name: 'Audited Person',
        jobTitle: 'Director',
        kind: 'executive',
        roleAreas: ['finance'],
        startDate: '2024-04-01',
        endDate: undefined,
        userId: undefined,
      });
    }
    trusts = { own: { id: own.id, userId: ownAdmin.userId }, other: { id: other.id, userId: otherAdmin.userId } };
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
  });

  it.each(SETTINGS.flatMap((setting) => VERBS.map((verb) => ({ setting, verb }))))(
    '$verb as $setting is refused with SQLSTATE 42501 and changes nothing',
    async ({ setting, verb }) => {
      const before = await snapshot();
      expect(before.filter((event) => event.trustId === trusts.own.id).length).toBeGreaterThan(0);

      const outcome = await attempt(setting, verb);

      expect(outcome).toEqual({ sqlstate: '42501', rowCount: null });
      expect(await snapshot()).toEqual(before);
    },
  );

  it('the role holds no privilege on the table beyond reading and appending', async () => {
    const privileges = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];
    const { rows } = await client.query<{ privilege: string; granted: boolean }>(
      `SELECT p AS privilege, has_table_privilege($1, 'public."AuditEvent"', p) AS granted FROM unnest($2::text[]) AS p`,
      [APP_ROLE, privileges],
    );
    expect(
      rows
        .filter((row) => row.granted)
        .map((row) => row.privilege)
        .sort(),
    ).toEqual(['INSERT', 'SELECT']);
  });
});
