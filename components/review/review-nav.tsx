import Link from 'next/link';
import { assurancePath, challengesPath, comparePath, peersPath, reviewPath, reviewSummaryPath } from '@/lib/routes/paths';

export type ReviewSection = 'year-on-year' | 'compare' | 'summary' | 'challenges' | 'assurance' | 'peers';

const SECTIONS: readonly Readonly<{ key: ReviewSection; label: string; href: (trustSlug: string) => string }>[] = [
  { key: 'year-on-year', label: 'Year on year', href: reviewPath },
  { key: 'compare', label: 'Compare two years', href: comparePath },
  { key: 'summary', label: 'Board summary', href: reviewSummaryPath },
  { key: 'challenges', label: 'Challenges', href: challengesPath },
  { key: 'assurance', label: 'Assurance', href: assurancePath },
  { key: 'peers', label: 'Peer comparison', href: peersPath },
];

/** The board review pages, with the current one marked (NHS contents list pattern). */
export function ReviewNav({ trustSlug, current }: Readonly<{ trustSlug: string; current: ReviewSection }>) {
  return (
    <nav className="nhsuk-contents-list app-no-print" aria-label="Board review pages">
      <ol className="nhsuk-contents-list__list">
        {SECTIONS.map((section) => (
          <li key={section.key} className="nhsuk-contents-list__item" aria-current={section.key === current ? 'page' : undefined}>
            {section.key === current ? (
              <span className="nhsuk-contents-list__current">{section.label}</span>
            ) : (
              <Link className="nhsuk-contents-list__link" href={section.href(trustSlug)}>
                {section.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
