import { findDomain, isDomainNumber, type DomainNumber } from '../catalogue/domains';
import { findObjective, type ObjectiveMaturity } from '../catalogue/objectives';
import { findRoleArea, type RoleAreaId } from '../catalogue/role-areas';
import { maturityLabel } from './maturity-labels';
import { maturityForPercent, type AssessmentResult, type DomainResult, type Maturity } from './scoring';

// Pure: turns scoring output (or an imported year's domain scores) into what the results page,
// chart and table show. The numbers themselves always come from scoring.ts.

export type SuggestedObjectiveDto = Readonly<{
  ref: string;
  domain: DomainNumber;
  roleArea: RoleAreaId;
  roleAreaLabel: string;
  summary: string;
  maturity: ObjectiveMaturity;
  priority: boolean;
}>;

export type DomainResultDto = Readonly<{
  domain: DomainNumber;
  label: string;
  score: number;
  maxScore: number;
  percent: number;
  maturity: Maturity;
  maturityLabel: string;
  suggestedObjectives: readonly SuggestedObjectiveDto[];
}>;

export function suggestedObjectiveDto(ref: string): SuggestedObjectiveDto {
  const objective = findObjective(ref);
  // scoring.ts only suggests refs from the catalogue, so a miss means the data was edited badly.
  if (!objective) throw new Error(`Suggested objective ${ref} is not in the catalogue`);
  return {
    ref: objective.ref,
    domain: objective.domain,
    roleArea: objective.roleArea,
    roleAreaLabel: findRoleArea(objective.roleArea).label,
    summary: objective.summary,
    maturity: objective.maturity,
    priority: objective.priority,
  };
}

function toDomainResultDto(result: DomainResult): DomainResultDto {
  return {
    domain: result.domain,
    label: findDomain(result.domain).label,
    score: result.score,
    maxScore: result.maxScore,
    percent: result.percent,
    maturity: result.maturity,
    maturityLabel: maturityLabel(result.maturity),
    suggestedObjectives: result.suggestedObjectives.map(suggestedObjectiveDto),
  };
}

export function describeResult(result: AssessmentResult): DomainResultDto[] {
  return result.domains.map(toDomainResultDto);
}

/**
 * An imported year's stored domain scores as a result. The percentage is rounded exactly as
 * scoreDomain rounds it (a unit test holds the two together) and the maturity comes from the same
 * bands. Suggestions depend on individual answers, which an import of scores does not have.
 */
export function resultFromImportedScores(rows: readonly { domain: number; score: number; maxScore: number }[]): AssessmentResult {
  const domains = [...rows]
    .filter((row): row is { domain: DomainNumber; score: number; maxScore: number } => isDomainNumber(row.domain))
    .sort((a, b) => a.domain - b.domain)
    .map((row): DomainResult => {
      const percent = percentOf(row.score, row.maxScore);
      return { domain: row.domain, score: row.score, maxScore: row.maxScore, percent, maturity: maturityForPercent(percent), suggestedObjectives: [] };
    });
  return { domains };
}

export function percentOf(score: number, maxScore: number): number {
  return maxScore === 0 ? 0 : Math.round((score * 100) / maxScore);
}
