import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { COLOURS, LINE_GAP, TYPE_SIZES, contentLeft, contentWidth, ensureSpace, gap, type Doc, type Struct } from './layout';

// Helpers that draw a block and put it in the structure tree in one step, so nothing reaches
// the page untagged. In a tagged PDF every mark on the page is either real content inside a
// structure element (heading, paragraph, table cell…) or an Artifact (decoration, page chrome)
// that screen readers skip. pdfkit runs a structure element's drawing closure as soon as the
// element is attached to the tree, so the parent must already be attached when these are called.

/** Options pdfkit reads but @types/pdfkit does not list: table header scope and layout box. */
export type StructOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column' | 'Both';
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
};

/** A structure element whose drawing happens now, in reading order. */
export function addTagged(doc: Doc, parent: Struct, type: string, draw: () => void, options: StructOptions = {}): Struct {
  const element = doc.struct(type, options);
  parent.add(element);
  element.add(draw);
  element.end();
  return element;
}

/** A container (Sect, L, Table…) attached to its parent; call end() on it when it is filled. */
export function addContainer(doc: Doc, parent: Struct, type: string, options: StructOptions = {}): Struct {
  const element = doc.struct(type, options);
  parent.add(element);
  return element;
}

/** Decoration and page furniture that is not part of the content. */
export function drawArtifact(doc: Doc, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  doc.save();
  draw();
  doc.restore();
  doc.endMarkedContent();
}

export type HeadingLevel = 1 | 2 | 3;

const HEADING_STYLE: Readonly<Record<HeadingLevel, { size: number; colour: string; before: number; after: number }>> = {
  1: { size: TYPE_SIZES.h1, colour: COLOURS.text, before: 0, after: 12 },
  2: { size: TYPE_SIZES.h2, colour: COLOURS.nhsBlue, before: 18, after: 8 },
  3: { size: TYPE_SIZES.h3, colour: COLOURS.text, before: 10, after: 5 },
};

/** H1, H2 or H3. Kept with at least a few lines of what follows. H2s also go in the bookmarks. */
export function addHeading(doc: Doc, parent: Struct, level: HeadingLevel, text: string): void {
  const style = HEADING_STYLE[level];
  const width = contentWidth(doc);
  doc.font(FONT_BOLD).fontSize(style.size);
  const height = doc.heightOfString(text, { width, lineGap: LINE_GAP });
  if (doc.y > doc.page.margins.top) gap(doc, style.before);
  ensureSpace(doc, height + style.after + 60);
  if (level === 2) {
    // NHS blue accent bar above each section heading.
    const y = doc.y;
    drawArtifact(doc, () => doc.rect(contentLeft(doc), y, 36, 4).fill(COLOURS.nhsBlue));
    gap(doc, 10);
    doc.outline.addItem(text);
  }
  addTagged(doc, parent, `H${level}`, () => {
    doc.font(FONT_BOLD).fontSize(style.size).fillColor(style.colour);
    doc.text(text, contentLeft(doc), doc.y, { width, lineGap: LINE_GAP });
  });
  gap(doc, style.after);
}

export type ParagraphStyle = { bold?: boolean; colour?: string; size?: number; after?: number };

export function addParagraph(doc: Doc, parent: Struct, text: string, style: ParagraphStyle = {}): void {
  const size = style.size ?? TYPE_SIZES.body;
  const font = style.bold ? FONT_BOLD : FONT_REGULAR;
  const width = contentWidth(doc);
  // Keep at least two lines together at the foot of a page; longer text flows onto the next
  // page inside the same P element (pdfkit carries the marked content across).
  ensureSpace(doc, Math.min(doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: LINE_GAP }), size * 3));
  addTagged(doc, parent, 'P', () => {
    doc
      .font(font)
      .fontSize(size)
      .fillColor(style.colour ?? COLOURS.text);
    doc.text(text, contentLeft(doc), doc.y, { width, lineGap: LINE_GAP });
  });
  gap(doc, style.after ?? 7);
}

/**
 * A bulleted list tagged as L > LI > (Lbl, LBody), so screen readers announce it as a list with
 * its number of items. Each item may start with a bold lead-in ("Chair: ").
 */
export function addBulletList(doc: Doc, parent: Struct, items: readonly { lead?: string; text: string }[]): void {
  const list = addContainer(doc, parent, 'L');
  const indent = 16;
  const width = contentWidth(doc) - indent;
  for (const item of items) {
    const full = `${item.lead ?? ''}${item.text}`;
    doc.font(FONT_REGULAR).fontSize(TYPE_SIZES.body);
    ensureSpace(doc, doc.heightOfString(full, { width, lineGap: LINE_GAP }));
    const y = doc.y;
    const entry = addContainer(doc, list, 'LI');
    addTagged(doc, entry, 'Lbl', () => {
      doc.font(FONT_BOLD).fontSize(TYPE_SIZES.body).fillColor(COLOURS.nhsBlue);
      doc.text('•', contentLeft(doc) + 3, y, { lineBreak: false });
    });
    addTagged(doc, entry, 'LBody', () => {
      doc.fillColor(COLOURS.text).fontSize(TYPE_SIZES.body);
      if (item.lead) {
        doc.font(FONT_BOLD).text(item.lead, contentLeft(doc) + indent, y, { width, lineGap: LINE_GAP, continued: true });
        doc.font(FONT_REGULAR).text(item.text, { width, lineGap: LINE_GAP });
      } else {
        doc.font(FONT_REGULAR).text(item.text, contentLeft(doc) + indent, y, { width, lineGap: LINE_GAP });
      }
    });
    entry.end();
    gap(doc, 3);
  }
  list.end();
  gap(doc, 5);
}
