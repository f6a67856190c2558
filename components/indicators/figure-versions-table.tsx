import { Table } from '@/components/ui/table';
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
    <Table
      caption={caption}
      captionSize="s"
      id="versions"
      columns={[
        { header: 'Saved' },
        { header: 'Group' },
        { header: 'Numerator', numeric: true },
        { header: 'Denominator', numeric: true },
        { header: 'Value', numeric: true },
        { header: 'Status' },
      ]}
      rows={versions.map((version) => {
        const replacedAt = version.supersededByUploadId ? batchDates.get(version.supersededByUploadId) : undefined;
        return {
          key: `${version.uploadId}-${version.breakdown}-${version.group}`,
          cells: [
            formatDateTime(version.uploadedAt),
            <>
              {BREAKDOWN_LABELS[version.breakdown as IndicatorBreakdown]}: {groupLabel(version.breakdown as IndicatorBreakdown, version.group)}
            </>,
            count(version.numerator),
            count(version.denominator),
            version.value.toLocaleString('en-GB', { maximumFractionDigits: 2 }),
            version.supersededByUploadId ? `Replaced${replacedAt ? ` ${formatDateTime(replacedAt)}` : ''}` : 'Current',
          ],
        };
      })}
    />
  );
}
