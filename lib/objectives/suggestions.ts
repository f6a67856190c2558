import { formatFinancialYear } from '../calendar/financial-year';
import { getAssessmentResults, listAssessments } from '../assessments/queries';
import { suggestedObjectiveDto, type SuggestedObjectiveDto } from '../assessments/result-details';
import { earlyStagePriorities, suggestionReason } from '../assessments/suggestion-reasons';
import { compareRefs } from '../catalogue/objectives';
import { withTenant } from '../db/with-tenant';
import { listBoardMembers } from '../people/queries';
import { describeHolders, roleAreaHolders } from '../people/role-area-holders';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';
import type { SuggestionDto, SuggestionsDto } from './suggestion-dto';

/**
 * The objectives the trust's latest assessment suggests (scored by lib/assessments, exactly as its
 * results page shows them), each marked with the objectives already made from it. Imports of
 * domain scores alone have no answers to suggest from, so the latest assessment with answers is
 * used, whatever its status.
 */
export async function listSuggestionsFromLatestAssessment(ctx: TenantContext): Promise<SuggestionsDto> {
  assertCan(ctx, 'objective.view');
  const latest = (await listAssessments(ctx)).find((assessment) => assessment.progressPercent !== null);
  if (!latest) return { assessment: null, domains: [], suggestions: [], priorities: [] };
  const [results, members] = await Promise.all([getAssessmentResults(ctx, latest.id), listBoardMembers(ctx)]);
  const holders = roleAreaHolders(members);
  const suggestedRefs = new Set(results.domains.flatMap((domain) => domain.suggestedObjectives.map((suggestion) => suggestion.ref)));
  const priorityRefs = earlyStagePriorities(results.domains);
  const refs = [...new Set([...suggestedRefs, ...priorityRefs])];
  const existing = await withTenant(ctx, (tx) =>
    tx.objective.findMany({
      where: { trustId: ctx.trustId, financialYear: { gte: latest.financialYear }, catalogueRefs: { hasSome: refs } },
      orderBy: [{ financialYear: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, financialYear: true, title: true, catalogueRefs: true },
    }),
  );
  const mark = (suggestion: SuggestedObjectiveDto): SuggestionDto => {
    const made = existing
      .filter((objective) => objective.catalogueRefs.includes(suggestion.ref))
      .map((objective) => ({
        id: objective.id,
        financialYear: objective.financialYear,
        financialYearLabel: formatFinancialYear(objective.financialYear),
        title: objective.title,
      }));
    return { ...suggestion, existingObjectives: made, isTaken: made.length > 0, ownedBy: describeHolders(holders, suggestion.roleArea) };
  };
  const domains = results.domains.map((domain) => ({
    domain: domain.domain,
    label: domain.label,
    maturity: domain.maturity,
    maturityLabel: domain.maturityLabel,
    suggestions: domain.suggestedObjectives.map((suggestion) => ({
      ...mark(suggestion),
      reason: suggestionReason(domain.domain, domain.maturity, suggestion.ref),
    })),
  }));
  const unique = new Map(domains.flatMap((domain) => domain.suggestions).map((suggestion) => [suggestion.ref, suggestion]));
  return {
    assessment: {
      id: latest.id,
      financialYear: latest.financialYear,
      financialYearLabel: latest.financialYearLabel,
      status: latest.status,
      isImported: latest.isImported,
    },
    domains,
    suggestions: [...unique.values()].map(({ reason: _reason, ...suggestion }) => suggestion).sort((a, b) => compareRefs(a.ref, b.ref)),
    priorities: priorityRefs.map((ref) => ({ ...mark(suggestedObjectiveDto(ref)), isSuggested: suggestedRefs.has(ref) })),
  };
}
