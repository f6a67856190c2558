import type { ReportIndicatorChart } from '../../indicators/report-content';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { addChartFigure } from './chart';
import { COLOURS, TYPE_SIZES, type Doc, type Struct } from './layout';

// An indicator's values by group as horizontal bars, drawn with vector paths like the maturity
// chart (pdf/chart.ts), with the trust average as a dashed line. One Figure in the structure tree;
// its alternative text, worked out in the snapshot, gives every number, and the table that follows
// has them too. A hidden group has no bar: its label says why.

const LABEL_WIDTH = 150;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 18;
const BAR_HEIGHT = 11;
const LEGEND_HEIGHT = 20;
const AXIS_HEIGHT = 16;

function indicatorChartHeight(chart: ReportIndicatorChart): number {
  return LEGEND_HEIGHT + chart.bars.length * ROW_HEIGHT + AXIS_HEIGHT + 6;
}

/** A round top for the axis, at or above the largest value, whose quarters are round too. */
export function axisMaximum(values: readonly number[]): number {
  const largest = Math.max(0, ...values);
  if (largest === 0) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10].find((multiple) => multiple * power >= largest)!;
  return step * power;
}

function unitSuffix(chart: ReportIndicatorChart): string {
  return chart.unitLabel === '%' ? '%' : chart.unitLabel ? ` ${chart.unitLabel}` : '';
}

function drawLegend(doc: Doc, chart: ReportIndicatorChart, x: number, y: number): void {
  doc.font(FONT_REGULAR).fontSize(TYPE_SIZES.small);
  doc.rect(x, y + 1, 10, 8).fill(COLOURS.nhsBlue);
  doc.fillColor(COLOURS.text).text(chart.breakdown, x + 14, y, { lineBreak: false });
  if (!chart.average) return;
  const next = x + 28 + doc.widthOfString(chart.breakdown);
  doc
    .moveTo(next, y + 5)
    .lineTo(next + 12, y + 5)
    .lineWidth(1.5)
    .dash(2.5, { space: 2 })
    .stroke(COLOURS.darkBlue);
  doc.undash();
  doc.fillColor(COLOURS.text).text(`Trust average (${chart.average.valueText}${unitSuffix(chart)})`, next + 16, y, { lineBreak: false });
}

function drawAxis(doc: Doc, plotX: number, plotWidth: number, top: number, bottom: number, maximum: number, suffix: string): void {
  doc.font(FONT_REGULAR).fontSize(TYPE_SIZES.small);
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const x = plotX + share * plotWidth;
    doc.moveTo(x, top).lineTo(x, bottom).lineWidth(0.5).stroke(COLOURS.border);
    const label = `${(share * maximum).toLocaleString('en-GB', { maximumFractionDigits: 1 })}${suffix === '%' ? '%' : ''}`;
    doc.fillColor(COLOURS.secondaryText).text(label, x - 25, bottom + 4, { width: 50, align: 'center', lineBreak: false });
  }
}

function drawBars(doc: Doc, chart: ReportIndicatorChart, left: number, plotX: number, plotWidth: number, top: number, maximum: number): void {
  chart.bars.forEach((bar, index) => {
    const rowY = top + 3 + index * ROW_HEIGHT;
    doc.font(FONT_REGULAR).fontSize(TYPE_SIZES.small).fillColor(COLOURS.text);
    doc.text(bar.label, left, rowY + 1, { width: LABEL_WIDTH - 8, lineBreak: false, ellipsis: true });
    if (bar.value === null) {
      doc
        .font(FONT_REGULAR)
        .fillColor(COLOURS.secondaryText)
        .text(bar.valueText, plotX + 4, rowY + 1, { lineBreak: false });
      return;
    }
    const width = (Math.max(0, bar.value) / maximum) * plotWidth;
    doc.rect(plotX, rowY, width, BAR_HEIGHT).fill(COLOURS.nhsBlue);
    doc
      .font(FONT_BOLD)
      .fillColor(COLOURS.text)
      .text(bar.valueText, plotX + width + 4, rowY + 1, { lineBreak: false });
  });
}

/** Draws the chart as a tagged Figure at the current position. */
export function addIndicatorChart(doc: Doc, parent: Struct, chart: ReportIndicatorChart): void {
  const values = chart.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const maximum = axisMaximum(chart.average ? [...values, chart.average.value] : values);
  addChartFigure(doc, parent, indicatorChartHeight(chart), chart.altText, ({ left, top, width }) => {
    const plotX = left + LABEL_WIDTH;
    const plotWidth = width - LABEL_WIDTH - VALUE_WIDTH;
    const plotTop = top + LEGEND_HEIGHT;
    const plotBottom = plotTop + chart.bars.length * ROW_HEIGHT;
    drawLegend(doc, chart, left, top);
    drawAxis(doc, plotX, plotWidth, plotTop, plotBottom, maximum, chart.unitLabel);
    // The average line goes under the bars and their numbers, so it never hides a number.
    if (chart.average) {
      const x = plotX + (chart.average.value / maximum) * plotWidth;
      doc
        .moveTo(x, plotTop - 2)
        .lineTo(x, plotBottom + 2)
        .lineWidth(1.5)
        .dash(2.5, { space: 2 })
        .stroke(COLOURS.darkBlue);
      doc.undash();
    }
    drawBars(doc, chart, left, plotX, plotWidth, plotTop, maximum);
  });
}
