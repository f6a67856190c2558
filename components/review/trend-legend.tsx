import type { ReactElement } from 'react';

type Key = Readonly<{
  name: string;
  stroke: string;
  dash: string | undefined;
  marker: (props: Readonly<{ cx: number; cy: number; index: number; value: number }>) => ReactElement;
}>;

/**
 * The chart's key, drawn by us rather than by recharts (whose keys are identical icons that differ
 * only by colour): each key shows its line's colour, dash pattern and marker, so a line can be
 * matched to its domain without seeing colour (WCAG 1.4.1).
 */
export function TrendLegend({ keys }: Readonly<{ keys: readonly Key[] }>) {
  return (
    <ul className="nhsuk-list app-trend-legend" aria-label="Key">
      {keys.map((key) => (
        <li key={key.name} className="app-trend-legend__item">
          <svg
            width="48"
            height="16"
            viewBox="0 0 48 16"
            aria-hidden="true"
            focusable="false"
            className="app-trend-legend__sample"
            data-dash={key.dash ?? 'solid'}
          >
            <line x1="2" y1="8" x2="46" y2="8" stroke={key.stroke} strokeWidth="3" strokeDasharray={key.dash} />
            {key.marker({ cx: 24, cy: 8, index: 0, value: 1 })}
          </svg>
          {key.name}
        </li>
      ))}
    </ul>
  );
}
