import Link from 'next/link';
import type { DomainResultDto } from '@/lib/assessments/result-details';
import { describeHolders, type RoleAreaHolders } from '@/lib/people/role-area-holders';
import { ScrollTable } from '@/components/layout/scroll-table';

/**
 * The guide's objectives suggested for each domain, with the board member who would own each one.
 * `newObjectiveHref` is given to people who may create objectives, to start one from a suggestion.
 */
export function SuggestedObjectives({
  domains,
  holders,
  newObjectiveHref,
}: Readonly<{ domains: readonly DomainResultDto[]; holders: RoleAreaHolders; newObjectiveHref?: (ref: string) => string }>) {
  return (
    <>
      {domains.map((domain) => (
        <section key={domain.domain} aria-labelledby={`suggested-domain-${domain.domain}`} data-domain={domain.domain}>
          <h3 id={`suggested-domain-${domain.domain}`}>
            {domain.domain}. {domain.label}
          </h3>
          {domain.suggestedObjectives.length === 0 ? (
            <p>The guide suggests no further objectives for this domain at its current level.</p>
          ) : (
            <ScrollTable caption={<>Objectives suggested for {domain.label.toLowerCase()}</>} captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden">
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">
                    Guide reference
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Owned by
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Objective
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {domain.suggestedObjectives.map((objective) => (
                  <tr key={objective.ref} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__header app-nowrap" data-objective-ref={objective.ref}>
                      Objective {objective.ref}
                    </th>
                    <td className="nhsuk-table__cell">{describeHolders(holders, objective.roleArea)}</td>
                    <td className="nhsuk-table__cell">
                      {objective.summary}
                      {objective.priority ? (
                        <>
                          {' '}
                          <strong className="nhsuk-tag nhsuk-tag--blue">Guide priority</strong>
                        </>
                      ) : null}
                      {newObjectiveHref ? (
                        <Link href={newObjectiveHref(objective.ref)} className="nhsuk-u-display-block nhsuk-u-margin-top-2">
                          Turn into an objective<span className="nhsuk-u-visually-hidden"> {objective.ref}</span>
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )}
        </section>
      ))}
    </>
  );
}
