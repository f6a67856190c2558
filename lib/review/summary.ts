import { formatFinancialYear, ukDateOf } from '../calendar/financial-year';
import { withTenant } from '../db/with-tenant';
import { readWidenedGaps } from '../indicators/board-view';
import { isOverdue, statusLabel } from '../objectives/status';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import { wentBackwards } from './answer-change';
import type { AttentionObjectiveDto, BoardSummaryDto } from './review-dto';
import { readAssuranceDomains } from './assurance';
import { readChallengeSummaries } from './challenge-queries';
import { compareAssessmentYears } from './compare';
import { readAssessmentYears } from './year-records';

/**
 * "What changed since last year?" on one page: domains that moved level and questions that went
 * backwards between the two latest years with results, overdue and off-track objectives, open
 * challenges (and those overdue for a response), the NEDs' assurance on the latest results, and the
 * indicators whose gap widened.
 */
export async function getBoardSummary(ctx: TenantContext, now = new Date()): Promise<BoardSummaryDto> {
  assertCan(ctx, 'review.view');
  const today = ukDateOf(now);
  return withTenant(ctx, async (tx) => {
    const results = (await readAssessmentYears(tx, ctx)).filter((year) => year.countsAsResult);
    const latest = results[results.length - 1];
    const previous = results[results.length - 2];
    const comparison = latest && previous ? compareAssessmentYears(previous, latest) : null;
    const objectives = await tx.objective.findMany({
      where: { trustId: ctx.trustId, currentStatus: { notIn: ['complete', 'deferred'] } },
      select: { id: true, title: true, financialYear: true, currentStatus: true, dueDate: true, owner: { select: { name: true } } },
      orderBy: [{ dueDate: 'asc' }, { title: 'asc' }],
    });
    const objectivesNeedingAttention = objectives
      .map(
        (objective): AttentionObjectiveDto => ({
          id: objective.id,
          title: objective.title,
          financialYear: objective.financialYear,
          financialYearLabel: formatFinancialYear(objective.financialYear),
          ownerName: objective.owner?.name ?? null,
          status: objective.currentStatus,
          statusLabel: statusLabel(objective.currentStatus),
          isOverdue: isOverdue(objective, today),
          isOffTrack: objective.currentStatus === 'off_track',
          dueDate: objective.dueDate,
        }),
      )
      .filter((objective) => objective.isOverdue || objective.isOffTrack);
    const openChallenges = await readChallengeSummaries(tx, ctx, { openOnly: true }, today);
    const year = (y: { financialYear: number } | undefined) =>
      y ? { financialYear: y.financialYear, financialYearLabel: formatFinancialYear(y.financialYear) } : null;
    return {
      latest: year(latest),
      previous: year(previous),
      domainsThatMoved: comparison?.domains.filter((domain) => domain.movement !== 'same') ?? [],
      domainsCompared: comparison?.domains.length ?? 0,
      questionsBackwards: comparison?.questions.filter((question) => wentBackwards(question.change)) ?? [],
      objectivesNeedingAttention,
      openChallenges,
      overdueChallenges: openChallenges.filter((challenge) => challenge.isOverdue),
      assurance: latest
        ? { financialYear: latest.financialYear, financialYearLabel: latest.financialYearLabel, domains: await readAssuranceDomains(tx, ctx, latest) }
        : null,
      widenedGaps: await readWidenedGaps(tx, ctx),
      generatedAt: now,
    };
  });
}
