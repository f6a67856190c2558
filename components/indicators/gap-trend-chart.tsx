'use client';

import { CartesianGrid, ErrorBar, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '@/lib/indicators/indicator-view';

type Props = Readonly<{ points: readonly TrendPoint[]; unit: string; title: string; description: string }>;

const TEXT = '#212b32';
const NHS_BLUE = '#005eb8';

/**
 * The absolute gap in each period with its 95% confidence interval as an error bar, and zero (no
 * gap) as a line. The table beside it gives the same figures.
 */
export function GapTrendChart({ points, unit, title, description }: Props) {
  const data = points.map((point) => ({
    period: point.period,
    gap: point.estimate,
    interval: point.estimate === null || point.lower === null || point.upper === null ? [0, 0] : [point.estimate - point.lower, point.upper - point.estimate],
  }));
  return (
    <div style={{ width: '100%', maxWidth: 640 }} className="nhsuk-u-margin-bottom-5 app-no-print">
      <LineChart
        data={data}
        responsive
        width="100%"
        height={300}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        title={title}
        desc={description}
        accessibilityLayer={false}
        role="img"
      >
        <CartesianGrid stroke="#d8dde0" vertical={false} />
        <XAxis dataKey="period" tick={{ fill: TEXT, fontSize: 14 }} padding={{ left: 24, right: 24 }} interval={0} />
        <YAxis
          tick={{ fill: TEXT, fontSize: 14 }}
          width={56}
          label={unit ? { value: unit, angle: -90, position: 'insideLeft', fill: TEXT, fontSize: 14, dy: 40 } : undefined}
        />
        <ReferenceLine y={0} stroke={TEXT} />
        <Line
          dataKey="gap"
          name="Absolute gap"
          stroke={NHS_BLUE}
          strokeWidth={3}
          dot={{ r: 5, fill: NHS_BLUE }}
          activeDot={false}
          isAnimationActive={false}
          connectNulls
        >
          <ErrorBar dataKey="interval" width={10} stroke={TEXT} strokeWidth={2} direction="y" isAnimationActive={false} />
        </Line>
      </LineChart>
    </div>
  );
}
