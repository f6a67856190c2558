import { approveAssessment, startAssessment, submitAssessment } from '../../../lib/assessments/mutations';
import { recordImportedAssessment } from '../../../lib/assessments/import-assessment';
import { getAssessment } from '../../../lib/assessments/queries';
import type { AnswerSet } from '../../../lib/assessments/scoring';
import { getPrisma } from '../../../lib/db/client';
import { listNarratives, saveNarrative } from '../../../lib/reports/narratives';
import { setNarrativeStatus } from '../../../lib/reports/narrative-status';
import { withSystem } from '../../../lib/db/with-tenant';
import { agreeObjective, createObjective } from '../../../lib/objectives/mutations';
import { recordProgress } from '../../../lib/objectives/progress-mutations';
import type { TenantContext } from '../../../lib/tenancy/context';
import { createMemberContext, createTestTrust, type TestTrust } from '../../support/fixtures';
import { everyAnswer, saveAnswers } from '../assessments/assessment-fixtures';
import { parseCreate, parseProgress, smartForm } from '../objectives/objective-fixtures';

/** 15 June 2026: inside financial year 2026/27, so 2026 and earlier years can be assessed. */
export const NOW = new Date('2026-06-15T10:00:00Z');

type Ctx = TenantContext & { membershipId: string };

/** A trust with the people the annual report involves. */
export async function reportingTrust(
  overrides: Parameters<typeof createTestTrust>[0] = {},
): Promise<{ trust: TestTrust; admin: Ctx; lead: Ctx; cosec: Ctx; ned: Ctx; viewer: Ctx }> {
  const trust = await createTestTrust(overrides);
  return {
    trust,
    admin: await createMemberContext(trust, 'trust_admin'),
    lead: await createMemberContext(trust, 'executive_lead'),
    cosec: await createMemberContext(trust, 'company_secretary'),
    ned: await createMemberContext(trust, 'non_executive_director'),
    viewer: await createMemberContext(trust, 'viewer'),
  };
}

/** A past year's results recorded as approved (imported from the guide's tool). */
export async function importedYear(lead: TenantContext, financialYear: number, answers: AnswerSet): Promise<string> {
  const { id } = await recordImportedAssessment(
    lead,
    { kind: 'answers', financialYear, answers, approvalDate: `${financialYear + 1}-03-12`, meetingRef: `Board March ${financialYear + 1}` },
    NOW,
  );
  return id;
}

/** A draft assessment for the year with these answers saved (carried-over answers included). */
export async function draftYear(lead: TenantContext, financialYear: number, answers: AnswerSet): Promise<string> {
  const { id } = await startAssessment(lead, { financialYear }, NOW);
  await saveAnswers(lead, id, answers);
  return id;
}

/** Every question answered and submitted by the lead for the board's approval, not approved yet. */
export async function submittedYear(
  lead: TenantContext,
  financialYear: number,
  answers: AnswerSet = everyAnswer('yes'),
): Promise<{ id: string; version: number }> {
  const id = await draftYear(lead, financialYear, answers);
  // Carried-over answers must be confirmed before submitting: saving them again does that.
  const current = await getAssessment(lead, id);
  if (current.carriedOverCount > 0)
    await saveAnswers(
      lead,
      id,
      Object.fromEntries(current.answers.filter((answer) => answer.state === 'carried-over').map((answer) => [answer.questionRef, answer.value ?? 'no'])),
    );
  const submitted = await submitAssessment(lead, { assessmentId: id, expectedVersion: undefined }, NOW);
  return { id, version: submitted.version };
}

/** Every question answered, submitted by the lead and approved by the company secretary. */
export async function approvedYear(lead: TenantContext, cosec: TenantContext, financialYear: number, answers: AnswerSet = everyAnswer('yes')): Promise<string> {
  const submitted = await submittedYear(lead, financialYear, answers);
  await approveAssessment(
    cosec,
    { assessmentId: submitted.id, approvalDate: '2026-06-01', meetingRef: 'Board June 2026, item 4', expectedVersion: submitted.version },
    NOW,
  );
  return submitted.id;
}

export async function boardMember(
  trust: TestTrust,
  member: { name: string; jobTitle: string; roleAreas: string[]; isExecutive?: boolean; startDate?: string; endDate?: string },
): Promise<string> {
  const row = await withSystem('test-fixture', (tx) =>
    tx.boardMember.create({
      data: {
        trustId: trust.id,
        name: member.name,
        jobTitle: member.jobTitle,
        isExecutive: member.isExecutive ?? true,
        roleAreas: member.roleAreas,
        startDate: new Date(`${member.startDate ?? '2022-04-01'}T00:00:00Z`),
        endDate: member.endDate ? new Date(`${member.endDate}T00:00:00Z`) : null,
      },
      select: { id: true },
    }),
  );
  return row.id;
}

/** An objective through the data layer; agreed and given progress updates when there are any. */
export async function objectiveWithProgress(
  lead: TenantContext,
  ownerId: string | null,
  overrides: Record<string, unknown>,
  updates: { date: string; status: string; narrative: string }[] = [],
): Promise<string> {
  const { id } = await createObjective(lead, parseCreate(smartForm(ownerId, overrides)), NOW);
  if (updates.length > 0) await agreeObjective(lead, { objectiveId: id }, NOW);
  for (const update of updates) await recordProgress(lead, parseProgress({ objectiveId: id, measureValue: '', ...update }), NOW);
  return id;
}

/** The export row as stored, read past row-level security. */
export function storedExport(id: string) {
  return getPrisma().reportExport.findUniqueOrThrow({ where: { id } });
}

export { everyAnswer };

/** Writes (where empty) and approves every narrative the trust is offered for the year, so the annual report can be exported. */
export async function approveEveryNarrative(cosec: TenantContext, financialYear: number): Promise<void> {
  for (const narrative of await listNarratives(cosec, financialYear)) {
    if (narrative.status === 'approved') continue;
    const version = narrative.isWritten
      ? narrative.version
      : (await saveNarrative(cosec, { financialYear, section: narrative.id, body: `Our account for “${narrative.heading}”.`, expectedVersion: 0 })).version;
    await setNarrativeStatus(cosec, { financialYear, section: narrative.id, status: 'approved', expectedVersion: version }, NOW);
  }
}
