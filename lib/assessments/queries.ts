import { DOMAIN_NUMBERS, findDomain, type DomainNumber } from '../catalogue/domains';
import { withTenant, type Tx } from '../db/with-tenant';
import { AppError } from '../errors/app-error';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { toAnswerDto } from './answer-dto';
import { personOf } from '../format/person-names';
import { displayNames } from '../tenancy/display-names';
import { answerSetOf, assessmentNotFound, isUuid } from './assessment-rows';
import { formatFinancialYear } from '../calendar/financial-year';
import { findQuestion, QUESTION_REFS, QUESTIONS } from './question-bank';
import { describeResult, resultFromImportedScores } from './result-details';
import { scoreAssessment } from './scoring';
import type {
  AssessmentSummaryDto,
  SectionStatus,
  AnswerState,
  SectionDto,
  AssessmentDto,
  AssessmentQuestionPageDto,
  AssessmentResultsDto,
  DomainAnswerCounts,
} from './assessment-dto';

type AssessmentRow = Awaited<ReturnType<Tx['assessment']['findFirstOrThrow']>>;

function answerState(answer: { value: unknown; carriedOver: boolean }): AnswerState {
  if (answer.carriedOver) return 'carried-over';
  return answer.value === null ? 'unanswered' : 'answered';
}

function progressPercent(answeredCount: number): number {
  return Math.round((answeredCount * 100) / QUESTIONS.length);
}

function toSummary(row: AssessmentRow, answeredCount: number | null): AssessmentSummaryDto {
  return {
    id: row.id,
    financialYear: row.financialYear,
    financialYearLabel: formatFinancialYear(row.financialYear),
    status: row.status,
    isImported: row.isImported,
    isEditable: row.status === 'draft' && !row.isImported,
    questionBankVersion: row.questionBankVersion,
    progressPercent: answeredCount === null ? null : progressPercent(answeredCount),
    version: row.version,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    approvalDate: row.approvalDate,
    approvalMeetingRef: row.approvalMeetingRef,
  };
}

/** The trust's assessments, newest financial year first. */
export function listAssessments(ctx: TenantContext): Promise<AssessmentSummaryDto[]> {
  assertCan(ctx, 'assessment.view');
  return withTenant(ctx, async (tx) => {
    const rows = await tx.assessment.findMany({
      where: { trustId: ctx.trustId },
      orderBy: { financialYear: 'desc' },
      include: { _count: { select: { answers: { where: { trustId: ctx.trustId, value: { not: null }, carriedOver: false } }, importedDomainResults: true } } },
    });
    return rows.map(({ _count, ...row }) => toSummary(row, _count.importedDomainResults > 0 ? null : _count.answers));
  });
}

async function findAssessmentRow(tx: Tx, ctx: TenantContext, assessmentId: string) {
  if (!isUuid(assessmentId)) throw assessmentNotFound();
  const row = await tx.assessment.findFirst({
    where: { id: assessmentId, trustId: ctx.trustId },
    include: {
      answers: { where: { trustId: ctx.trustId } },
      importedDomainResults: { where: { trustId: ctx.trustId } },
    },
  });
  if (!row) throw assessmentNotFound();
  return row;
}

/** One assessment with its answers (in question order), its task-list sections and progress. */
export function getAssessment(ctx: TenantContext, assessmentId: string): Promise<AssessmentDto> {
  assertCan(ctx, 'assessment.view');
  return withTenant(ctx, async (tx) => {
    const { answers: answerRows, importedDomainResults, ...row } = await findAssessmentRow(tx, ctx, assessmentId);
    const names = await displayNames(tx, [
      row.createdById,
      row.submittedById,
      row.approvedById,
      row.reopenedById,
      ...answerRows.map((answer) => answer.updatedById),
    ]);
    const order = new Map(QUESTION_REFS.map((ref, index) => [ref, index]));
    const answers = answerRows
      .map((answer) => ({ ...toAnswerDto(answer, names), state: answerState(answer) }))
      .sort((a, b) => (order.get(a.questionRef) ?? Infinity) - (order.get(b.questionRef) ?? Infinity));
    const sections = DOMAIN_NUMBERS.map((domain) => sectionOf(domain, answers));
    const answeredCount = answers.filter((answer) => answer.state === 'answered').length;
    const carriedOverCount = answers.filter((answer) => answer.state === 'carried-over').length;
    const source = importedDomainResults.length > 0 ? 'imported-scores' : 'answers';
    const person = (id: string | null) => personOf(names, id);
    return {
      ...toSummary(row, source === 'answers' ? answeredCount : null),
      source,
      answers,
      sections,
      answeredCount,
      carriedOverCount,
      totalQuestions: QUESTIONS.length,
      isReadyToSubmit: row.status === 'draft' && !row.isImported && answeredCount === QUESTIONS.length,
      createdBy: person(row.createdById),
      submittedBy: person(row.submittedById),
      approvedBy: person(row.approvedById),
      reopenedBy: person(row.reopenedById),
      reopenedAt: row.reopenedAt,
      reopenReason: row.reopenReason,
    };
  });
}

