import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withSystem } from '../../../lib/db/with-tenant';
import type { PeerComparisonDto, PeerGroupDto } from '../../../lib/peers/peer-dto';
import { getPeerComparison } from '../../../lib/peers/comparison';
import { getPeerOptIn, setPeerOptIn } from '../../../lib/peers/opt-in';
import type { AnswerValue } from '../../../lib/assessments/scoring';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { allAnswered, importedScores, storedAssessment } from './review-fixtures';

// Records the reason of every system-path transaction, so the test can see the cross-trust read
// happens on the named 'peer-comparison' path and, for a trust not opted in, not at all.
const { systemReasons } = vi.hoisted(() => ({ systemReasons: [] as string[] }));
vi.mock('../../../lib/db/with-tenant', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/db/with-tenant')>();
  const withSystem: typeof actual.withSystem = (reason, fn, actorUserId) => {
    systemReasons.push(reason);
    return actual.withSystem(reason, fn, actorUserId);
  };
  return { ...actual, withSystem };
});

type TrustType = 'acute' | 'mental_health_learning_disability';
type Region = 'north_west' | 'south_west';
type Ctx = Awaited<ReturnType<typeof createMemberContext>>;

const created: TestTrust[] = [];

/** A trust with an approved 2025 result (every answer the same), opted in unless told otherwise. */
async function peer(
  type: TrustType,
  region: Region,
  answer: AnswerValue = 'partial',
  options: Readonly<{ optedIn?: boolean; status?: 'draft' | 'submitted' | 'approved' }> = {},
): Promise<TestTrust> {
  const trust = await createTestTrust({ type, region });
  await storedAssessment(trust, 2025, allAnswered(answer), { status: options.status ?? 'approved' });
  if (options.optedIn ?? true)
    await withSystem('test-fixture', (tx) => tx.trust.update({ where: { id: trust.id }, data: { peerComparisonOptIn: true, peerOptInAt: new Date() } }));
  created.push(trust);
  return trust;
}

async function peers(
  count: number,
  type: TrustType,
  region: Region,
  answer: AnswerValue = 'partial',
  options: Parameters<typeof peer>[3] = {},
): Promise<TestTrust[]> {
  const trusts: TestTrust[] = [];
  for (let i = 0; i < count; i += 1) trusts.push(await peer(type, region, answer, options));
  return trusts;
}

async function viewerOf(trust: TestTrust): Promise<Ctx> {
  return createMemberContext(trust, 'viewer');
}

function groups(comparison: PeerComparisonDto, year = 2025): readonly PeerGroupDto[] {
  if (!comparison.optedIn) throw new Error('not opted in');
  const found = comparison.years.find((candidate) => candidate.financialYear === year);
  if (!found) throw new Error(`no ${year}`);
  return found.groups;
}

/** [kind, trust count] for shown groups, [kind, 'hidden'] for the rest. */
function shape(comparison: PeerComparisonDto, year = 2025): (readonly [string, number | 'hidden'])[] {
  return groups(comparison, year).map((group) => [group.kind, group.shown ? group.trustCount : 'hidden'] as const);
}

/** Fails if any trust's id, name, slug or ODS code appears anywhere in what the function returned. */
function expectNothingIdentifying(comparison: PeerComparisonDto): void {
  const text = JSON.stringify(comparison);
  for (const trust of created) {
    for (const value of [trust.id, trust.name, trust.slug, trust.slug.toUpperCase().slice(0, 12)]) expect(text).not.toContain(value);
  }
}

beforeEach(async () => {
  await resetDatabase();
  created.length = 0;
});

