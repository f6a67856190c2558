import Link from 'next/link';

export type ReviewSection = 'year-on-year' | 'compare' | 'summary' | 'challenges' | 'assurance' | 'peers';

const SECTIONS: readonly Readonly<{ key: ReviewSection; label: string; path: string }>[] = [
  { key: 'year-on-year', label: 'Year on year', path: '' },
  { key: 'compare', label: 'Compare two years', path: '/compare' },
  { key: 'summary', label: 'Board summary', path: '/summary' },
  { key: 'challenges', label: 'Challenges', path: '/challenges' },
  { key: 'assurance', label: 'Assurance', path: '/assurance' },
  { key: 'peers', label: 'Peer comparison', path: '/peers' },
];

/** The board review pages, with the current one marked (NHS contents list pattern). */
export function ReviewNav({ trustSlug, current }: Readonly<{ trustSlug: string; current: ReviewSection }>) {
  const base = `/t/${trustSlug}/review`;
  return (
    <nav className="nhsuk-contents-list app-no-print" aria-label="Board review pages">
      <ol className="nhsuk-contents-list__list">
        {SECTIONS.map((section) => (
          <li key={section.key} className="nhsuk-contents-list__item" aria-current={section.key === current ? 'page' : undefined}>
            {section.key === current ? (
              <span className="nhsuk-contents-list__current">{section.label}</span>
            ) : (
              <Link className="nhsuk-contents-list__link" href={`${base}${section.path}`}>
                {section.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
