import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../setup/reset-db';
import { createTestTrust } from '../../support/fixtures';
import { getPrisma } from '../../../lib/db/client';
import { cli } from '../../support/cli';

describe('the operator CLI', () => {
  beforeEach(resetDatabase);

  it('lists trusts as JSON with the documented fields', async () => {
    const trust = await createTestTrust({ type: 'community', region: 'midlands' });
    const { status, stdout } = cli('trusts:list', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { slug: trust.slug, name: trust.name, odsCode: trust.slug.toUpperCase().slice(0, 12), type: 'community', region: 'midlands' },
    ]);
  });

  it('creates a trust with a single-use link for its first administrator', async () => {
    const { status, stdout } = cli(
      'trust:create',
      '--name',
      'Example Community NHS Trust',
      '--ods',
      'XEX',
      '--slug',
      'example-community',
      '--type',
      'community',
      '--region',
      'london',
      '--ics',
      'Example ICS',
      '--admin-email',
      'Admin@Example.nhs.uk',
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}/);
    const invitation = await getPrisma().invitation.findFirstOrThrow({ include: { trust: true } });
    expect(invitation).toMatchObject({ email: 'admin@example.nhs.uk', role: 'trust_admin', trust: { slug: 'example-community', odsCode: 'XEX' } });
  });

  it('names every missing or wrong option and writes nothing', async () => {
    const { status, stderr } = cli('trust:create', '--name', 'Example Trust', '--type', 'hospital');
    expect(status).toBe(1);
    expect(stderr).toContain('--ods is required');
    expect(stderr).toContain('--type must be one of');
    expect(stderr).toContain('--admin-email is required');
    expect(await getPrisma().trust.count()).toBe(0);
  });

  it('refuses an unknown command or option, and an unknown user to disable', () => {
    expect(cli('trusts:delete').stderr).toContain('Unknown command "trusts:delete"');
    expect(cli('trusts:list', '--colour').status).toBe(1);
    const disable = cli('user:disable', '--email', 'nobody@example.nhs.uk');
    expect(disable.status).toBe(1);
    expect(disable.stderr).toContain('No user has the email address nobody@example.nhs.uk');
  });
});
