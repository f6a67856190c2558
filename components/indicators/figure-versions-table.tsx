import { ScrollTable } from '@/components/layout/scroll-table';
import { formatDateTime } from '@/lib/format/dates';
import { groupLabel, BREAKDOWN_LABELS, type IndicatorBreakdown } from '@/lib/indicators/groups';
import type { FigureVersionDto } from '@/lib/indicators/indicator-dto';

const count = (value: number | null) => (value === null ? '–' : value.toLocaleString('en-GB'));

/** Every version of one indicator's figures for one period, oldest batch first, saying which are current. */
export function FigureVersionsTable({
  caption,
  versions,
  batchDates,
}: Readonly<{ caption: string; versions: readonly FigureVersionDto[]; batchDates: ReadonlyMap<string, Date> }>) {
  return (
    <ScrollTable caption={caption} captionClassName="nhsuk-table__caption nhsuk-table__caption--s" id="versions">
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Saved
          </th>
          <th scope="col" className="nhsuk-table__header">
            Group
          </th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
            Numerator
          </th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
            Denominator
          </th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
            Value
          </th>
          <th scope="col" className="nhsuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {versions.map((version) => {
          const replacedAt = version.supersededByUploadId ? batchDates.get(version.supersededByUploadId) : undefined;
          return (
            <tr key={`${version.uploadId}-${version.breakdown}-${version.group}`} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">{formatDateTime(version.uploadedAt)}</td>
              <td className="nhsuk-table__cell">
                {BREAKDOWN_LABELS[version.breakdown as IndicatorBreakdown]}: {groupLabel(version.breakdown as IndicatorBreakdown, version.group)}
              </td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{count(version.numerator)}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{count(version.denominator)}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{version.value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}</td>
              <td className="nhsuk-table__cell">
                {version.supersededByUploadId ? `Replaced${replacedAt ? ` ${formatDateTime(replacedAt)}` : ''}` : 'Current'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
