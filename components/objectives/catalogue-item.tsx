import Link from 'next/link';
import type { ReactNode } from 'react';
import { findDomain } from '@/lib/catalogue/domains';
import type { CatalogueObjective } from '@/lib/catalogue/objectives';
import { objectiveMaturityLabel } from '@/lib/assessments/maturity-labels';

type Props = Readonly<{
  objective: CatalogueObjective;
  adoptHref?: string;
  adoptLabel?: string;
  /** Why it is listed here (for example the question that suggested it), shown before the catalogue facts. */
  reason?: ReactNode;
  children?: ReactNode;
}>;

/** One guide objective: its reference, our summary, what it suits, and a way to use it. */
export function CatalogueItem({ objective, adoptHref, adoptLabel = 'Use this objective', reason, children }: Props) {
  return (
    <li>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        Objective {objective.ref}
        {objective.priority ? (
          <>
            {' '}
            <strong className="nhsuk-tag nhsuk-tag--blue">Guide priority</strong>
          </>
        ) : null}
      </h3>
      <p className="nhsuk-u-margin-bottom-2">{objective.summary}</p>
      {reason}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2 nhsuk-u-secondary-text-colour">
        In the guide’s catalogue under domain {objective.domain}, {findDomain(objective.domain).label.toLowerCase()}. Suits trusts at the{' '}
        {objectiveMaturityLabel(objective.maturity).toLowerCase()} level.
      </p>
      {children}
      {adoptHref ? (
        <p className="app-no-print">
          <Link href={adoptHref}>
            {adoptLabel}
            <span className="nhsuk-u-visually-hidden"> {objective.ref}</span>
          </Link>
        </p>
      ) : null}
    </li>
  );
}
