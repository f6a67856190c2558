import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { getAssurance, recordJudgement } from '../../../lib/review/assurance';
import { askFollowUp, closeChallenge, raiseChallenge, respondToChallenge } from '../../../lib/review/challenge-mutations';
import { listChallengeYears, previewChallengeTarget } from '../../../lib/review/challenge-options';
import { getChallenge, listChallenges } from '../../../lib/review/challenge-queries';
import { compareYears } from '../../../lib/review/compare';
import { getMaturityHistory } from '../../../lib/review/history';
import { raiseChallengeSchema, recordJudgementSchema } from '../../../lib/review/schemas';
import { getBoardSummary } from '../../../lib/review/summary';
import { resetDatabase } from '../setup/reset-db';
import { expectSameWithoutRowLevelSecurity, withRowLevelSecurityOff } from '../support/row-level-security';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { allAnswered, NOW, storedAssessment, storedObjective } from './review-fixtures';

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trustA: TestTrust;
let trustB: TestTrust;
let nedB: Ctx;
let chairB: Ctx;
let leadB: Ctx;
let assessmentA: string;
let objectiveA: string;
let challengeA: string;

const raise = (ctx: Ctx, form: Record<string, unknown>) => raiseChallenge(ctx, raiseChallengeSchema.parse(form));
const judge = (ctx: Ctx, form: Record<string, unknown>) => recordJudgement(ctx, recordJudgementSchema.parse(form));

/**
 * Trust A has 2024 and 2025 assessed, an overdue objective, a challenge and a judgement; trust B
 * has 2023 and 2025, so a query that loses its trust filter shows B a year, an answer or a count
 * that is A's.
 */
beforeEach(async () => {
  await resetDatabase();
  trustA = await createTestTrust();
  trustB = await createTestTrust();
  const nedA = await createMemberContext(trustA, 'non_executive_director');
  nedB = await createMemberContext(trustB, 'non_executive_director');
  chairB = await createMemberContext(trustB, 'non_executive_director', true);
  leadB = await createMemberContext(trustB, 'executive_lead');
  await storedAssessment(trustA, 2024, allAnswered('no'));
  assessmentA = await storedAssessment(trustA, 2025, allAnswered('yes'), { notes: { '1.1': 'Trust A evidence' } });
  objectiveA = await storedObjective(trustA, 2025, { title: 'Trust A objective', currentStatus: 'off_track', dueDate: '2026-01-31' });
  await storedAssessment(trustB, 2023, allAnswered('partial'));
  await storedAssessment(trustB, 2025, allAnswered('no'));
  await storedObjective(trustB, 2025, { title: 'Trust B objective', currentStatus: 'on_track' });
  ({ id: challengeA } = await raise(nedA, { targetKind: 'answer', assessmentId: assessmentA, questionRef: '1.1', text: 'Trust A challenge' }));
  await judge(nedA, { financialYear: '2025', domain: '1', level: 'assured', reason: 'Trust A judgement' });
});

async function snapshotOfTrustA() {
  const prisma = getPrisma();
  const where = { trustId: trustA.id };
  return {
    challenges: await prisma.challenge.findMany({ where, orderBy: { id: 'asc' } }),
    messages: await prisma.challengeMessage.findMany({ where, orderBy: { id: 'asc' } }),
    judgements: await prisma.assuranceJudgement.findMany({ where, orderBy: { id: 'asc' } }),
  };
}

/** Trust B's own reads: the same answer whichever wall is standing, and none of trust A in it. */
async function expectTrustBReadsItsOwnOnly(): Promise<void> {
  await expectSameWithoutRowLevelSecurity(
    {
      'maturity history': () => getMaturityHistory(nedB, NOW),
      'year comparison': () => compareYears(nedB, 2023, 2025, NOW),
      'board summary': () => getBoardSummary(nedB, NOW),
      assurance: () => getAssurance(nedB, 2025),
      challenges: () => listChallenges(nedB),
      'challenge years': () => listChallengeYears(nedB),
    },
    /Trust A|2024/,
  );
}

/** Trust A's assessment, objective and challenge answer NOT_FOUND to trust B, and nothing is written. */
async function expectTrustBLockedOut(): Promise<void> {
  const before = await snapshotOfTrustA();
  for (const target of [
    { targetKind: 'answer', assessmentId: assessmentA, questionRef: '1.1' },
    { targetKind: 'domain', assessmentId: assessmentA, domain: '1' },
    { targetKind: 'objective', objectiveId: objectiveA },
  ]) {
    await expect(raise(nedB, { ...target, text: 'Hijack' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const parsed = raiseChallengeSchema.parse({ ...target, text: 'x' });
    await expect(previewChallengeTarget(nedB, parsed)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }
  await expect(getChallenge(nedB, challengeA)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(respondToChallenge(leadB, { challengeId: challengeA, body: 'Hijack', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(askFollowUp(chairB, { challengeId: challengeA, body: 'Hijack', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(closeChallenge(chairB, { challengeId: challengeA, note: 'Hijack', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  // Trust B has no 2024 self-assessment: trust A's does not stand in for it.
  await expect(judge(nedB, { financialYear: '2024', domain: '1', level: 'assured', reason: 'Hijack' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(getAssurance(nedB, 2024)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(compareYears(nedB, 2024, 2025, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect(await snapshotOfTrustA()).toEqual(before);
}

describe('review: each tenant wall holds on its own', () => {
  it('trust B reads only its own years, challenges and judgements, with row-level security on or off', expectTrustBReadsItsOwnOnly);

  it('trust A’s rows answer NOT_FOUND to trust B with row-level security on', expectTrustBLockedOut);

  it('the data layer alone keeps trust B out when row-level security is off', () => withRowLevelSecurityOff(expectTrustBLockedOut));
});
