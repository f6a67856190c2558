import type { ReactNode } from 'react';
import Link from 'next/link';

export type TaskListItem = Readonly<{
  key: string;
  name: ReactNode;
  /** Leave out to show the task as plain text, for example when the reader cannot change it. */
  href?: string;
  hint?: ReactNode;
  status: ReactNode;
}>;

/**
 * The nhsuk-frontend task list (nhsuk-react-components has none). The link is described by its
 * hint and status so screen readers announce "Completed" or "Not started" with the task name.
 */
export function TaskList({ idPrefix, items }: Readonly<{ idPrefix: string; items: readonly TaskListItem[] }>) {
  return (
    <ul className="nhsuk-task-list">
      {items.map((item, index) => {
        const hintId = `${idPrefix}-${index + 1}-hint`;
        const statusId = `${idPrefix}-${index + 1}-status`;
        const describedBy = item.hint ? `${hintId} ${statusId}` : statusId;
        return (
          <li key={item.key} className={item.href ? 'nhsuk-task-list__item nhsuk-task-list__item--with-link' : 'nhsuk-task-list__item'}>
            <div className="nhsuk-task-list__name-and-hint">
              {item.href ? (
                <Link className="nhsuk-task-list__link nhsuk-link" href={item.href} aria-describedby={describedBy}>
                  {item.name}
                </Link>
              ) : (
                <div>{item.name}</div>
              )}
              {item.hint ? (
                <div className="nhsuk-task-list__hint" id={hintId}>
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className="nhsuk-task-list__status" id={statusId}>
              {item.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