describe('peer comparison: who sees anything', () => {
  it('reads across trusts only on the named system path, and not at all for a trust that has not opted in', async () => {
    const [optedIn] = await peers(5, 'acute', 'north_west');
    const outsider = await peer('acute', 'north_west', 'yes', { optedIn: false });
    const [insider, stranger] = [await viewerOf(optedIn!), await viewerOf(outsider)];
    systemReasons.length = 0;

    await getPeerComparison(stranger);
    expect(systemReasons).toEqual([]);
    await getPeerComparison(insider);
    expect(systemReasons).toEqual(['peer-comparison']);
  });

  it('a trust that has not opted in sees nothing, however many trusts have', async () => {
    await peers(6, 'acute', 'north_west');
    const outsider = await peer('acute', 'north_west', 'yes', { optedIn: false });

    expect(await getPeerComparison(await viewerOf(outsider))).toEqual({ optedIn: false });
  });

  it('a trust that has not opted in contributes nothing: four opted-in trusts stay hidden with a fifth that has not', async () => {
    const [caller] = await peers(4, 'acute', 'north_west');
    await peers(3, 'acute', 'north_west', 'yes', { optedIn: false });

    const comparison = await getPeerComparison(await viewerOf(caller!));

    expect(shape(comparison)).toEqual([
      ['type', 'hidden'],
      ['region', 'hidden'],
      ['all', 'hidden'],
    ]);
    expect(groups(comparison).every((group) => !('domains' in group))).toBe(true);
    expectNothingIdentifying(comparison);
  });

  it('with exactly five opted-in trusts every group is shown, and trusts not opted in are not counted', async () => {
    const [caller] = await peers(3, 'acute', 'north_west', 'partial');
    await peers(2, 'acute', 'north_west', 'yes');
    await peers(2, 'acute', 'north_west', 'no', { optedIn: false });

    const comparison = await getPeerComparison(await viewerOf(caller!));

    expect(shape(comparison)).toEqual([
      ['type', 5],
      ['region', 5],
      ['all', 5],
    ]);
    const all = groups(comparison).find((group) => group.kind === 'all');
    expect(all?.shown && all.domains[0]?.counts).toEqual({ 'not-started': 0, emerging: 0, developing: 0, maturing: 3, thriving: 2 });
    expect(comparison.optedIn && comparison.years[0]?.own?.[0]).toMatchObject({ domain: 1, maturity: 'maturing' });
    expectNothingIdentifying(comparison);
  });

  it('counts approved and imported results only: a draft or submitted year does not make a group of five', async () => {
    const [caller] = await peers(3, 'acute', 'north_west');
    await peer('acute', 'north_west', 'yes', { status: 'draft' });
    await peer('acute', 'north_west', 'yes', { status: 'submitted' });

    expect(shape(await getPeerComparison(await viewerOf(caller!)))).toEqual([
      ['type', 'hidden'],
      ['region', 'hidden'],
      ['all', 'hidden'],
    ]);

    const imported = await createTestTrust({ type: 'acute', region: 'north_west' });
    await importedScores(imported, 2025, { 1: 8, 2: 14, 3: 18, 4: 10 });
    await withSystem('test-fixture', (tx) => tx.trust.update({ where: { id: imported.id }, data: { peerComparisonOptIn: true, peerOptInAt: new Date() } }));
    await peer('acute', 'north_west');

    expect(shape(await getPeerComparison(await viewerOf(caller!)))).toEqual([
      ['type', 5],
      ['region', 5],
      ['all', 5],
    ]);
  });
});

