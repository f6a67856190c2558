import { findObjective } from '@/lib/catalogue/objectives';
import type { SuggestionsDto } from '@/lib/objectives/suggestion-dto';
import { CatalogueItem } from './catalogue-item';
import { AlreadyAnObjective } from './suggestion-parts';

type Props = Readonly<{
  trustSlug: string;
  priorities: SuggestionsDto['priorities'];
  /** "1. Public health capacity and capability (not started)", the domains at an early stage. */
  earlyDomains: readonly string[];
  adoptHref?: (ref: string) => string;
}>;

/**
 * The guide's six priority objectives, beside (not inside) the suggestions, for a trust with a
 * domain not started or emerging. The suggestion rules are untouched: these are the guide's advice
 * on where a trust at an early stage should begin.
 */
export function EarlyStagePriorities({ trustSlug, priorities, earlyDomains, adoptHref }: Props) {
  if (priorities.length === 0) return null;
  return (
    <section aria-labelledby="guide-priorities" id="guide-priorities-section" className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 id="guide-priorities" className="nhsuk-card__heading">
          The guide’s priorities for trusts at an early stage
        </h2>
        <p>
          The guide marks these {priorities.length} objectives as the place to begin for a trust at an early stage. They are shown because{' '}
          {earlyDomains.length === 1 ? 'this domain is' : 'these domains are'} not started or emerging: {earlyDomains.join('; ')}.
        </p>
        <ul className="nhsuk-list nhsuk-list--border nhsuk-u-margin-bottom-0">
          {priorities.map((priority) => {
            const objective = findObjective(priority.ref);
            if (!objective) return null;
            return (
              <CatalogueItem
                key={priority.ref}
                objective={objective}
                adoptHref={adoptHref?.(priority.ref)}
                adoptLabel={priority.isTaken ? 'Turn into another objective' : 'Turn into an objective'}
                reason={
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                    {priority.isSuggested ? 'Also suggested by your answers, below.' : 'Not among the suggestions from your answers.'}
                  </p>
                }
              >
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">Would be owned by {priority.ownedBy}.</p>
                <AlreadyAnObjective trustSlug={trustSlug} existing={priority.existingObjectives} />
              </CatalogueItem>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
