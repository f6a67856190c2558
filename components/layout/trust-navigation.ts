import type { NavItem } from './site-header';

type NavContext = Readonly<{ trustSlug: string; canManagePeople: boolean; canReadIndicators: boolean }>;

/** The trust's menu; items a role cannot use are left out rather than shown and refused. */
export function trustNavigation({ trustSlug, canManagePeople, canReadIndicators }: NavContext): NavItem[] {
  const base = `/t/${trustSlug}`;
  const items: NavItem[] = [
    { href: base, label: 'Home' },
    { href: `${base}/assessments`, label: 'Self-assessment' },
  ];
  items.push({ href: `${base}/objectives`, label: 'Objectives' });
  items.push({ href: `${base}/review`, label: 'Board review' });
  items.push({ href: `${base}/reports`, label: 'Annual report' });
  // The indicators page: every indicator's latest figures and gap, and from it the upload, hand
  // entry, history, catalogue and Core20PLUS5 pages for the roles that keep them.
  if (canReadIndicators) items.push({ href: `${base}/indicators`, label: 'Indicators' });
  if (canManagePeople) items.push({ href: `${base}/people`, label: 'People' });
  return items;
}
