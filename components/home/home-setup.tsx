import type { SetupTaskDto } from '@/lib/home/setup-tasks';
import { TaskList } from '@/components/assessments/task-list';

type Props = Readonly<{ tasks: readonly SetupTaskDto[] }>;

/** The administrator's set-up checklist as a design-system task list. */
export function HomeSetup({ tasks }: Props) {
  const left = tasks.filter((task) => !task.done).length;
  return (
    <section aria-labelledby="setup-heading">
      <h2 id="setup-heading">Setting up the trust</h2>
      <p>{left === 0 ? 'Everyone the board needs is in Fairboard.' : `${left} of ${tasks.length} set-up tasks to do.`}</p>
      <TaskList
        idPrefix="setup"
        items={tasks.map((task) => ({
          key: task.id,
          name: task.title,
          href: task.href,
          hint: task.hint,
          status: task.done ? 'Completed' : <strong className="nhsuk-tag nhsuk-tag--blue">To do</strong>,
        }))}
      />
    </section>
  );
}
