import { DOMAIN_NUMBERS, type DomainNumber } from '../catalogue/domains';
import { compareRefs, findObjective, type ObjectiveMaturity } from '../catalogue/objectives';
import {
  EXECUTIVE_LEAD_OBJECTIVE_REF,
  EXECUTIVE_LEAD_QUESTION_REF,
  NOT_STARTED_MINIMUM_SETS,
  QUESTION_OBJECTIVE_LINKS,
  REMOVE_IF_YES,
} from './objective-links';
import { questionsForDomain } from './question-bank';

export type AnswerValue = 'yes' | 'partial' | 'no';

// Keyed by question ref. Missing keys are unanswered questions.
export type AnswerSet = Partial<Record<string, AnswerValue>>;

export type Maturity = 'not-started' | 'emerging' | 'developing' | 'maturing' | 'thriving';

export type DomainResult = {
  domain: DomainNumber;
  score: number;
  maxScore: number;
  percent: number;
  maturity: Maturity;
  suggestedObjectives: string[];
};

export type AssessmentResult = {
  domains: DomainResult[];
};

const ANSWER_POINTS: Readonly<Record<AnswerValue, number>> = {
  yes: 2,
  partial: 1,
  no: 0,
};

export const MAX_POINTS_PER_QUESTION = ANSWER_POINTS.yes;

// Lower bound (inclusive) of each band on the rounded percentage, highest
// first. 0% is its own band: nothing at all has been started.
const MATURITY_BANDS: readonly { min: number; maturity: Maturity }[] = [
  { min: 75, maturity: 'thriving' },
  { min: 50, maturity: 'maturing' },
  { min: 25, maturity: 'developing' },
  { min: 1, maturity: 'emerging' },
];

function pointsFor(answer: AnswerValue | undefined): number {
  // Unanswered counts as 0, as in the guide's tool; anything unexpected that
  // slipped past validation is treated the same rather than crashing a report.
  if (answer === 'yes') return ANSWER_POINTS.yes;
  if (answer === 'partial') return ANSWER_POINTS.partial;
  return 0;
}

/** Every level with the rounded percentages it covers, lowest first: not started is 0 to 0. */
export function maturityRanges(): { maturity: Maturity; min: number; max: number }[] {
  const ascending = [...MATURITY_BANDS].reverse();
  const first = ascending[0]?.min ?? 1;
  return [
    { maturity: 'not-started', min: 0, max: first - 1 },
    ...ascending.map((band, index) => ({ maturity: band.maturity, min: band.min, max: (ascending[index + 1]?.min ?? 101) - 1 })),
  ];
}

export function maturityForPercent(percent: number): Maturity {
  const band = MATURITY_BANDS.find((candidate) => percent >= candidate.min);
  return band ? band.maturity : 'not-started';
}

// Objectives are tagged with three levels; maturing and thriving share one,
// so both of those domain levels get the same suggestions.
function objectiveMaturityFor(maturity: Maturity): ObjectiveMaturity | undefined {
  switch (maturity) {
    case 'emerging':
      return 'emerging';
    case 'developing':
      return 'developing';
    case 'maturing':
    case 'thriving':
      return 'maturing-thriving';
    case 'not-started':
      return undefined;
  }
}

export function scoreDomain(domain: DomainNumber, answers: AnswerSet): { score: number; maxScore: number; percent: number } {
  const questions = questionsForDomain(domain);
  const score = questions.reduce((total, question) => total + pointsFor(answers[question.ref]), 0);
  const maxScore = MAX_POINTS_PER_QUESTION * questions.length;
  // Math.round rounds halves up (3/8 = 37.5% shows as 38%), matching the tool.
  const percent = maxScore === 0 ? 0 : Math.round((score * 100) / maxScore);
  return { score, maxScore, percent };
}

function objectivesRemovedByYes(answers: AnswerSet): ReadonlySet<string> {
  const removed = new Set<string>();
  for (const [questionRef, objectiveRefs] of Object.entries(REMOVE_IF_YES)) {
    if (answers[questionRef] !== 'yes') continue;
    for (const ref of objectiveRefs) removed.add(ref);
  }
  return removed;
}

function linkedObjectivesAtMaturity(domain: DomainNumber, maturity: Maturity): string[] {
  const wanted = objectiveMaturityFor(maturity);
  if (!wanted) return [];
  return questionsForDomain(domain)
    .flatMap((question) => QUESTION_OBJECTIVE_LINKS[question.ref] ?? [])
    .filter((ref) => findObjective(ref)?.maturity === wanted);
}

/*
 * Suggestions follow the guide tool's routed report page, step by step:
 *   1. a not-started domain gets its minimum set;
 *   2. otherwise, the objectives linked to the domain's questions whose tag
 *      matches the domain's maturity;
 *   3. domain 3 also gets 3.4 while question 3.2 is not answered yes;
 *   4. anything tied to a question answered yes (in any domain) is removed;
 *   5. the list is deduplicated and sorted by ref.
 *
 * Steps 3 to 5 run for the not-started branch too. The research notes list
 * them after both branches and give no sign that the minimum set skips them,
 * and one pipeline is simpler to reason about. It makes no difference to the
 * output, which is why either reading is safe:
 *   - a domain is only not started when none of its questions scores a point
 *     (a single point is already 6% or more), so none of them is a yes;
 *   - every remove-if-yes entry that names a minimum-set objective is keyed by
 *     a question in that same domain (a unit test pins this down);
 *   - 3.4 is already in domain 3's minimum set, and the sets are in ref order.
 * If the data ever changed so those facts stopped holding, the tool's own
 * behaviour (the minimum set returned as is) would need re-checking.
 */
export function suggestObjectives(domain: DomainNumber, maturity: Maturity, answers: AnswerSet): string[] {
  const candidates = maturity === 'not-started' ? [...NOT_STARTED_MINIMUM_SETS[domain]] : linkedObjectivesAtMaturity(domain, maturity);

  if (domain === 3 && answers[EXECUTIVE_LEAD_QUESTION_REF] !== 'yes') {
    candidates.push(EXECUTIVE_LEAD_OBJECTIVE_REF);
  }

  const removed = objectivesRemovedByYes(answers);
  return [...new Set(candidates)].filter((ref) => !removed.has(ref)).sort(compareRefs);
}

export function scoreAssessment(answers: AnswerSet): AssessmentResult {
  const domains = DOMAIN_NUMBERS.map((domain): DomainResult => {
    const { score, maxScore, percent } = scoreDomain(domain, answers);
    const maturity = maturityForPercent(percent);
    // Keys are built in this order on purpose: the CLI output relies on it.
    return {
      domain,
      score,
      maxScore,
      percent,
      maturity,
      suggestedObjectives: suggestObjectives(domain, maturity, answers),
    };
  });
  return { domains };
}
