'use client';

import { CartesianGrid, Line, LineChart, ReferenceArea, XAxis, YAxis } from 'recharts';
import { maturityBands, spreadEndLabels } from '@/lib/review/chart-labels';
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
// The plot's geometry, fixed so that label offsets in percentage points convert to pixels.
const HEIGHT = 380;
const MARGIN = { top: 16, right: 112, bottom: 8, left: 0 } as const;
const X_AXIS_HEIGHT = 30;
const PIXELS_PER_POINT = (HEIGHT - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT) / 100;
// End labels are 14px text: keep their centres at least this many percentage points apart.
const LABEL_GAP = 18 / PIXELS_PER_POINT;
const BAND_FILLS = ['#f0f4f5', '#ffffff'] as const;
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
  // biome-ignore lint/correctness/noComponentHookFactories: a recharts render function holding no state or hooks, made per series for its marker
  return function Dot({ cx, cy, index, value }: DotProps) {
    if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={`empty-${index}`} />;
    const size = 5;
    const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1 };
    if (shape === 'square') return <rect key={index} x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common} />;
    if (shape === 'triangle')
      return <polygon key={index} points={`${cx},${cy - size - 1} ${cx - size - 1},${cy + size} ${cx + size + 1},${cy + size}`} {...common} />;
    if (shape === 'diamond')
      return <polygon key={index} points={`${cx},${cy - size - 1} ${cx + size + 1},${cy} ${cx},${cy + size + 1} ${cx - size - 1},${cy}`} {...common} />;
    return <circle key={index} cx={cx} cy={cy} r={size} {...common} />;
  };
}

type TickProps = Readonly<{ x?: number | string; y?: number | string; payload?: { value?: number } }>;

// The y axis names the maturity level of each band, with the percentages it covers, so the
// chart reads in the board's own terms; each line's end label gives its exact percentage.
function BandTick({ x, y, payload }: TickProps) {
  const band = maturityBands().find((candidate) => (candidate.from + candidate.to) / 2 === payload?.value);
  if (!band || x === undefined || y === undefined) return null;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fill={TEXT} fontSize={13} className="app-trend-band-label">
      <tspan x={Number(x)} dy="-0.2em">
        {band.label}
      </tspan>
      <tspan x={Number(x)} dy="1.2em" fill="#4c6272" fontSize={12}>
        {band.from}–{band.to}%
      </tspan>
    </text>
  );
}

type LabelProps = Readonly<{ x?: number | string; y?: number | string; index?: number }>;

function lastValueIndex(values: readonly (number | null)[]): number {
  for (let index = values.length - 1; index >= 0; index -= 1) if (values[index] !== null && values[index] !== undefined) return index;
  return -1;
}

/**
 * Each domain's percentage score across the years with results, one line per domain. Recharts
 * draws only in the browser, so the page always shows the same figures in a table as well.
 */
export function MaturityTrendChart({ years, series, title, description }: Props) {
  const data = years.map((year, index) => Object.fromEntries([['year', year], ...series.map((line) => [line.key, line.values[index] ?? null])]));
  // Each line is named at its right-hand end, so no one has to match colours against the key.
  const ends = series.flatMap((line) => {
    const index = lastValueIndex(line.values);
    return index < 0 ? [] : [{ key: line.key, text: `${line.name.split('.')[0]}: ${line.values[index]}%`, value: line.values[index]!, index }];
  });
  const placed = new Map(spreadEndLabels(ends, LABEL_GAP).map((label) => [label.key, label]));
  const endLabel = (line: TrendSeries) =>
    // biome-ignore lint/correctness/noComponentHookFactories: a recharts render function holding no state or hooks, made per line for its label
    function EndLabel({ x, y, index }: LabelProps) {
      const label = placed.get(line.key);
      const end = ends.find((candidate) => candidate.key === line.key);
      if (!label || !end || index !== end.index || x === undefined || y === undefined) return null;
      const dy = (end.value - label.position) * PIXELS_PER_POINT;
      return (
        <text x={Number(x) + 12} y={Number(y) + dy} dy="0.35em" fill={TEXT} fontSize={13} fontWeight={600} className="app-trend-end-label">
          Domain {label.text}
        </text>
      );
    };
  return (
    <div style={{ width: '100%', maxWidth: 760 }} className="nhsuk-u-margin-bottom-5 app-no-print">
      <LineChart data={data} responsive width="100%" height={HEIGHT} margin={MARGIN} title={title} desc={description} accessibilityLayer={false} role="img">
        {maturityBands().map((band, index) => (
          <ReferenceArea key={band.label} y1={band.from} y2={band.to} fill={BAND_FILLS[index % BAND_FILLS.length]} fillOpacity={1} ifOverflow="hidden" />
        ))}
        <CartesianGrid stroke="#d8dde0" vertical={false} horizontalValues={[25, 50, 75]} />
        <XAxis dataKey="year" height={X_AXIS_HEIGHT} tick={{ fill: TEXT, fontSize: 13 }} padding={{ left: 16, right: 16 }} interval={0} />
        <YAxis domain={[0, 100]} ticks={maturityBands().map((band) => (band.from + band.to) / 2)} tick={BandTick} tickLine={false} width={84} />
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
              label={endLabel(line)}
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
