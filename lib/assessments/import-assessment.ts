import { DOMAIN_NUMBERS } from '../catalogue/domains';
import { withTenant } from '../db/with-tenant';
import { fieldError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { ANSWER_SET_SCHEMA } from './answer-set-schema';
import { dateFromIso } from '../calendar/calendar-dates';
import { ukDateOf } from '../calendar/financial-year';
import { assertNoAssessmentForYear, assertYearHasStarted, createAssessmentRow } from './mutations';
import { QUESTION_BANK_VERSION, QUESTIONS } from './question-bank';
import { maxScoreForDomain, type RecordImportedAssessmentInput } from './schemas';

/** The schema's rules again, because this is the write path and may be called without a form. */
function assertValidImport(input: RecordImportedAssessmentInput, now: Date): void {
  assertYearHasStarted(input.financialYear, now);
  if (input.approvalDate && input.approvalDate > ukDateOf(now)) throw fieldError('approvalDate', 'The date of the board meeting must be today or in the past');
  if (input.kind === 'answers') {
    const parsed = ANSWER_SET_SCHEMA.safeParse(input.answers);
    if (!parsed.success) throw fieldError('answers', parsed.error.issues[0]?.message ?? 'Check the answers');
    return;
  }
  for (const domain of DOMAIN_NUMBERS) {
    const score = input.domainScores[domain];
    const max = maxScoreForDomain(domain);
    if (!Number.isInteger(score) || score < 0 || score > max)
      throw fieldError(`domain${domain}`, `Enter the domain ${domain} score as a whole number from 0 to ${max}`);
  }
}

/**
 * Records a past year's results (for example from the guide's free tool) as an approved assessment
 * marked as imported, so the trust's year-on-year trend starts at once. With answers, results and
 * suggestions are worked out exactly as for any assessment and next year's assessment can be
 * pre-filled from them; with domain scores only, the scores, percentages and maturity levels are
 * shown but suggestions cannot be (they depend on individual answers).
 */
export async function recordImportedAssessment(ctx: TenantContext, input: RecordImportedAssessmentInput, now = new Date()): Promise<{ id: string }> {
  assertCan(ctx, 'assessment.import');
  assertValidImport(input, now);
  return withTenant(ctx, async (tx) => {
    await assertNoAssessmentForYear(tx, ctx, input.financialYear);
    const assessment = await createAssessmentRow(input.financialYear, () =>
      tx.assessment.create({
        data: {
          trustId: ctx.trustId,
          financialYear: input.financialYear,
          questionBankVersion: QUESTION_BANK_VERSION,
          status: 'approved',
          isImported: true,
          createdById: ctx.userId,
          approvedAt: now,
          approvedById: ctx.userId,
          approvalDate: input.approvalDate ? dateFromIso(input.approvalDate) : null,
          approvalMeetingRef: input.meetingRef ?? null,
        },
        select: { id: true },
      }),
    );
    if (input.kind === 'answers') {
      await tx.assessmentAnswer.createMany({
        data: QUESTIONS.map((question) => ({
          trustId: ctx.trustId,
          assessmentId: assessment.id,
          questionRef: question.ref,
          value: input.answers[question.ref] ?? null,
          updatedById: ctx.userId,
        })),
      });
    } else {
      await tx.importedDomainResult.createMany({
        data: DOMAIN_NUMBERS.map((domain) => ({
          trustId: ctx.trustId,
          assessmentId: assessment.id,
          domain,
          score: input.domainScores[domain],
          maxScore: maxScoreForDomain(domain),
        })),
      });
    }
    return { id: assessment.id };
  });
}
