import { formatFinancialYear } from '../calendar/financial-year';
import { questionsForDomain } from '../assessments/question-bank';
import { DOMAIN_NUMBERS, findDomain, type DomainNumber } from '../catalogue/domains';
import { isUniqueViolation } from '../db/prisma-errors';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { can, assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import type { ParticipantDto } from './challenge-dto';
import { participants } from './challenge-queries';
import { ASSURANCE_LEVEL_LABELS, ASSURANCE_LEVELS, type AssuranceLevel } from './labels';
import type { RecordJudgementInput } from './schemas';
import { answerValueLabel } from './answer-change';
import { readAssessmentYears, type AssessmentYear } from './year-records';
import type { JudgementDto, AssuranceDomainDto, DomainAnswerDto, AssuranceYearDto } from './review-dto';

// Each non-executive director's judgement of how assured they are, per domain per year, and the
// spread of the board's judgements.

function noAssessment(financialYear: number): AppError {
  const message = `There is no self-assessment for ${formatFinancialYear(financialYear)}, so there is nothing to judge yet. Choose a year that has one.`;
  return new AppError('NOT_FOUND', message, { fieldErrors: { financialYear: [message] } });
}

async function currentNeds(tx: Tx, ctx: TenantContext): Promise<ParticipantDto[]> {
  const rows = await tx.membership.findMany({ where: { trustId: ctx.trustId, role: 'non_executive_director' }, select: { userId: true } });
  const person = await participants(
    tx,
    ctx,
    rows.map((row) => row.userId),
  );
  return rows.map((row) => person(row.userId)).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'en-GB'));
}

/**
 * The year the assurance page opens on: the latest with approved (or imported) results, because a
 * draft has no results to be assured by; the latest year of all only when none is approved yet.
 */
function defaultAssuranceYear(years: readonly Readonly<{ financialYear: number; countsAsResult: boolean }>[]): number | undefined {
  return [...years].reverse().find((year) => year.countsAsResult)?.financialYear ?? years[years.length - 1]?.financialYear;
}

function domainAnswers(answers: AssessmentYear['answers'], domain: DomainNumber): DomainAnswerDto[] | null {
  if (!answers) return null;
  return questionsForDomain(domain).map((question) => {
    const answer = answers.get(question.ref);
    return { ref: question.ref, text: question.text, valueLabel: answerValueLabel(answer?.value ?? null), evidenceNote: answer?.evidenceNote ?? '' };
  });
}

/** Each domain's judgements, spread and answers for one assessed year, inside the caller's transaction. */
export async function readAssuranceDomains(tx: Tx, ctx: TenantContext, assessment: AssessmentYear): Promise<AssuranceDomainDto[]> {
  const rows = await tx.assuranceJudgement.findMany({ where: { trustId: ctx.trustId, financialYear: assessment.financialYear } });
  const neds = await currentNeds(tx, ctx);
  const person = await participants(
    tx,
    ctx,
    rows.map((row) => row.nedUserId),
  );
  return DOMAIN_NUMBERS.map((domain): AssuranceDomainDto => {
    const judgements = rows
      .filter((row) => row.domain === domain)
      .map(
        (row): JudgementDto => ({
          id: row.id,
          ned: person(row.nedUserId),
          level: row.level,
          levelLabel: ASSURANCE_LEVEL_LABELS[row.level],
          reason: row.reason,
          updatedAt: row.updatedAt,
          version: row.version,
          isMine: row.nedUserId === ctx.userId,
        }),
      )
      .sort((a, b) => (a.ned.name ?? '\uffff').localeCompare(b.ned.name ?? '\uffff', 'en-GB'));
    const result = assessment.countsAsResult ? assessment.domains.find((candidate) => candidate.domain === domain) : undefined;
    return {
      domain,
      label: findDomain(domain).label,
      result: result ? { percent: result.percent, maturity: result.maturity, maturityLabel: result.maturityLabel } : null,
      judgements,
      spread: Object.fromEntries(ASSURANCE_LEVELS.map((level) => [level, judgements.filter((judgement) => judgement.level === level).length])) as Record<
        AssuranceLevel,
        number
      >,
      awaiting: neds.filter((ned) => !judgements.some((judgement) => judgement.ned.id === ned.id)),
      mine: judgements.find((judgement) => judgement.isMine) ?? null,
      answers: domainAnswers(assessment.answers, domain),
    };
  });
}

