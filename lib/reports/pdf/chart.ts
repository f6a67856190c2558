import type { AssessmentContent } from '../snapshot';
import { percentText } from '../report-text';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { COLOURS, TYPE_SIZES, contentLeft, contentWidth, ensureSpace, gap, type Doc, type Struct } from './layout';
import { addTagged, type StructOptions } from './tagging';

// The maturity chart, drawn with vector paths (not an embedded picture) so it stays sharp at
// any zoom and in print. It is one Figure in the structure tree whose alternative text gives
// every number the bars show; the same numbers are also in the table that follows it.

const LABEL_WIDTH = 150;
const VALUE_WIDTH = 34;
const BAR_HEIGHT = 12;
const PREVIOUS_BAR_HEIGHT = 6;
const ROW_HEIGHT = 34;
// The app's maturity bands start at these percentages (see lib/assessments/scoring.ts).
export const MATURITY_BANDS = [
  { from: 0, to: 25, label: 'Emerging' },
  { from: 25, to: 50, label: 'Developing' },
  { from: 50, to: 75, label: 'Maturing' },
  { from: 75, to: 100, label: 'Thriving' },
] as const;

/** The Figure's alternative text: every bar's number in words. */
export function chartAltText(content: AssessmentContent, financialYear: string): string {
  const previous = content.previousFinancialYear;
  const intro = previous
    ? `Bar chart of the percentage score for each domain in ${financialYear}, with ${previous} for comparison.`
    : `Bar chart of the percentage score for each domain in ${financialYear}.`;
  const parts = content.domains.map((domain) => {
    const last = domain.previous && previous ? `; ${previous}: ${percentText(domain.previous.percent)}, ${domain.previous.maturityLabel}` : '';
    return `Domain ${domain.number}, ${domain.label}: ${percentText(domain.percent)}, ${domain.maturityLabel}${last}.`;
  });
  return [intro, ...parts].join(' ');
}

function chartHeight(content: AssessmentContent): number {
  return 28 + content.domains.length * ROW_HEIGHT + 26;
}

function drawLegend(doc: Doc, x: number, y: number, financialYear: string, previous: string | null): void {
  doc.font(FONT_REGULAR).fontSize(TYPE_SIZES.small).fillColor(COLOURS.text);
  doc.rect(x, y + 1, 10, 8).fill(COLOURS.nhsBlue);
  doc.fillColor(COLOURS.text).text(financialYear, x + 14, y, { lineBreak: false });
  if (previous) {
    const next = x + 24 + doc.widthOfString(financialYear);
    doc.rect(next, y + 2.5, 10, 5).fill(COLOURS.midGrey);
    doc.fillColor(COLOURS.text).text(previous, next + 14, y, { lineBreak: false });
  }
}

function drawBands(doc: Doc, plotX: number, plotWidth: number, top: number, bottom: number): void {
  MATURITY_BANDS.forEach((band, index) => {
    const x = plotX + (band.from / 100) * plotWidth;
    const width = ((band.to - band.from) / 100) * plotWidth;
    if (index % 2 === 1) doc.rect(x, top, width, bottom - top).fill(COLOURS.paleGrey);
    doc.font(FONT_REGULAR).fontSize(TYPE_SIZES.small).fillColor(COLOURS.secondaryText);
    doc.text(band.label, x, bottom + 4, { width, align: 'center', lineBreak: false });
  });
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = plotX + (tick / 100) * plotWidth;
    doc.moveTo(x, top).lineTo(x, bottom).lineWidth(0.5).stroke(COLOURS.border);
    doc.fillColor(COLOURS.secondaryText).text(`${tick}%`, x - 15, top - 11, { width: 30, align: 'center', lineBreak: false });
  }
}

function drawBars(doc: Doc, content: AssessmentContent, labelX: number, plotX: number, plotWidth: number, top: number): void {
  content.domains.forEach((domain, index) => {
    const rowY = top + 4 + index * ROW_HEIGHT;
    doc.font(FONT_BOLD).fontSize(TYPE_SIZES.small).fillColor(COLOURS.text);
    doc.text(`${domain.number}. ${domain.label}`, labelX, rowY, { width: LABEL_WIDTH - 8, lineGap: 1 });
    const barWidth = (Math.max(0, Math.min(100, domain.percent)) / 100) * plotWidth;
    doc.rect(plotX, rowY, barWidth, BAR_HEIGHT).fill(COLOURS.nhsBlue);
    doc.font(FONT_BOLD).fillColor(COLOURS.text);
    doc.text(percentText(domain.percent), plotX + barWidth + 4, rowY + 2, { lineBreak: false });
    if (domain.previous && content.previousFinancialYear) {
      const previousWidth = (Math.max(0, Math.min(100, domain.previous.percent)) / 100) * plotWidth;
      const previousY = rowY + BAR_HEIGHT + 3;
      doc.rect(plotX, previousY, previousWidth, PREVIOUS_BAR_HEIGHT).fill(COLOURS.midGrey);
      doc
        .font(FONT_REGULAR)
        .fontSize(TYPE_SIZES.small - 1)
        .fillColor(COLOURS.secondaryText);
      doc.text(percentText(domain.previous.percent), plotX + previousWidth + 4, previousY - 1, { lineBreak: false });
    }
  });
}

/**
 * A chart as one tagged Figure at the current position, kept whole on a page: `draw` gets the
 * figure's box and draws inside it. Shared by the maturity chart and the indicators' charts.
 */
export function addChartFigure(doc: Doc, parent: Struct, height: number, alt: string, draw: (box: { left: number; top: number; width: number }) => void): void {
  ensureSpace(doc, height + 10);
  const box = { left: contentLeft(doc), top: doc.y, width: contentWidth(doc) };
  const options: StructOptions = { alt, bbox: [box.left, box.top, box.left + box.width, box.top + height], placement: 'Block' };
  addTagged(
    doc,
    parent,
    'Figure',
    () => {
      doc.save();
      draw(box);
      doc.restore();
    },
    options,
  );
  doc.y = box.top + height;
  gap(doc, 8);
}

/** Draws the chart as a tagged Figure at the current position. */
export function addMaturityChart(doc: Doc, parent: Struct, content: AssessmentContent, financialYear: string): void {
  addChartFigure(doc, parent, chartHeight(content), chartAltText(content, financialYear), ({ left, top, width }) => {
    const plotX = left + LABEL_WIDTH;
    const plotWidth = width - LABEL_WIDTH - VALUE_WIDTH;
    const plotTop = top + 24;
    const plotBottom = plotTop + content.domains.length * ROW_HEIGHT;
    drawLegend(doc, left, top, financialYear, content.previousFinancialYear);
    drawBands(doc, plotX, plotWidth, plotTop, plotBottom);
    drawBars(doc, content, left, plotX, plotWidth, plotTop);
  });
}
