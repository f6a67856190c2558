import { ImageRun, Paragraph } from 'docx';
import { create, type Font } from 'fontkit';
import sharp from 'sharp';
import { percentText } from '../report-text';
import type { AssessmentContent } from '../snapshot';
import { chartAltText, MATURITY_BANDS } from '../pdf/chart';
import { loadReportFonts } from '../pdf/fonts';
import { printableText } from '../pdf/printable';

// The maturity chart for the Word file, as a PNG picture (Word has no vector drawing we can rely
// on across Word, LibreOffice and Google Docs). It matches the PDF's vector chart: bars for this
// year, thin grey bars for last year, the four maturity bands and the 0–100% axis.
//
// The chart is drawn as SVG and rasterised by sharp (libvips with librsvg, already installed as
// Next's image optimiser). Every word is drawn as glyph outlines from the embedded Arimo font,
// not as SVG text, so the picture does not depend on which fonts the server has, and the same
// snapshot gives the same PNG byte for byte.

const WIDTH = 640;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 44;
const ROW_HEIGHT = 46;
const PLOT_TOP = 44;
const SCALE = 2; // drawn at twice the size it is shown, so it stays sharp when printed
export const COLOURS = { text: '#212B32', secondary: '#4C6272', blue: '#005EB8', grey: '#AEB7BD', pale: '#F0F4F5', border: '#D8DDE0' };

let fonts: { regular: Font; bold: Font } | null = null;
function chartFonts(): { regular: Font; bold: Font } {
  fonts ??= { regular: create(loadReportFonts().regular), bold: create(loadReportFonts().bold) };
  return fonts;
}

export type TextStyle = { size: number; bold?: boolean; fill?: string; anchor?: 'start' | 'middle' };

export function textWidth(text: string, style: TextStyle): number {
  const font = style.bold ? chartFonts().bold : chartFonts().regular;
  return (font.layout(text).advanceWidth * style.size) / font.unitsPerEm;
}

/** One line of text as glyph outlines, its baseline at y. */
export function textPaths(text: string, x: number, y: number, style: TextStyle): string {
  const font = style.bold ? chartFonts().bold : chartFonts().regular;
  const printable = printableText(text);
  const run = font.layout(printable);
  const scale = style.size / font.unitsPerEm;
  let cursor = style.anchor === 'middle' ? x - (run.advanceWidth * scale) / 2 : x;
  const paths = run.glyphs.map((glyph, index) => {
    const position = run.positions[index] ?? { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 };
    const path = `<path transform="translate(${(cursor + position.xOffset * scale).toFixed(2)} ${(y - position.yOffset * scale).toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${glyph.path.toSVG()}"/>`;
    cursor += position.xAdvance * scale;
    return path;
  });
  return `<g fill="${style.fill ?? COLOURS.text}">${paths.join('')}</g>`;
}

/** Words wrapped to a width, at most two lines (the domain names fit in two). */
function wrap(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, style) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line].slice(0, 2);
}

function chartImageSize(content: AssessmentContent): { width: number; height: number } {
  return { width: WIDTH, height: PLOT_TOP + content.domains.length * ROW_HEIGHT + 24 };
}

function chartSvg(content: AssessmentContent, financialYear: string): string {
  const { width, height } = chartImageSize(content);
  const plotX = LABEL_WIDTH;
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const plotBottom = PLOT_TOP + content.domains.length * ROW_HEIGHT;
  const at = (percent: number) => plotX + (Math.max(0, Math.min(100, percent)) / 100) * plotWidth;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#FFFFFF"/>`];

  parts.push(`<rect x="0" y="4" width="14" height="11" fill="${COLOURS.blue}"/>`, textPaths(financialYear, 20, 14, { size: 12 }));
  if (content.previousFinancialYear) {
    const x = 36 + textWidth(financialYear, { size: 12 });
    parts.push(
      `<rect x="${x.toFixed(2)}" y="7" width="14" height="6" fill="${COLOURS.grey}"/>`,
      textPaths(content.previousFinancialYear, x + 20, 14, { size: 12 }),
    );
  }
  MATURITY_BANDS.forEach((band, index) => {
    const x = at(band.from);
    if (index % 2 === 1)
      parts.push(
        `<rect x="${x.toFixed(2)}" y="${PLOT_TOP}" width="${(at(band.to) - x).toFixed(2)}" height="${plotBottom - PLOT_TOP}" fill="${COLOURS.pale}"/>`,
      );
    parts.push(textPaths(band.label, (x + at(band.to)) / 2, plotBottom + 16, { size: 11, fill: COLOURS.secondary, anchor: 'middle' }));
  });
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<rect x="${(at(tick) - 0.5).toFixed(2)}" y="${PLOT_TOP}" width="1" height="${plotBottom - PLOT_TOP}" fill="${COLOURS.border}"/>`);
    parts.push(textPaths(`${tick}%`, at(tick), PLOT_TOP - 6, { size: 11, fill: COLOURS.secondary, anchor: 'middle' }));
  }
  content.domains.forEach((domain, index) => {
    const rowY = PLOT_TOP + 6 + index * ROW_HEIGHT;
    wrap(`${domain.number}. ${domain.label}`, LABEL_WIDTH - 12, { size: 12, bold: true }).forEach((line, lineIndex) => {
      parts.push(textPaths(line, 0, rowY + 12 + lineIndex * 15, { size: 12, bold: true }));
    });
    parts.push(`<rect x="${plotX}" y="${rowY}" width="${(at(domain.percent) - plotX).toFixed(2)}" height="16" fill="${COLOURS.blue}"/>`);
    parts.push(textPaths(percentText(domain.percent), at(domain.percent) + 5, rowY + 13, { size: 12, bold: true }));
    if (domain.previous && content.previousFinancialYear) {
      parts.push(`<rect x="${plotX}" y="${rowY + 20}" width="${(at(domain.previous.percent) - plotX).toFixed(2)}" height="8" fill="${COLOURS.grey}"/>`);
      parts.push(textPaths(percentText(domain.previous.percent), at(domain.previous.percent) + 5, rowY + 28, { size: 10, fill: COLOURS.secondary }));
    }
  });
  return svgDocument(width, height, parts);
}

/** An SVG drawn at twice the size it is shown, as a PNG. */
function svgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

/** An SVG picture of a given size at twice that many pixels (so it stays sharp in print). */
export function svgDocument(width: number, height: number, parts: readonly string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width * SCALE}" height="${height * SCALE}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/** A chart picture in its own paragraph, kept with what follows, with its alternative text. */
export async function pictureParagraph(
  svg: string,
  size: { width: number; height: number },
  altText: { id: string; name: string; title: string; description: string },
): Promise<Paragraph> {
  return new Paragraph({
    spacing: { before: 120, after: 200 },
    keepNext: true,
    children: [new ImageRun({ type: 'png', data: await svgToPng(svg), transformation: size, altText })],
  });
}
/**
 * The chart as a picture in its own paragraph, with alternative text that states every number
 * (the same as the PDF figure's). The picture's id is fixed so the file stays deterministic.
 */
export async function chartParagraph(content: AssessmentContent, financialYear: string): Promise<Paragraph> {
  return pictureParagraph(chartSvg(content, financialYear), chartImageSize(content), {
    id: '1',
    name: 'Maturity chart',
    title: `Maturity by domain, ${financialYear}`,
    description: chartAltText(content, financialYear),
  });
}
