'use client';

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis, type LabelProps } from 'recharts';

type DomainScoreBar = Readonly<{ name: string; percent: number }>;

type Props = Readonly<{
  bars: readonly DomainScoreBar[];
  /** A short name for the chart, read out with it. */
  title: string;
  /** The chart's message in one sentence; the same numbers are in the table next to it. */
  description: string;
}>;

const NHS_BLUE = '#005eb8';
const TEXT = '#212b32';
const ROW_HEIGHT = 76;

/** The bar's name just above it, so the chart reads at any width without a crowded axis. */
export function NameAboveBar({ x = 0, y = 0, value }: LabelProps) {
  return (
    <text x={Number(x)} y={Number(y) - 8} fill={TEXT} fontSize={16}>
      {value}
    </text>
  );
}

/**
 * Each domain's percentage as a horizontal bar, named above and labelled with its value, so nothing
 * depends on colour. Recharts draws only in the browser, so the page shows the numbers in a table too.
 */
export function DomainScoresChart({ bars, title, description }: Props) {
  const height = bars.length * ROW_HEIGHT + 48;
  const data = bars.map((bar) => ({ ...bar, label: `${bar.percent}%` }));
  return (
    <div style={{ height, width: '100%', maxWidth: 640 }} className="nhsuk-u-margin-bottom-5">
      <BarChart
        data={data}
        layout="vertical"
        responsive
        width="100%"
        height={height}
        margin={{ top: 8, right: 48, bottom: 0, left: 8 }}
        title={title}
        desc={description}
        accessibilityLayer={false}
        role="img"
      >
        <CartesianGrid horizontal={false} stroke="#d8dde0" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fill: TEXT, fontSize: 14 }} />
        <YAxis type="category" dataKey="name" hide />
        <Bar dataKey="percent" fill={NHS_BLUE} isAnimationActive={false} minPointSize={2} barSize={22}>
          <LabelList dataKey="name" content={NameAboveBar} />
          <LabelList dataKey="label" position="right" fill={TEXT} fontSize={16} />
        </Bar>
      </BarChart>
    </div>
  );
}
