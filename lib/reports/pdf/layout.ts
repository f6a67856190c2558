// Page geometry, colours and type sizes for the PDF, in points (1/72 inch). Colours are the NHS
// identity palette; every text colour here passes WCAG AA contrast on white (and white on NHS
// blue), so the export stays readable when printed in greyscale or viewed zoomed in.

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export const COLOURS = {
  nhsBlue: '#005EB8',
  darkBlue: '#003087',
  text: '#212B32',
  secondaryText: '#4C6272',
  border: '#D8DDE0',
  paleGrey: '#F0F4F5',
  paleBlue: '#E6EFF8',
  midGrey: '#AEB7BD',
  warmYellow: '#FFB81C',
  white: '#FFFFFF',
} as const;

export const PAGE_MARGINS = { top: 78, bottom: 66, left: 56, right: 56 } as const;

export const TYPE_SIZES = {
  title: 24,
  h1: 22,
  h2: 16,
  h3: 12.5,
  body: 10.5,
  table: 9.5,
  small: 8.5,
} as const;

export const LINE_GAP = 2.5;

export function contentLeft(doc: Doc): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function bottomLimit(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/**
 * Starts a new page when fewer than `height` points are left, so a heading is never stranded at
 * the foot of a page and a table row or chart is never split. Only safe between blocks, when no
 * marked content is open.
 */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomLimit(doc)) {
    doc.addPage();
  }
}

/** Moves down without drawing, and back to the left margin. */
export function gap(doc: Doc, points: number): void {
  doc.x = contentLeft(doc);
  doc.y += points;
}
