import { formatFinancialYear } from '../calendar/financial-year';
import { getAssessmentResults, listAssessments } from '../assessments/queries';
import { suggestedObjectiveDto, type SuggestedObjectiveDto } from '../assessments/result-details';
import { earlyStagePriorities, suggestionReason, type SuggestionReason } from '../assessments/suggestion-reasons';
import type { Maturity } from '../assessments/scoring';
import type { DomainNumber } from '../catalogue/domains';
import type { AssessmentStatus } from '../db/generated/enums';
import { compareRefs } from '../catalogue/objectives';
import { withTenant } from '../db/with-tenant';
import { listBoardMembers } from '../people/queries';
import { describeHolders, roleAreaHolders } from '../people/role-area-holders';
import { assertCan } from '../tenancy/permissions';
import type { TenantContext } from '../tenancy/context';

export type ExistingObjectiveRefDto = Readonly<{ id: string; financialYear: number; financialYearLabel: string; title: string }>;

type SuggestionDto = SuggestedObjectiveDto &
  Readonly<{
    /** Objectives (from the assessment's year on) already made from this guide objective. */
    existingObjectives: readonly ExistingObjectiveRefDto[];
    isTaken: boolean;
    /** The current board members holding the role area, "Name, Job title", or who is missing. */
    ownedBy: string;
  }>;

/** A suggestion under one assessment domain, with why that domain's answers suggest it. */
type DomainSuggestionDto = SuggestionDto & Readonly<{ reason: SuggestionReason }>;

export type SuggestionsDto = Readonly<{
  /** The assessment the suggestions come from; null when the trust has none with answers. */
  assessment: Readonly<{ id: string; financialYear: number; financialYearLabel: string; status: AssessmentStatus; isImported: boolean }> | null;
  domains: readonly Readonly<{ domain: DomainNumber; label: string; maturity: Maturity; maturityLabel: string; suggestions: readonly DomainSuggestionDto[] }>[];
  /** Every suggestion once, in guide order. */
  suggestions: readonly SuggestionDto[];
  /**
   * The guide's six priority objectives, when any domain is not started or emerging (empty
   * otherwise), each marked with whether it is also suggested and what has been made from it.
   */
  priorities: readonly (SuggestionDto & Readonly<{ isSuggested: boolean }>)[];
}>;

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
