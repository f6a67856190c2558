import type { ObjectiveSummaryDto } from '@/lib/objectives/objective-dto';
import { ObjectivesTable } from '@/components/objectives/objectives-table';

type Props = Readonly<{
  trustSlug: string;
  /** From listObjectivesActingOn (lib/objectives/indicator-link-queries.ts): newest year first. */
  objectives: readonly ObjectiveSummaryDto[];
}>;

/**
 * For the indicator's page: the objectives whose measures follow this indicator, each with its
 * year, owner, progress and status (the objectives overview's table), or a sentence when none do.
 */
export function ObjectivesActing({ trustSlug, objectives }: Props) {
  return (
    <section aria-labelledby="objectives-acting">
      <h2 id="objectives-acting">Objectives acting on this indicator</h2>
      {objectives.length === 0 ? (
        <p>No objective’s measure is linked to this indicator yet. The executive lead can link one when creating or changing an objective.</p>
      ) : (
        <ObjectivesTable objectives={objectives} trustSlug={trustSlug} caption="Objectives whose measure follows this indicator" captionHidden showYear />
      )}
    </section>
  );
}
