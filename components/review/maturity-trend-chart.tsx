'use client';

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { TrendLegend } from './trend-legend';

export type TrendSeries = Readonly<{ key: string; name: string; values: readonly (number | null)[] }>;

type Props = Readonly<{
  /** The x axis: one label per year, oldest first. */
  years: readonly string[];
  series: readonly TrendSeries[];
  /** A short name for the chart, read out with it. */
  title: string;
  /** The chart's message in one sentence; the same numbers are in the table beside it. */
  description: string;
}>;

const TEXT = '#212b32';
// NHS blue, dark pink, green and warm yellow-brown: distinguishable for common colour-vision
// differences, and each line also has its own dash pattern and marker so colour is never needed.
const STYLES = [
  { stroke: '#005eb8', dash: undefined, dot: 'circle' },
  { stroke: '#7c2855', dash: '8 4', dot: 'square' },
  { stroke: '#007f3b', dash: '2 4', dot: 'triangle' },
  { stroke: '#8a5300', dash: '12 4 2 4', dot: 'diamond' },
] as const;

type DotProps = Readonly<{ cx?: number; cy?: number; index?: number; value?: number | null }>;

function markerFor({ shape, colour }: Readonly<{ shape: (typeof STYLES)[number]['dot']; colour: string }>) {
  return function Dot({ cx, cy, index, value }: DotProps) {
    if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={`empty-${index}`} />;
    const size = 5;
    const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1 };
    if (shape === 'square') return <rect key={index} x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common} />;
    if (shape === 'triangle') return <polygon key={index} points={`${cx},${cy - size - 1} ${cx - size - 1},${cy + size} ${cx + size + 1},${cy + size}`} {...common} />;
    if (shape === 'diamond') return <polygon key={index} points={`${cx},${cy - size - 1} ${cx + size + 1},${cy} ${cx},${cy + size + 1} ${cx - size - 1},${cy}`} {...common} />;
    return <circle key={index} cx={cx} cy={cy} r={size} {...common} />;
  };
}

/**
 * Each domain's percentage score across the years with results, one line per domain. Recharts
 * draws only in the browser, so the page always shows the same figures in a table as well.
 */
export function MaturityTrendChart({ years, series, title, description }: Props) {
  const data = years.map((year, index) => Object.fromEntries([['year', year], ...series.map((line) => [line.key, line.values[index] ?? null])]));
  return (
    <div style={{ width: '100%', maxWidth: 760 }} className="nhsuk-u-margin-bottom-5 app-no-print">
      <LineChart data={data} responsive width="100%" height={380} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} title={title} desc={description} accessibilityLayer={false} role="img">
        <CartesianGrid stroke="#d8dde0" vertical={false} />
        <XAxis dataKey="year" tick={{ fill: TEXT, fontSize: 14 }} padding={{ left: 24, right: 24 }} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fill: TEXT, fontSize: 14 }} width={56} />
        {series.map((line, index) => {
          const style = STYLES[index % STYLES.length]!;
          return (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.name}
              stroke={style.stroke}
              strokeWidth={3}
              strokeDasharray={style.dash}
              dot={markerFor({ shape: style.dot, colour: style.stroke })}
              activeDot={false}
              isAnimationActive={false}
              connectNulls
            />
          );
        })}
      </LineChart>
      <TrendLegend
        keys={series.map((line, index) => {
          const style = STYLES[index % STYLES.length]!;
          return { name: line.name, stroke: style.stroke, dash: style.dash, marker: markerFor({ shape: style.dot, colour: style.stroke }) };
        })}
      />
    </div>
  );
}
