import { withSystem } from '../../../lib/db/with-tenant';
import { QUESTION_BANK_VERSION, QUESTION_REFS } from '../../../lib/assessments/question-bank';
import type { AnswerSet } from '../../../lib/assessments/scoring';
import type { ObjectiveStatus } from '../../../lib/objectives/status';
import type { TestTrust } from '../../support/fixtures';

/** 15 June 2026: inside financial year 2026/27. */
export const NOW = new Date('2026-06-15T10:00:00Z');

type Status = 'draft' | 'submitted' | 'approved';

/**
 * An assessment written directly on the system path, as the demo seed writes past years: one row
 * per question, with the given answers (others unanswered) and evidence notes.
 */
export async function storedAssessment(
  trust: TestTrust,
  financialYear: number,
  answers: AnswerSet,
  options: Readonly<{ status?: Status; notes?: Partial<Record<string, string>> }> = {},
): Promise<string> {
  const status = options.status ?? 'approved';
  return withSystem('test-fixture', async (tx) => {
    const actor = '00000000-0000-4000-8000-000000000001';
    const assessment = await tx.assessment.create({
      data: {
        trustId: trust.id,
        financialYear,
        questionBankVersion: QUESTION_BANK_VERSION,
        status,
        submittedAt: status === 'draft' ? null : new Date(Date.UTC(financialYear + 1, 0, 20)),
        submittedById: status === 'draft' ? null : actor,
        approvedAt: status === 'approved' ? new Date(Date.UTC(financialYear + 1, 1, 12)) : null,
        approvedById: status === 'approved' ? actor : null,
        approvalDate: status === 'approved' ? new Date(Date.UTC(financialYear + 1, 1, 12)) : null,
        approvalMeetingRef: status === 'approved' ? 'Board, item 7' : null,
      },
      select: { id: true },
    });
    await tx.assessmentAnswer.createMany({
      data: QUESTION_REFS.map((questionRef) => ({
        trustId: trust.id,
        assessmentId: assessment.id,
        questionRef,
        value: answers[questionRef] ?? null,
        evidenceNote: options.notes?.[questionRef] ?? '',
      })),
    });
    return assessment.id;
  });
}

/** An imported year with domain scores only (no individual answers). */
export async function importedScores(trust: TestTrust, financialYear: number, scores: Readonly<Record<1 | 2 | 3 | 4, number>>): Promise<string> {
  const max = { 1: 8, 2: 14, 3: 18, 4: 10 } as const;
  return withSystem('test-fixture', async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        trustId: trust.id,
        financialYear,
        questionBankVersion: QUESTION_BANK_VERSION,
        status: 'approved',
        isImported: true,
        approvedAt: NOW,
        approvedById: '00000000-0000-4000-8000-000000000001',
      },
      select: { id: true },
    });
    await tx.importedDomainResult.createMany({
      data: ([1, 2, 3, 4] as const).map((domain) => ({ trustId: trust.id, assessmentId: assessment.id, domain, score: scores[domain], maxScore: max[domain] })),
    });
    return assessment.id;
  });
}

/** An objective with a status and due date, written directly (the objectives feature has its own tests). */
export async function storedObjective(
  trust: TestTrust,
  financialYear: number,
  overrides: Partial<{ title: string; currentStatus: ObjectiveStatus; dueDate: string; ownerId: string }> = {},
): Promise<string> {
  return withSystem('test-fixture', async (tx) => {
    const objective = await tx.objective.create({
      data: {
        trustId: trust.id,
        financialYear,
        source: 'own',
        title: overrides.title ?? 'Publish health inequalities data by ethnicity',
        currentStatus: overrides.currentStatus ?? 'on_track',
        dueDate: overrides.dueDate ? new Date(`${overrides.dueDate}T00:00:00Z`) : null,
        ownerId: overrides.ownerId,
      },
      select: { id: true },
    });
    return objective.id;
  });
}

/** Every question answered the same way (3.2 cannot be partial, so it becomes no). */
export function allAnswered(value: 'yes' | 'partial' | 'no'): AnswerSet {
  return Object.fromEntries(QUESTION_REFS.map((ref) => [ref, ref === '3.2' && value === 'partial' ? 'no' : value]));
}