function sectionOf(domain: DomainNumber, answers: readonly { questionRef: string; state: AnswerState }[]): SectionDto {
  const questionRefs = QUESTIONS.filter((question) => question.domain === domain).map((question) => question.ref);
  const inDomain = answers.filter((answer) => questionRefs.includes(answer.questionRef));
  const answeredCount = inDomain.filter((answer) => answer.state === 'answered').length;
  const carriedOverCount = inDomain.filter((answer) => answer.state === 'carried-over').length;
  // Carried-over answers still need someone to look at them, so only confirmed answers count.
  const status: SectionStatus = answeredCount === 0 ? 'not-started' : answeredCount === questionRefs.length ? 'completed' : 'in-progress';
  return { domain, label: findDomain(domain).label, status, questionRefs, answeredCount, carriedOverCount };
}

function answerCountsOf(section: SectionDto): DomainAnswerCounts {
  const { domain, label, answeredCount: confirmed, carriedOverCount: carriedOver } = section;
  return { domain, label, confirmed, carriedOver, unanswered: section.questionRefs.length - confirmed - carriedOver };
}

/** What one question's page needs: the question, its saved answer and the neighbouring questions. */
export function getAssessmentQuestion(ctx: TenantContext, assessmentId: string, questionRef: string): Promise<AssessmentQuestionPageDto> {
  assertCan(ctx, 'assessment.view');
  const question = findQuestion(questionRef);
  if (!question) return Promise.reject(new AppError('NOT_FOUND', `There is no question ${questionRef} in the assessment`));
  return withTenant(ctx, async (tx) => {
    const row = await findAssessmentRow(tx, ctx, assessmentId);
    const answers = row.answers;
    const answer = answers.find((candidate) => candidate.questionRef === question.ref);
    if (!answer) throw new AppError('NOT_FOUND', `Question ${question.ref} is not part of this assessment`);
    const names = await displayNames(tx, [answer.updatedById]);
    const answeredCount = answers.filter((candidate) => answerState(candidate) === 'answered').length;
    const index = QUESTION_REFS.indexOf(question.ref);
    return {
      assessment: toSummary(row, answeredCount),
      question,
      answer: { ...toAnswerDto(answer, names), state: answerState(answer) },
      previousRef: QUESTION_REFS[index - 1] ?? null,
      nextRef: QUESTION_REFS[index + 1] ?? null,
    };
  });
}

/**
 * Scores, maturity levels and suggested objectives per domain. Every answer with a value counts,
 * carried-over ones included, and unanswered questions score 0, as in the guide's tool.
 */
export function getAssessmentResults(ctx: TenantContext, assessmentId: string): Promise<AssessmentResultsDto> {
  assertCan(ctx, 'assessment.view');
  return withTenant(ctx, async (tx) => {
    const { answers, importedDomainResults, ...row } = await findAssessmentRow(tx, ctx, assessmentId);
    const imported = importedDomainResults.length > 0;
    const result = imported ? resultFromImportedScores(importedDomainResults) : scoreAssessment(answerSetOf(answers));
    const answeredCount = answers.filter((answer) => answerState(answer) === 'answered').length;
    return {
      assessment: toSummary(row, imported ? null : answeredCount),
      source: imported ? 'imported-scores' : 'answers',
      suggestionsAvailable: !imported,
      result,
      domains: describeResult(result),
      answerCounts: imported
        ? []
        : DOMAIN_NUMBERS.map((domain) =>
            answerCountsOf(
              sectionOf(
                domain,
                answers.map((answer) => ({ questionRef: answer.questionRef, state: answerState(answer) })),
              ),
            ),
          ),
    };
  });
}
