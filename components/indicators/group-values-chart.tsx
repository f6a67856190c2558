'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis, type LabelProps } from 'recharts';
import type { ReportIndicatorChart } from '@/lib/reports/indicators-content';

type Props = Readonly<{ chart: ReportIndicatorChart; title: string }>;

const NHS_BLUE = '#005eb8';
const TEXT = '#212b32';
const ROW_HEIGHT = 64;

/** The group's name just above its bar, so long names need no crowded axis at 320 px. */
function NameAboveBar({ x = 0, y = 0, value }: LabelProps) {
  return (
    <text x={Number(x)} y={Number(y) - 8} fill={TEXT} fontSize={15}>
      {value}
    </text>
  );
}

/**
 * Each group's value as a horizontal bar labelled with its figure (a hidden group has no bar, and
 * its label says "fewer than 8"), with the trust average as a dashed line. Recharts draws only in
 * the browser, so the page gives the same numbers in a table beside it.
 */
export function GroupValuesChart({ chart, title }: Props) {
  const height = chart.bars.length * ROW_HEIGHT + 64;
  const data = chart.bars.map((bar) => ({ name: bar.label, value: bar.value ?? 0, label: bar.value === null ? bar.valueText : `${bar.valueText}${chart.unitLabel === '%' ? '%' : ''}` }));
  const top = Math.max(...chart.bars.map((bar) => bar.value ?? 0), chart.average?.value ?? 0);
  return (
    <div style={{ height, width: '100%', maxWidth: 640 }} className="nhsuk-u-margin-bottom-5 app-no-print">
      <BarChart
        data={data}
        layout="vertical"
        responsive
        width="100%"
        height={height}
        margin={{ top: 24, right: 96, bottom: 0, left: 8 }}
        title={title}
        desc={chart.altText}
        accessibilityLayer={false}
        role="img"
      >
        <CartesianGrid horizontal={false} stroke="#d8dde0" />
        <XAxis type="number" domain={[0, Math.ceil(top * 1.1)]} tick={{ fill: TEXT, fontSize: 14 }} />
        <YAxis type="category" dataKey="name" hide />
        <Bar dataKey="value" fill={NHS_BLUE} isAnimationActive={false} barSize={20}>
          <LabelList dataKey="name" content={NameAboveBar} />
          <LabelList dataKey="label" position="right" fill={TEXT} fontSize={15} />
        </Bar>
        {chart.average ? (
          <ReferenceLine
            x={chart.average.value}
            stroke={TEXT}
            strokeWidth={2}
            strokeDasharray="6 4"
            label={{ value: `Trust average ${chart.average.valueText}`, position: 'top', fill: TEXT, fontSize: 14 }}
          />
        ) : null}
      </BarChart>
    </div>
  );
}
