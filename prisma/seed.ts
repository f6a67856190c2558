import { withSystem } from '../lib/db/with-tenant';
import { closePrisma } from '../lib/db/client';
import { hashPassword } from '../lib/auth/passwords';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts';
import { DEMO_TRUSTS } from './demo/trusts';
import { DEMO_ASSESSMENT_ANSWERS, demoAnswerValue, demoEvidenceNote } from './demo/assessments';
import { seedPeerTrusts } from './demo/peer-trusts';
import { seedDemoObjectives } from './demo/objectives';
import { seedDemoIndicators } from './demo/indicators';
import { QUESTION_REFS, QUESTION_BANK_VERSION } from '../lib/assessments/question-bank';
import type { Tx } from '../lib/db/with-tenant';

/**
 * Loads the demo trusts the first time (it does nothing when they exist), on the named system
 * path so every row is audited as written by the seed.
 */
export async function seedDemoData(): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return withSystem(
    'seed',
    async (tx) => {
      if (await tx.trust.findUnique({ where: { slug: DEMO_TRUSTS[0]!.slug } })) return false;
      const trustIds = new Map<string, string>();
      for (const demo of DEMO_TRUSTS) {
        const trust = await tx.trust.create({
          data: { name: demo.name, slug: demo.slug, odsCode: demo.odsCode, type: demo.type, region: demo.region, icsName: demo.icsName },
        });
        trustIds.set(demo.key, trust.id);
      }
      const userIds = new Map<string, string>();
      for (const account of DEMO_ACCOUNTS) {
        const user = await tx.user.create({ data: { email: account.email, displayName: account.displayName, passwordHash } });
        userIds.set(account.email, user.id);
        for (const membership of account.memberships) {
          await tx.membership.create({
            data: { trustId: trustIds.get(membership.trust)!, userId: user.id, role: membership.role, isChair: membership.isChair ?? false },
          });
        }
      }
      for (const demo of DEMO_TRUSTS) {
        for (const member of demo.board) {
          await tx.boardMember.create({
            data: {
              trustId: trustIds.get(demo.key)!,
              name: member.name,
              jobTitle: member.jobTitle,
              isExecutive: member.isExecutive,
              roleAreas: [...member.roleAreas],
              startDate: new Date('2022-04-01T00:00:00Z'),
              userId: member.accountEmail ? userIds.get(member.accountEmail) : undefined,
            },
          });
        }
      }
      for (const demo of DEMO_TRUSTS) {
        await seedPastAssessments(tx, trustIds.get(demo.key)!, demo.key, userIds);
        await seedDemoObjectives(tx, trustIds.get(demo.key)!, demo.key, userIds.get(`lead.${demo.key}@demo.fairboard.test`)!);
        await seedDemoIndicators(tx, trustIds.get(demo.key)!, demo.key, demo.type, userIds.get(`analyst.${demo.key}@demo.fairboard.test`));
      }
      await seedPeerTrusts(tx);
      return true;
    },
    undefined,
  );
}

/** Approved assessments for past years, so year-on-year views have a history from the start. */
async function seedPastAssessments(tx: Tx, trustId: string, key: 'northfield' | 'southmoor', userIds: Map<string, string>): Promise<void> {
  const lead = userIds.get(`lead.${key}@demo.fairboard.test`)!;
  const secretary = userIds.get(`cosec.${key}@demo.fairboard.test`)!;
  for (const [yearText, letters] of Object.entries(DEMO_ASSESSMENT_ANSWERS[key])) {
    const year = Number(yearText);
    const approvalDate = new Date(Date.UTC(year + 1, 1, 12));
    const assessment = await tx.assessment.create({
      data: {
        trustId,
        financialYear: year,
        questionBankVersion: QUESTION_BANK_VERSION,
        status: 'approved',
        createdById: lead,
        submittedAt: new Date(Date.UTC(year + 1, 0, 20)),
        submittedById: lead,
        approvedAt: approvalDate,
        approvedById: secretary,
        approvalDate,
        approvalMeetingRef: `Board meeting in public, February ${year + 1}, item 7`,
      },
    });
    await tx.assessmentAnswer.createMany({
      data: QUESTION_REFS.map((questionRef, index) => ({
        trustId,
        assessmentId: assessment.id,
        questionRef,
        value: demoAnswerValue(letters[index] ?? 'n'),
        evidenceNote: demoEvidenceNote(letters[index] ?? 'n'),
        updatedById: lead,
      })),
    });
  }
}

if (process.argv[1]?.endsWith('seed.ts')) {
  import('../scripts/lib/embedded-db')
    .then(({ withConfiguredDatabase }) => withConfiguredDatabase(seedDemoData))
    .then((created) => console.log(created ? 'Demo data loaded.' : 'Demo data already present; nothing changed.'))
    .catch((error: unknown) => {
      console.error('Seeding failed:', error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => closePrisma());
}