describe('peer comparison: groups that would give a trust away', () => {
  it('six trusts, one of another type and region: "all" is shown and the two groups of five that differ from it by one trust are not', async () => {
    const [acute] = await peers(5, 'acute', 'north_west');
    const mentalHealth = await peer('mental_health_learning_disability', 'south_west');

    const fromAcute = await getPeerComparison(await viewerOf(acute!));
    const fromMentalHealth = await getPeerComparison(await viewerOf(mentalHealth));

    expect(shape(fromAcute)).toEqual([
      ['type', 'hidden'],
      ['region', 'hidden'],
      ['all', 6],
    ]);
    expect(shape(fromMentalHealth)).toEqual([
      ['type', 'hidden'],
      ['region', 'hidden'],
      ['all', 6],
    ]);
    expectNothingIdentifying(fromAcute);
  });

  it('six trusts of one type and region: three identical groups of six are all shown', async () => {
    const [caller] = await peers(6, 'acute', 'north_west');

    expect(shape(await getPeerComparison(await viewerOf(caller!)))).toEqual([
      ['type', 6],
      ['region', 6],
      ['all', 6],
    ]);
  });

  it('overlapping type and region groups that differ by one trust outside each other are not both shown', async () => {
    const [caller] = await peers(5, 'acute', 'north_west');
    const [mentalHealth] = await peers(5, 'mental_health_learning_disability', 'north_west');
    await peers(5, 'acute', 'south_west');

    // 15 trusts: every pair of groups differs by 0 or 5 or more trusts, so everything is shown.
    expect(shape(await getPeerComparison(await viewerOf(caller!)))).toEqual([
      ['type', 10],
      ['region', 10],
      ['all', 15],
    ]);
    expect(shape(await getPeerComparison(await viewerOf(mentalHealth!)))).toEqual([
      ['type', 5],
      ['region', 10],
      ['all', 15],
    ]);

    // One mental health trust in the South West: "South West" (6) minus "acute" (10) would leave it
    // alone, as would "mental health" (6) minus "North West" (10), so both groups of six go.
    const loner = await peer('mental_health_learning_disability', 'south_west');

    expect(shape(await getPeerComparison(await viewerOf(caller!)))).toEqual([
      ['type', 10],
      ['region', 10],
      ['all', 16],
    ]);
    expect(shape(await getPeerComparison(await viewerOf(loner)))).toEqual([
      ['type', 'hidden'],
      ['region', 'hidden'],
      ['all', 16],
    ]);
  });

  it('never shows a group under five, whatever the mix of trusts', async () => {
    await peers(4, 'acute', 'north_west');
    await peers(4, 'acute', 'south_west');
    const [caller] = await peers(4, 'mental_health_learning_disability', 'south_west');

    const comparison = await getPeerComparison(await viewerOf(caller!));

    for (const group of groups(comparison)) if (group.shown) expect(group.trustCount).toBeGreaterThanOrEqual(5);
    // "All" (12) minus "South West" (8) would leave the four North West trusts, so regions go too.
    expect(shape(comparison)).toEqual([
      ['type', 'hidden'],
      ['region', 'hidden'],
      ['all', 12],
    ]);
  });
});

describe('peer comparison opt-in', () => {
  it('only a trust administrator can opt in or out, and opting out stops both seeing and contributing at once', async () => {
    const others = await peers(5, 'acute', 'north_west');
    const trust = await createTestTrust({ type: 'acute', region: 'north_west' });
    await storedAssessment(trust, 2025, allAnswered('yes'));
    const admin = await createMemberContext(trust, 'trust_admin');
    const ned = await createMemberContext(trust, 'non_executive_director');

    await expect(setPeerOptIn(ned, { optIn: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only a trust administrator can change whether the trust takes part in peer comparison.',
    });
    expect(await getPeerOptIn(ned)).toEqual({ optedIn: false, optedInAt: null, canChange: false });

    const optedIn = await setPeerOptIn(admin, { optIn: true });
    expect(optedIn).toMatchObject({ optedIn: true, optedInAt: expect.any(Date), canChange: true });
    expect(shape(await getPeerComparison(ned))).toEqual([
      ['type', 6],
      ['region', 6],
      ['all', 6],
    ]);
    expect(shape(await getPeerComparison(await viewerOf(others[0]!)))).toEqual([
      ['type', 6],
      ['region', 6],
      ['all', 6],
    ]);

    await setPeerOptIn(admin, { optIn: false });
    expect(await getPeerComparison(ned)).toEqual({ optedIn: false });
    expect(shape(await getPeerComparison(await viewerOf(others[0]!)))).toEqual([
      ['type', 5],
      ['region', 5],
      ['all', 5],
    ]);
  });
});
