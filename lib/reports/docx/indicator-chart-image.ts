import type { Paragraph } from 'docx';
import type { ReportIndicator, ReportIndicatorChart } from '../../indicators/report-content';
import { axisMaximum } from '../pdf/indicator-chart';
import { COLOURS, pictureParagraph, svgDocument, textPaths, textWidth } from './chart-image';

// An indicator's chart for the Word file: the PDF's bars by group with the trust average as a
// dashed line, as a PNG drawn the way the maturity chart is (glyph outlines, rasterised by sharp),
// with the same alternative text. A hidden group has no bar, only its label.

const WIDTH = 640;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 90;
const ROW_HEIGHT = 24;
const PLOT_TOP = 30;

function indicatorChartImageSize(chart: ReportIndicatorChart): { width: number; height: number } {
  return { width: WIDTH, height: PLOT_TOP + chart.bars.length * ROW_HEIGHT + 26 };
}

function indicatorChartSvg(chart: ReportIndicatorChart): string {
  const { width, height } = indicatorChartImageSize(chart);
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const plotBottom = PLOT_TOP + chart.bars.length * ROW_HEIGHT;
  const values = chart.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const maximum = axisMaximum(chart.average ? [...values, chart.average.value] : values);
  const at = (value: number) => LABEL_WIDTH + (Math.max(0, value) / maximum) * plotWidth;
  const percent = chart.unitLabel === '%' ? '%' : '';
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#FFFFFF"/>`];

  parts.push(`<rect x="0" y="4" width="14" height="11" fill="${COLOURS.blue}"/>`, textPaths(chart.breakdown, 20, 14, { size: 12 }));
  if (chart.average) {
    const x = 40 + textWidth(chart.breakdown, { size: 12 });
    const suffix = chart.unitLabel === '%' ? '%' : chart.unitLabel ? ` ${chart.unitLabel}` : '';
    parts.push(`<line x1="${x.toFixed(2)}" y1="10" x2="${(x + 16).toFixed(2)}" y2="10" stroke="#003087" stroke-width="2" stroke-dasharray="4 3"/>`);
    parts.push(textPaths(`Trust average (${chart.average.valueText}${suffix})`, x + 22, 14, { size: 12 }));
  }
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const x = LABEL_WIDTH + share * plotWidth;
    parts.push(`<rect x="${(x - 0.5).toFixed(2)}" y="${PLOT_TOP}" width="1" height="${plotBottom - PLOT_TOP}" fill="${COLOURS.border}"/>`);
    const label = `${(share * maximum).toLocaleString('en-GB', { maximumFractionDigits: 1 })}${percent}`;
    parts.push(textPaths(label, x, plotBottom + 16, { size: 11, fill: COLOURS.secondary, anchor: 'middle' }));
  }
  if (chart.average) {
    const x = at(chart.average.value).toFixed(2);
    parts.push(`<line x1="${x}" y1="${PLOT_TOP - 3}" x2="${x}" y2="${plotBottom + 3}" stroke="#003087" stroke-width="2" stroke-dasharray="4 3"/>`);
  }
  chart.bars.forEach((bar, index) => {
    const rowY = PLOT_TOP + 4 + index * ROW_HEIGHT;
    parts.push(textPaths(bar.label, 0, rowY + 12, { size: 12 }));
    if (bar.value === null) {
      parts.push(textPaths(bar.valueText, LABEL_WIDTH + 5, rowY + 12, { size: 12, fill: COLOURS.secondary }));
      return;
    }
    parts.push(`<rect x="${LABEL_WIDTH}" y="${rowY}" width="${(at(bar.value) - LABEL_WIDTH).toFixed(2)}" height="16" fill="${COLOURS.blue}"/>`);
    parts.push(textPaths(bar.valueText, at(bar.value) + 5, rowY + 13, { size: 12, bold: true }));
  });
  return svgDocument(width, height, parts);
}

/**
 * Each indicator's chart as a picture, keyed by the chart. Picture ids follow the maturity
 * chart's 1 in the section's order, so the same snapshot always gives the same file.
 */
export async function indicatorChartPictures(indicators: readonly ReportIndicator[]): Promise<Map<ReportIndicatorChart, Paragraph>> {
  const charts = indicators.flatMap((indicator) => (indicator.chart ? [{ indicator, chart: indicator.chart }] : []));
  const pictures = await Promise.all(
    charts.map(({ indicator, chart }, index) =>
      pictureParagraph(indicatorChartSvg(chart), indicatorChartImageSize(chart), {
        id: String(index + 2),
        name: `Indicator chart ${index + 1}`,
        title: `${indicator.name}, ${indicator.period}`,
        description: chart.altText,
      }),
    ),
  );
  return new Map(charts.map(({ chart }, index) => [chart, pictures[index]!]));
}
