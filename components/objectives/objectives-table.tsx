import Link from 'next/link';
import type { ObjectiveSummaryDto } from '@/lib/objectives/objective-dto';
import { formatDate } from '@/lib/format/dates';
import { objectivePath } from '@/lib/routes/paths';
import { ownerLabel } from './owner-label';
import { AcceptanceTag, AttentionTag, ObjectiveTags } from './status-tag';
import { ScrollTable } from '@/components/layout/scroll-table';

type Props = Readonly<{
  objectives: readonly ObjectiveSummaryDto[];
  trustSlug: string;
  caption: string;
  /** When a heading just above already says what the table holds. */
  captionHidden?: boolean;
  /** Leave out the owner column on pages about one owner. */
  showOwner?: boolean;
  /** Show the financial year under the title, for lists that span years. */
  showYear?: boolean;
}>;

const withUnit = (value: number, unit: string) => (unit === '' ? String(value) : unit === '%' ? `${value}%` : `${value} ${unit}`);

/** "88% (baseline 84%, target 95%): 36% of the way", then when the owner last reported. */
function ProgressCell({ objective }: Readonly<{ objective: ObjectiveSummaryDto }>) {
  const { progress, unit, latestUpdate } = objective;
  return (
    <td className="nhsuk-table__cell">
      {progress ? (
        <>
          {withUnit(progress.latest, unit)}{' '}
          <span className="nhsuk-u-secondary-text-colour">
            (baseline {withUnit(progress.baseline, unit)}, target {withUnit(progress.target, unit)})
          </span>
          <span className="nhsuk-u-display-block">{progress.percentOfWay}% of the way</span>
        </>
      ) : (
        <span className="nhsuk-u-display-block">No value measured yet</span>
      )}
      <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0 nhsuk-u-secondary-text-colour">
        {latestUpdate ? `Last updated ${formatDate(latestUpdate.date)}` : 'No updates yet'}
      </span>
    </td>
  );
}

/** Objectives in the order given (the overview's: overdue first, then by due date). */
export function ObjectivesTable({ objectives, trustSlug, caption, captionHidden = false, showOwner = true, showYear = false }: Props) {
  return (
    <ScrollTable caption={caption} captionClassName={captionHidden ? 'nhsuk-u-visually-hidden' : 'nhsuk-table__caption nhsuk-table__caption--s'}>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Objective
          </th>
          {showOwner ? (
            <th scope="col" className="nhsuk-table__header">
              Owner
            </th>
          ) : null}
          <th scope="col" className="nhsuk-table__header">
            Progress
          </th>
          <th scope="col" className="nhsuk-table__header">
            Due
          </th>
          <th scope="col" className="nhsuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {objectives.map((objective) => (
          <tr key={objective.id} className="nhsuk-table__row" data-objective-id={objective.id}>
            <td className="nhsuk-table__cell">
              <Link href={objectivePath(trustSlug, objective.id)}>{objective.title}</Link>
              {objective.catalogueRefs.length > 0 || showYear ? (
                <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0 nhsuk-u-secondary-text-colour">
                  {showYear ? `${objective.financialYearLabel}` : null}
                  {showYear && objective.catalogueRefs.length > 0 ? ' · ' : null}
                  {objective.catalogueRefs.length > 0
                    ? `Guide ${objective.catalogueRefs.length === 1 ? 'objective' : 'objectives'} ${objective.catalogueRefs.join(', ')}`
                    : null}
                </span>
              ) : null}
            </td>
            {showOwner ? <td className="nhsuk-table__cell">{objective.owner ? ownerLabel(objective.owner) : 'No owner yet'}</td> : null}
            <ProgressCell objective={objective} />
            <td className="nhsuk-table__cell app-nowrap">{objective.dueDate ? formatDate(objective.dueDate) : 'Not set'}</td>
            <td className="nhsuk-table__cell">
              <ObjectiveTags objective={objective} />
              <AcceptanceTag acceptance={objective.acceptance} />
              <AttentionTag reasons={objective.attention} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
