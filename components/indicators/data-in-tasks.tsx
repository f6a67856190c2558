import Link from 'next/link';
import type { dataInPaths } from './data-in-paths';

type Props = Readonly<{
  paths: ReturnType<typeof dataInPaths>;
  canEnterFigures: boolean;
  canKeepCatalogue: boolean;
  canRecordCore20Plus5: boolean;
}>;

/**
 * The indicator pages a role keeps, listed on the indicators page (where the menu's "Indicators" lands) and the upload history, so none of them
 * has to be reached by typing its address. A role that only reads sees nothing here.
 */
export function DataInTasks({ paths, canEnterFigures, canKeepCatalogue, canRecordCore20Plus5 }: Props) {
  const tasks = [
    canEnterFigures ? { href: paths.upload, label: 'Upload a file of figures' } : null,
    canEnterFigures ? { href: paths.enter, label: 'Enter one figure by hand' } : null,
    canKeepCatalogue ? { href: paths.catalogue, label: 'Choose which indicators your trust reports' } : null,
    canRecordCore20Plus5 ? { href: paths.core20plus5, label: 'Record your Core20PLUS5 population, groups and clinical areas' } : null,
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