/**
 * The board's assurance judgements for one year (defaultAssuranceYear when none is given). A year
 * without a self-assessment is NOT_FOUND with a message that says so.
 */
export async function getAssurance(ctx: TenantContext, financialYear?: number): Promise<AssuranceYearDto> {
  assertCan(ctx, 'review.view');
  return withTenant(ctx, async (tx) => {
    const assessments = await readAssessmentYears(tx, ctx);
    const year = financialYear ?? defaultAssuranceYear(assessments);
    if (year === undefined) throw new AppError('NOT_FOUND', 'There are no self-assessments yet, so there is nothing to judge.');
    const assessment = assessments.find((candidate) => candidate.financialYear === year);
    if (!assessment) throw noAssessment(year);
    const domains = await readAssuranceDomains(tx, ctx, assessment);
    return {
      financialYear: year,
      financialYearLabel: formatFinancialYear(year),
      years: [...assessments].reverse().map((candidate) => ({ financialYear: candidate.financialYear, financialYearLabel: candidate.financialYearLabel })),
      assessmentCountsAsResult: assessment.countsAsResult,
      domains,
      viewer: { canRecord: can(ctx, 'assurance.record') },
    };
  });
}

/**
 * Records (or revises) the signed-in non-executive director's judgement for one domain and year.
 * Anyone else is refused with FORBIDDEN before anything is read; a year without a self-assessment
 * is NOT_FOUND; a revision made elsewhere since the form was opened is CONFLICT.
 */
export async function recordJudgement(ctx: TenantContext, input: RecordJudgementInput): Promise<Readonly<{ id: string; version: number }>> {
  if (!can(ctx, 'assurance.record')) throw new AppError('FORBIDDEN', 'Only non-executive directors, including the chair, can record an assurance judgement.');
  return withTenant(ctx, async (tx) => {
    const assessment = await tx.assessment.findFirst({ where: { trustId: ctx.trustId, financialYear: input.financialYear }, select: { id: true } });
    if (!assessment) throw noAssessment(input.financialYear);
    const key = { trustId: ctx.trustId, financialYear: input.financialYear, domain: input.domain, nedUserId: ctx.userId };
    await tx.$queryRaw`SELECT 1 FROM "AssuranceJudgement" WHERE "trustId" = ${ctx.trustId}::uuid AND "financialYear" = ${input.financialYear} AND domain = ${input.domain} AND "nedUserId" = ${ctx.userId}::uuid FOR UPDATE`;
    const existing = await tx.assuranceJudgement.findFirst({ where: key, select: { id: true, version: true } });
    const conflict = () =>
      new AppError(
        'CONFLICT',
        'Your judgement for this domain was changed while you were writing, perhaps in another window. Reload the page to see it; what you typed is still here to copy.',
      );
    if (existing) {
      if (input.expectedVersion !== undefined && input.expectedVersion !== existing.version) throw conflict();
      return tx.assuranceJudgement.update({
        where: { id: existing.id, trustId: ctx.trustId },
        data: { level: input.level, reason: input.reason, version: existing.version + 1 },
        select: { id: true, version: true },
      });
    }
    if (input.expectedVersion !== undefined) throw conflict();
    try {
      return await tx.assuranceJudgement.create({ data: { ...key, level: input.level, reason: input.reason }, select: { id: true, version: true } });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict();
      throw error;
    }
  });
}
