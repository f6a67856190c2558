import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { NOT_WRITTEN, paragraphsOf } from '../report-text';

// Building blocks for the Word export. Headings use Word's own Heading 1/2/3 styles (not bold
// body text) so the navigation pane, a table of contents and screen readers all see them, and
// the annual-report editor can restyle the whole section in one go from their template.

export const NHS_BLUE = '005EB8';
export const TEXT_COLOUR = '212B32';
export const SECONDARY_TEXT = '4C6272';
const BORDER_COLOUR = 'D8DDE0';

/** Width between the margins of an A4 page with 2 cm margins, in twips (twentieths of a point). */
const TEXT_WIDTH = 11906 - 2 * 1134;

const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

export function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: HEADING_LEVELS[level], children: [new TextRun(text)], pageBreakBefore });
}

export function paragraph(text: string, options: { bold?: boolean; colour?: string } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: options.bold, color: options.colour })],
  });
}

/** Narrative text as one Word paragraph per blank-line-separated paragraph. */
export function narrative(text: string): Paragraph[] {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return [paragraph(NOT_WRITTEN, { colour: SECONDARY_TEXT })];
  return paragraphs.map((text) => paragraph(text));
}

/** A bulleted item, optionally with a bold lead-in ("Chair: "). */
export function bullet(text: string, lead?: string): Paragraph {
  const children = lead ? [new TextRun({ text: lead, bold: true }), new TextRun(text)] : [new TextRun(text)];
  return new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children });
}

export type DocxTableColumn = { header: string; width: number; align?: 'left' | 'right' };

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: BORDER_COLOUR } as const;
const CELL_BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER } as const;
const CELL_MARGINS = { top: 60, bottom: 60, left: 90, right: 90 } as const;

function cell(text: string, column: DocxTableColumn, options: { header: boolean; bold: boolean }): TableCell {
  return new TableCell({
    width: { size: Math.round(column.width * TEXT_WIDTH), type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: CELL_MARGINS,
    shading: options.header ? { type: ShadingType.CLEAR, fill: NHS_BLUE, color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: column.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold, color: options.header ? 'FFFFFF' : undefined, size: 20 })],
      }),
    ],
  });
}

/**
 * A full-width table whose first row is marked as a header row (repeated on each page in Word
 * and read as column headers by screen readers). Rows are not split across pages.
 */
export function table(columns: readonly DocxTableColumn[], rows: readonly (readonly string[])[], options: { firstColumnBold?: boolean } = {}): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column) => cell(column.header, column, { header: true, bold: true })),
  });
  const bodyRows = rows.map(
    (texts) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, index) => cell(texts[index] ?? '', column, { header: false, bold: options.firstColumnBold === true && index === 0 })),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((column) => Math.round(column.width * TEXT_WIDTH)),
    rows: [headerRow, ...bodyRows],
  });
}

/** Space after a table, which Word otherwise butts against the next heading. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
