import type { TrendPoint } from '@/lib/indicators/indicator-view';
import type { ReportGapMeasure, ReportIndicatorRow } from '@/lib/indicators/report-content';
import { Table } from '@/components/ui/table';

/** One breakdown's groups; a hidden group reads "fewer than 8" and shows none of its counts. */
export function GroupFiguresTable({ caption, valueHeading, rows }: Readonly<{ caption: string; valueHeading: string; rows: readonly ReportIndicatorRow[] }>) {
  return (
    <Table
      caption={caption}
      columns={[{ header: 'Group' }, { header: valueHeading, numeric: true }, { header: 'Numerator', numeric: true }, { header: 'Denominator', numeric: true }]}
      rowHeaders="bold"
      rows={rows.map((row) => ({ key: row.group, cells: [row.group, row.value, row.numerator, row.denominator] }))}
    />
  );
}

export function GapMeasuresTable({ caption, measures }: Readonly<{ caption: string; measures: readonly ReportGapMeasure[] }>) {
  return (
    <Table
      caption={caption}
      columns={[{ header: 'Gap measure' }, { header: 'Estimate', numeric: true }, { header: '95% confidence interval', numeric: true }]}
      rowHeaders="bold"
      rows={measures.map((measure) => ({ key: measure.name, cells: [measure.name, measure.estimate, measure.interval] }))}
    />
  );
}

export function GapTrendTable({ caption, points }: Readonly<{ caption: string; points: readonly TrendPoint[] }>) {
  return (
    <Table
      caption={caption}
      columns={[{ header: 'Period' }, { header: 'Absolute gap (95% confidence interval)', numeric: true }]}
      rowHeaders="bold"
      rows={points.map((point) => ({ key: point.period, cells: [point.period, point.text] }))}
    />
  );
}

export function RecordingTable({ caption, rows }: Readonly<{ caption: string; rows: readonly { breakdown: string; share: string }[] }>) {
  return (
    <Table
      caption={caption}
      columns={[{ header: 'Breakdown' }, { header: 'Share not known or not stated', numeric: true }]}
      rowHeaders="bold"
      rows={rows.map((row) => ({ key: row.breakdown, cells: [row.breakdown, row.share] }))}
    />
  );
}
