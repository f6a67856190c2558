import { assessmentsPath, indicatorsPath, objectivesPath, peoplePath, reportsPath, reviewPath, trustPath } from '@/lib/routes/paths';
import type { NavItem } from './site-header';

type NavContext = Readonly<{ trustSlug: string; canManagePeople: boolean; canReadIndicators: boolean }>;

/** The trust's menu; items a role cannot use are left out rather than shown and refused. */
export function trustNavigation({ trustSlug, canManagePeople, canReadIndicators }: NavContext): NavItem[] {
  const items: NavItem[] = [
    { href: trustPath(trustSlug), label: 'Home' },
    { href: assessmentsPath(trustSlug), label: 'Self-assessment' },
  ];
  items.push({ href: objectivesPath(trustSlug), label: 'Objectives' });
  items.push({ href: reviewPath(trustSlug), label: 'Board review' });
  items.push({ href: reportsPath(trustSlug), label: 'Annual report' });
  // The indicators page: every indicator's latest figures and gap, and from it the upload, hand
  // entry, history, catalogue and Core20PLUS5 pages for the roles that keep them.
  if (canReadIndicators) items.push({ href: indicatorsPath(trustSlug), label: 'Indicators' });
  if (canManagePeople) items.push({ href: peoplePath(trustSlug), label: 'People' });
  return items;
}
