import type { TrendPoint } from '@/lib/indicators/indicator-view';
import type { ReportGapMeasure, ReportIndicatorRow } from '@/lib/indicators/report-content';
import { ScrollTable } from '@/components/layout/scroll-table';

const HEAD = 'nhsuk-table__header';
const NUMERIC_HEAD = 'nhsuk-table__header nhsuk-table__header--numeric';
const NUMERIC = 'nhsuk-table__cell nhsuk-table__cell--numeric';

/** One breakdown's groups; a hidden group reads "fewer than 8" and shows none of its counts. */
export function GroupFiguresTable({ caption, valueHeading, rows }: Readonly<{ caption: string; valueHeading: string; rows: readonly ReportIndicatorRow[] }>) {
  return (
    <ScrollTable caption={caption}>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className={HEAD}>
            Group
          </th>
          <th scope="col" className={NUMERIC_HEAD}>
            {valueHeading}
          </th>
          <th scope="col" className={NUMERIC_HEAD}>
            Numerator
          </th>
          <th scope="col" className={NUMERIC_HEAD}>
            Denominator
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={row.group} className="nhsuk-table__row">
            <th scope="row" className={HEAD}>
              {row.group}
            </th>
            <td className={NUMERIC}>{row.value}</td>
            <td className={NUMERIC}>{row.numerator}</td>
            <td className={NUMERIC}>{row.denominator}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function GapMeasuresTable({ caption, measures }: Readonly<{ caption: string; measures: readonly ReportGapMeasure[] }>) {
  return (
    <ScrollTable caption={caption}>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className={HEAD}>
            Gap measure
          </th>
          <th scope="col" className={NUMERIC_HEAD}>
            Estimate
          </th>
          <th scope="col" className={NUMERIC_HEAD}>
            95% confidence interval
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {measures.map((measure) => (
          <tr key={measure.name} className="nhsuk-table__row">
            <th scope="row" className={HEAD}>
              {measure.name}
            </th>
            <td className={NUMERIC}>{measure.estimate}</td>
            <td className={NUMERIC}>{measure.interval}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function GapTrendTable({ caption, points }: Readonly<{ caption: string; points: readonly TrendPoint[] }>) {
  return (
    <ScrollTable caption={caption}>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className={HEAD}>
            Period
          </th>
          <th scope="col" className={NUMERIC_HEAD}>
            Absolute gap (95% confidence interval)
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {points.map((point) => (
          <tr key={point.period} className="nhsuk-table__row">
            <th scope="row" className={HEAD}>
              {point.period}
            </th>
            <td className={NUMERIC}>{point.text}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function RecordingTable({ caption, rows }: Readonly<{ caption: string; rows: readonly { breakdown: string; share: string }[] }>) {
  return (
    <ScrollTable caption={caption}>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className={HEAD}>
            Breakdown
          </th>
          <th scope="col" className={NUMERIC_HEAD}>
            Share not known or not stated
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={row.breakdown} className="nhsuk-table__row">
            <th scope="row" className={HEAD}>
              {row.breakdown}
            </th>
            <td className={NUMERIC}>{row.share}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
