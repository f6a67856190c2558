import type { NavItem } from './site-header';

type NavContext = Readonly<{ trustSlug: string; canManagePeople: boolean }>;

/** The trust's menu; items a role cannot use are left out rather than shown and refused. */
export function trustNavigation({ trustSlug, canManagePeople }: NavContext): NavItem[] {
  const base = `/t/${trustSlug}`;
  const items: NavItem[] = [{ href: base, label: 'Home' }, { href: `${base}/assessments`, label: 'Self-assessment' }];
  items.push({ href: `${base}/objectives`, label: 'Objectives' });
  items.push({ href: `${base}/review`, label: 'Board review' });
  items.push({ href: `${base}/reports`, label: 'Annual report' });
  if (canManagePeople) items.push({ href: `${base}/people`, label: 'People' });
  return items;
}
