import Link from 'next/link';
import { core20plus5Path, indicatorCataloguePath, indicatorEntryPath, indicatorUploadPath } from '@/lib/routes/paths';

type Props = Readonly<{
  trustSlug: string;
  canEnterFigures: boolean;
  canKeepCatalogue: boolean;
  canRecordCore20Plus5: boolean;
}>;

/**
 * The indicator pages a role keeps, listed on the indicators page (where the menu's "Indicators" lands) and the upload history, so none of them
 * has to be reached by typing its address. A role that only reads sees nothing here.
 */
export function DataInTasks({ trustSlug, canEnterFigures, canKeepCatalogue, canRecordCore20Plus5 }: Props) {
  const tasks = [
    canEnterFigures ? { href: indicatorUploadPath(trustSlug), label: 'Upload a file of figures' } : null,
    canEnterFigures ? { href: indicatorEntryPath(trustSlug), label: 'Enter one figure by hand' } : null,
    canKeepCatalogue ? { href: indicatorCataloguePath(trustSlug), label: 'Choose which indicators your trust reports' } : null,
    canRecordCore20Plus5 ? { href: core20plus5Path(trustSlug), label: 'Record your Core20PLUS5 population, groups and clinical areas' } : null,
  ].filter((task) => task !== null);
  if (tasks.length === 0) return null;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {tasks.map((task) => (
        <li key={task.href}>
          <Link href={task.href}>{task.label}</Link>
        </li>
      ))}
    </ul>
  );
}
