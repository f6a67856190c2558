import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { exportTrustData, type ExportManifest } from '../../../lib/trusts/data-export';
import type { TenantContext } from '../../../lib/tenancy/context';
import { resetDatabase } from '../setup/reset-db';
import { seedMatrixTrust, superuserSql, type MatrixTrust } from '../../support/security-seed';
import { tenantTables } from '../../support/security-sql';
import { cli } from '../../support/cli';

/**
 * The trust's own data export: complete (every tenant table the catalogue knows, with exactly the
 * rows the database holds for that trust), nothing of another trust, hashes that match, secrets
 * left out, only for the trust administrator, and itself audited.
 */
let own: MatrixTrust;
let other: MatrixTrust;
let admin: TenantContext;
const scratch = mkdtempSync(path.join(tmpdir(), 'fairboard-trust-export-'));

function contextFor(trust: MatrixTrust, key: string, role: TenantContext['role']): TenantContext {
  return { trustId: trust.id, trustSlug: trust.slug, trustName: trust.name, userId: trust.users[key]!.userId, role, isChair: false };
}

/** Rows per table for the trust, counted past row-level security. */
async function databaseCounts(trustId: string): Promise<Record<string, number>> {
  const tables = ['Trust', ...(await tenantTables(superuserSql))];
  const union = tables
    .map((table) => `SELECT '${table}' AS t, count(*)::int AS n FROM "${table}" WHERE ${table === 'Trust' ? 'id' : '"trustId"'} = $1::uuid`)
    .join(' UNION ALL ');
  const rows = await superuserSql<{ t: string; n: number }>(union, [trustId]);
  return Object.fromEntries(rows.map((row) => [row.t, row.n]));
}

function unpack(zip: Uint8Array): { manifest: ExportManifest; files: Record<string, Uint8Array> } {
  const files = unzipSync(zip);
  return { manifest: JSON.parse(strFromU8(files['manifest.json']!)) as ExportManifest, files };
}

describe('the trust’s own data export', () => {
  beforeAll(async () => {
    await resetDatabase();
    own = await seedMatrixTrust('own');
    other = await seedMatrixTrust('other');
    admin = contextFor(own, 'trust_admin', 'trust_admin');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds every tenant table with exactly the trust’s rows, nothing of another trust, and hashes that match', async () => {
    const expected = await databaseCounts(own.id);
    const exported = await exportTrustData(admin);
    const { manifest, files } = unpack(exported.zip);

    expect(manifest.trust).toEqual({ id: own.id, slug: own.slug, name: own.name });
    expect(Object.fromEntries(manifest.files.map((file) => [file.table, file.rows]))).toEqual(expected);
    expect(Object.keys(files).sort()).toEqual(['manifest.json', ...manifest.files.map((file) => file.path)].sort());
    for (const file of manifest.files) {
      const bytes = files[file.path]!;
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
      expect(bytes.length, file.path).toBe(file.bytes);
      const rows = JSON.parse(strFromU8(bytes)) as Record<string, unknown>[];
      expect(rows, file.path).toHaveLength(file.rows);
      expect(
        rows.filter((row) => (file.table === 'Trust' ? row.id : row.trustId) !== own.id),
        file.path,
      ).toEqual([]);
    }
    expect(createHash('sha256').update(exported.zip).digest('hex')).toBe(exported.sha256);

    const everything = Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    expect(everything).toContain(own.marker);
    expect(everything).not.toContain(other.marker);
    expect(everything).not.toContain(other.id);
    for (const id of other.keys.values()) expect(everything).not.toContain(id);
    const invitations = JSON.parse(strFromU8(files['tables/Invitation.json']!)) as { tokenHash: string }[];
    expect(invitations.map((invitation) => invitation.tokenHash)).toEqual(invitations.map(() => '[redacted]'));
  });

  it('includes the trust’s audit trail, and records the export in it as the administrator’s', async () => {
    const auditBefore = await getPrisma().auditEvent.count({ where: { trustId: own.id } });
    const exported = await exportTrustData(admin);
    const { manifest } = unpack(exported.zip);

    expect(manifest.files.find((file) => file.table === 'AuditEvent')?.rows).toBe(auditBefore);
    const event = await getPrisma().auditEvent.findFirstOrThrow({ where: { trustId: own.id }, orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ tableName: 'Trust', rowId: own.id, action: 'export', actorUserId: admin.userId, actorLabel: 'user' });
    expect(event.changes).toMatchObject({ fileName: exported.fileName, sha256: exported.sha256, byteLength: exported.zip.length });
  });

  it.each(['executive_lead', 'company_secretary', 'non_executive_director', 'viewer'] as const)('is refused to a %s, and nothing is audited', async (role) => {
    const before = await getPrisma().auditEvent.count();
    await expect(exportTrustData(contextFor(own, role, role))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getPrisma().auditEvent.count()).toBe(before);
  });

  it('from the operator CLI: writes the same contents, audited as the command', async () => {
    const out = path.join(scratch, 'own.zip');
    const { status, stdout, stderr } = cli('trust:export', '--trust', own.slug, '--out', out);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Wrote ${out}: .+, \\d+ tables, \\d+ rows, \\d+ bytes, SHA-256 [0-9a-f]{64}\\.`));
    const { manifest } = unpack(new Uint8Array(readFileSync(out)));
    const counts = await databaseCounts(own.id);
    // The count was taken after the export wrote its own audit row, which the file cannot hold.
    expect(Object.fromEntries(manifest.files.map((file) => [file.table, file.rows]))).toEqual({ ...counts, AuditEvent: counts.AuditEvent! - 1 });
    const event = await getPrisma().auditEvent.findFirstOrThrow({ where: { trustId: own.id }, orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ action: 'export', actorUserId: null, actorLabel: 'system:cli:trust:export' });
  });

  it('from the operator CLI: clear errors for an unknown trust, a bad slug and a path it cannot write', () => {
    const unknown = cli('trust:export', '--trust', 'no-such-trust', '--out', path.join(scratch, 'none.zip'));
    expect([unknown.status, unknown.stderr.trim()]).toEqual([
      1,
      'Error: There is no trust with the slug "no-such-trust". npm run cli -- trusts:list shows the trusts.',
    ]);
    const badSlug = cli('trust:export', '--trust', 'Not A Slug', '--out', path.join(scratch, 'none.zip'));
    expect(badSlug.status).toBe(1);
    expect(badSlug.stderr).toContain('--trust must be a trust slug');
    const notZip = cli('trust:export', '--trust', own.slug, '--out', path.join(scratch, 'own.txt'));
    expect(notZip.stderr).toContain('--out must name a .zip file');
    const noFolder = cli('trust:export', '--trust', own.slug, '--out', path.join(scratch, 'missing', 'own.zip'));
    expect([noFolder.status, noFolder.stderr]).toEqual([1, expect.stringContaining('the folder')]);
    const missing = cli('trust:export', '--out', path.join(scratch, 'own.zip'));
    expect(missing.stderr).toContain('--trust is required');
  });
});
