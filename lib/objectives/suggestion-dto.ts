import type { SuggestedObjectiveDto } from '../assessments/result-details';
import type { SuggestionReason } from '../assessments/suggestion-reasons';
import type { Maturity } from '../assessments/scoring';
import type { DomainNumber } from '../catalogue/domains';
import type { AssessmentStatus } from '../db/generated/enums';

// What the suggested-objectives page receives.

export type ExistingObjectiveRefDto = Readonly<{ id: string; financialYear: number; financialYearLabel: string; title: string }>;

export type SuggestionDto = SuggestedObjectiveDto &
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
