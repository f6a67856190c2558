'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { NameAboveBar } from '@/components/charts/domain-scores-chart';
import type { ReportIndicatorChart } from '@/lib/indicators/report-content';

type Props = Readonly<{ chart: ReportIndicatorChart; title: string }>;

const NHS_BLUE = '#005eb8';
const TEXT = '#212b32';
// Each bar's label above it carries the group's name and figure, clear of the average line.
const ROW_HEIGHT = 64;

/**
 * Each group's value as a horizontal bar labelled with its figure (a hidden group has no bar, and
 * its label says "fewer than 8"), with the trust average as a dashed line. Recharts draws only in
 * the browser, so the page gives the same numbers in a table beside it.
 */
export function GroupValuesChart({ chart, title }: Props) {
  const height = chart.bars.length * ROW_HEIGHT + 48;
  const data = chart.bars.map((bar) => ({
    value: bar.value ?? 0,
    label: `${bar.label}: ${bar.value === null ? bar.valueText : `${bar.valueText}${chart.unitLabel === '%' ? '%' : ''}`}`,
  }));
  return (
    <div style={{ width: '100%', maxWidth: 640 }} className="nhsuk-u-margin-bottom-5 app-no-print">
      <BarChart
        data={data}
        layout="vertical"
        responsive
        width="100%"
        height={height}
        margin={{ top: 8, right: 24, bottom: 0, left: 8 }}
        title={title}
        desc={chart.altText}
        accessibilityLayer={false}
        role="img"
      >
        <CartesianGrid horizontal={false} stroke="#d8dde0" />
        <XAxis type="number" domain={[0, 'auto']} tick={{ fill: TEXT, fontSize: 14 }} />
        <YAxis type="category" dataKey="label" hide />
        <Bar dataKey="value" fill={NHS_BLUE} isAnimationActive={false} barSize={20}>
          <LabelList dataKey="label" content={NameAboveBar} />
        </Bar>
        {chart.average ? <ReferenceLine x={chart.average.value} stroke={TEXT} strokeWidth={2} strokeDasharray="6 4" /> : null}
      </BarChart>
      {/* The key sits under the chart, where a narrow screen cannot clip it. */}
      {chart.average ? (
        <p className="nhsuk-body-s">
          Dashed line: the trust average, {chart.average.valueText}
          {chart.unitLabel === '%' ? '%' : ` ${chart.unitLabel}`.trimEnd()}.
        </p>
      ) : null}
    </div>
  );
}
