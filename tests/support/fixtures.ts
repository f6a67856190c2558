import { randomUUID } from 'node:crypto';
import { withSystem } from '../../lib/db/with-tenant';
import type { TenantContext } from '../../lib/tenancy/context';
import type { MemberRole } from '../../lib/tenancy/roles';

export type TestTrust = { id: string; slug: string; name: string };

let counter = 0;
function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${randomUUID().slice(0, 8)}`;
}

export function createTestTrust(
  overrides: Partial<{
    name: string;
    type: 'acute' | 'community' | 'mental_health_learning_disability' | 'ambulance' | 'acute_and_community' | 'specialist';
    region: 'london' | 'north_west' | 'midlands' | 'south_east' | 'south_west' | 'east_of_england' | 'north_east_and_yorkshire';
  }> = {},
): Promise<TestTrust> {
  const slug = unique('trust');
  return withSystem('test-fixture', (tx) =>
    tx.trust.create({
      data: {
        name: overrides.name ?? `Test ${slug} NHS Trust`,
        slug,
        odsCode: slug.toUpperCase().slice(0, 12),
        type: overrides.type ?? 'acute',
        region: overrides.region ?? 'london',
        icsName: 'Test Integrated Care System',
      },
      select: { id: true, slug: true, name: true },
    }),
  );
}

export function createTestUser(
  overrides: Partial<{ email: string; displayName: string; passwordHash: string; disabled: boolean }> = {},
): Promise<{ id: string; email: string }> {
  return withSystem('test-fixture', (tx) =>
    tx.user.create({
      data: {
        email: overrides.email ?? `${unique('user')}@example.nhs.uk`,
        displayName: overrides.displayName ?? 'Test User',
        passwordHash: overrides.passwordHash,
        disabled: overrides.disabled ?? false,
      },
      select: { id: true, email: true },
    }),
  );
}

/** A member of the trust with the given role, and the context requireTenant would build for them. */
export async function createMemberContext(trust: TestTrust, role: MemberRole, isChair = false): Promise<TenantContext & { membershipId: string }> {
  const user = await createTestUser();
  const membership = await withSystem('test-fixture', (tx) => tx.membership.create({ data: { trustId: trust.id, userId: user.id, role, isChair } }));
  return { trustId: trust.id, trustSlug: trust.slug, trustName: trust.name, userId: user.id, role, isChair, membershipId: membership.id };
}

export function createTestBoardMember(
  trust: TestTrust,
  overrides: Partial<{ name: string; isExecutive: boolean; roleAreas: string[]; userId: string }> = {},
): Promise<{ id: string }> {
  return withSystem('test-fixture', (tx) =>
    tx.boardMember.create({
      data: {
        trustId: trust.id,
        name: overrides.name ?? 'Alex Example',
        jobTitle: 'Director of Examples',
        isExecutive: overrides.isExecutive ?? true,
        roleAreas: overrides.roleAreas ?? ['strategy'],
        startDate: new Date('2024-04-01T00:00:00Z'),
        userId: overrides.userId,
      },
      select: { id: true },
    }),
  );
}
