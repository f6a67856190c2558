import Link from 'next/link';
import type { ExistingObjectiveRefDto } from '@/lib/objectives/suggestion-dto';
import type { SuggestionReason } from '@/lib/assessments/suggestion-reasons';
import { objectivePath } from '@/lib/routes/paths';

function listOfRefs(refs: readonly string[]): string {
  if (refs.length <= 1) return refs.join('');
  return `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]}`;
}

/** Why an objective is suggested under an assessment domain, in words. */
function suggestionReasonText(reason: SuggestionReason, domain: number, maturityLabel: string): string {
  if (reason.kind === 'not-started') return `Suggested because no answer in domain ${domain} has scored yet: the guide starts a domain here.`;
  const questions =
    reason.questionRefs.length === 1
      ? `your answer to question ${listOfRefs(reason.questionRefs)}`
      : `your answers to questions ${listOfRefs(reason.questionRefs)}`;
  return `Suggested because of ${questions} (domain ${domain} is at the ${maturityLabel.toLowerCase()} level).`;
}

export function SuggestionReasonLine({ reason, domain, maturityLabel }: Readonly<{ reason: SuggestionReason; domain: number; maturityLabel: string }>) {
  return (
    <p className="nhsuk-u-margin-bottom-2" data-suggestion-reason>
      {suggestionReasonText(reason, domain, maturityLabel)}
    </p>
  );
}

/** "Already an objective: <links>" for a guide objective the trust has already used. */
export function AlreadyAnObjective({ trustSlug, existing }: Readonly<{ trustSlug: string; existing: readonly ExistingObjectiveRefDto[] }>) {
  if (existing.length === 0) return null;
  return (
    <p className="nhsuk-u-margin-bottom-2">
      <strong className="nhsuk-tag nhsuk-tag--green">Already an objective</strong>{' '}
      {existing.map((objective, index) => (
        <span key={objective.id}>
          {index > 0 ? ', ' : ''}
          <Link href={objectivePath(trustSlug, objective.id)}>
            {objective.title} ({objective.financialYearLabel})
          </Link>
        </span>
      ))}
    </p>
  );
}
