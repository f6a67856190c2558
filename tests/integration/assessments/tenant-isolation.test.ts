import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '../../../lib/db/client';
import { withSystem, withTenant } from '../../../lib/db/with-tenant';
import { confirmCarriedOverAnswer, saveAnswer } from '../../../lib/assessments/answer-mutations';
import { recordImportedAssessment } from '../../../lib/assessments/import-assessment';
import { approveAssessment, reopenAssessment, startAssessment, submitAssessment } from '../../../lib/assessments/mutations';
import { getAssessment, getAssessmentQuestion, getAssessmentResults, listAssessments } from '../../../lib/assessments/queries';
import { resetDatabase } from '../setup/reset-db';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { NOW, everyAnswer, saveAnswers } from './assessment-fixtures';

const TABLES = ['Assessment', 'AssessmentAnswer', 'ImportedDomainResult'];

type Ctx = Awaited<ReturnType<typeof createMemberContext>>;
let trustA: TestTrust;
let trustB: TestTrust;
let adminA: Ctx;
let adminB: Ctx;
let assessmentA: string;
let importedA: string;

beforeEach(async () => {
  await resetDatabase();
  trustA = await createTestTrust();
  trustB = await createTestTrust();
  adminA = await createMemberContext(trustA, 'trust_admin');
  adminB = await createMemberContext(trustB, 'trust_admin');
  ({ id: assessmentA } = await startAssessment(adminA, { financialYear: 2026 }, NOW));
  await saveAnswers(adminA, assessmentA, everyAnswer('yes'));
  ({ id: importedA } = await recordImportedAssessment(adminA, { kind: 'scores', financialYear: 2024, domainScores: { 1: 2, 2: 3, 3: 4, 4: 5 } }, NOW));
});

async function snapshotOfTrustA() {
  const prisma = getPrisma();
  return {
    assessments: await prisma.assessment.findMany({ where: { trustId: trustA.id }, orderBy: { id: 'asc' } }),
    answers: await prisma.assessmentAnswer.findMany({ where: { trustId: trustA.id }, orderBy: { id: 'asc' } }),
    imported: await prisma.importedDomainResult.findMany({ where: { trustId: trustA.id }, orderBy: { id: 'asc' } }),
  };
}

async function expectTrustBLockedOut(): Promise<void> {
  const before = await snapshotOfTrustA();
  expect(await listAssessments(adminB)).toEqual([]);
  for (const id of [assessmentA, importedA]) {
    await expect(getAssessment(adminB, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAssessmentResults(adminB, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAssessmentQuestion(adminB, id, '1.1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      saveAnswer(adminB, { assessmentId: id, questionRef: '1.1', value: 'no', evidenceNote: 'hijacked', evidenceLinks: [], expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(confirmCarriedOverAnswer(adminB, { assessmentId: id, questionRef: '1.1', expectedVersion: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(submitAssessment(adminB, { assessmentId: id }, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(approveAssessment(adminB, { assessmentId: id, approvalDate: '2026-06-01', meetingRef: 'x' }, NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(reopenAssessment(adminB, { assessmentId: id, reason: 'x' }, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }
  expect(await snapshotOfTrustA()).toEqual(before);
}

describe('assessments: each tenant wall holds on its own', () => {
  it('another trust’s assessments are invisible and unwritable through the data layer', async () => {
    await expectTrustBLockedOut();
    // Trust B's own year is unaffected by trust A's.
    await expect(startAssessment(adminB, { financialYear: 2026 }, NOW)).resolves.toMatchObject({ carriedOverFrom: null });
  });

  it('the data layer alone keeps trust B out when row-level security is off', async () => {
    for (const table of TABLES) await getPrisma().$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    try {
      await expectTrustBLockedOut();
    } finally {
      for (const table of TABLES) await getPrisma().$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    }
  });

  it('row-level security alone hides and protects trust A rows from raw queries run for trust B', async () => {
    for (const table of TABLES) {
      const rows = await withTenant(adminB, (tx) => tx.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`));
      expect(rows, table).toEqual([]);
    }
    expect(await withTenant(adminB, (tx) => tx.$executeRawUnsafe(`UPDATE "AssessmentAnswer" SET "evidenceNote" = 'hijacked'`))).toBe(0);
    expect(await withTenant(adminB, (tx) => tx.$executeRawUnsafe(`UPDATE "Assessment" SET status = 'draft', "isImported" = false`))).toBe(0);
    expect(await withTenant(adminB, (tx) => tx.$executeRawUnsafe(`DELETE FROM "Assessment"`))).toBe(0);
    await expect(
      withTenant(adminB, (tx) =>
        tx.$executeRawUnsafe(
          `INSERT INTO "AssessmentAnswer" (id, "trustId", "assessmentId", "questionRef", "updatedAt") VALUES (gen_random_uuid(), '${trustA.id}', '${assessmentA}', '1.1', now())`,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect((await snapshotOfTrustA()).answers.every((a) => a.evidenceNote !== 'hijacked')).toBe(true);
  });

  it('an answer or domain result cannot point at another trust’s assessment, even on the system path', async () => {
    await expect(
      withSystem('test', (tx) => tx.assessmentAnswer.create({ data: { trustId: trustB.id, assessmentId: assessmentA, questionRef: '1.1' } })),
    ).rejects.toThrow();
    await expect(
      withSystem('test', (tx) => tx.importedDomainResult.create({ data: { trustId: trustB.id, assessmentId: importedA, domain: 1, score: 1, maxScore: 8 } })),
    ).rejects.toThrow();
    expect(await getPrisma().assessmentAnswer.count({ where: { trustId: trustB.id } })).toBe(0);
  });
});
