import type { ReportTable } from '../report-tables';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { COLOURS, LINE_GAP, TYPE_SIZES, bottomLimit, contentLeft, contentWidth, gap, type Doc, type Struct } from './layout';
import { addContainer, addTagged, drawArtifact, type StructOptions } from './tagging';

// Our own table instead of pdfkit's doc.table(): we need the header row repeated when a table
// runs onto another page (marked as an artifact there, so it is read only once), rows that are
// never split across pages, and TH cells with a Scope so screen readers announce the column
// (and, for the first column, the row) a number belongs to.

export type TableSpec = ReportTable & {
  /** When true, the first cell of each row is a row header (TH, Scope Row), such as a domain name. */
  firstColumnIsHeader?: boolean;
};

const PADDING = { x: 5, y: 4.5 } as const;

type Cell = { text: string; x: number; width: number; align: 'left' | 'right'; bold: boolean };

function layoutCells(doc: Doc, spec: TableSpec, texts: readonly string[], header: boolean): Cell[] {
  const total = contentWidth(doc);
  let x = contentLeft(doc);
  return spec.columns.map((column, index) => {
    const width = column.width * total;
    const cell: Cell = {
      text: texts[index] ?? '',
      x,
      width,
      align: column.align ?? 'left',
      bold: header || (spec.firstColumnIsHeader === true && index === 0),
    };
    x += width;
    return cell;
  });
}

function rowHeight(doc: Doc, cells: readonly Cell[]): number {
  const heights = cells.map((cell) => {
    doc.font(cell.bold ? FONT_BOLD : FONT_REGULAR).fontSize(TYPE_SIZES.table);
    return cell.text ? doc.heightOfString(cell.text, { width: cell.width - 2 * PADDING.x, lineGap: LINE_GAP }) : 0;
  });
  return Math.max(TYPE_SIZES.table + LINE_GAP, ...heights) + 2 * PADDING.y;
}

function drawCellText(doc: Doc, cell: Cell, y: number, colour: string): void {
  doc
    .font(cell.bold ? FONT_BOLD : FONT_REGULAR)
    .fontSize(TYPE_SIZES.table)
    .fillColor(colour);
  doc.text(cell.text, cell.x + PADDING.x, y + PADDING.y, {
    width: cell.width - 2 * PADDING.x,
    align: cell.align,
    lineGap: LINE_GAP,
  });
}

function drawHeaderBackground(doc: Doc, y: number, height: number): void {
  drawArtifact(doc, () => doc.rect(contentLeft(doc), y, contentWidth(doc), height).fill(COLOURS.nhsBlue));
}

/** The header row drawn again at the top of a continuation page: decoration, not content. */
function drawRepeatedHeader(doc: Doc, cells: readonly Cell[]): void {
  const y = doc.y;
  const height = rowHeight(doc, cells);
  drawArtifact(
    doc,
    () => {
      doc.rect(contentLeft(doc), y, contentWidth(doc), height).fill(COLOURS.nhsBlue);
      for (const cell of cells) drawCellText(doc, cell, y, COLOURS.white);
    },
    'Pagination',
  );
  doc.y = y + height;
}

function drawRowRule(doc: Doc, y: number, index: number, height: number): void {
  drawArtifact(doc, () => {
    if (index % 2 === 1) doc.rect(contentLeft(doc), y, contentWidth(doc), height).fill(COLOURS.paleGrey);
    doc
      .moveTo(contentLeft(doc), y + height)
      .lineTo(contentLeft(doc) + contentWidth(doc), y + height)
      .lineWidth(0.75)
      .stroke(COLOURS.border);
  });
}

/** Draws the table under `parent` as Table > TR > TH/TD. */
export function addTable(doc: Doc, parent: Struct, spec: TableSpec): void {
  const table = addContainer(doc, parent, 'Table');
  const headerCells = layoutCells(
    doc,
    spec,
    spec.columns.map((column) => column.header),
    true,
  );
  const headerHeight = rowHeight(doc, headerCells);
  const firstRowHeight = spec.rows[0] ? rowHeight(doc, layoutCells(doc, spec, spec.rows[0], false)) : 0;
  if (doc.y + headerHeight + firstRowHeight > bottomLimit(doc)) doc.addPage();

  const headerY = doc.y;
  drawHeaderBackground(doc, headerY, headerHeight);
  const headerRow = addContainer(doc, table, 'TR');
  for (const cell of headerCells) {
    const options: StructOptions = { scope: 'Column' };
    addTagged(doc, headerRow, 'TH', () => drawCellText(doc, cell, headerY, COLOURS.white), options);
  }
  headerRow.end();
  doc.y = headerY + headerHeight;

  spec.rows.forEach((texts, index) => {
    const cells = layoutCells(doc, spec, texts, false);
    const height = rowHeight(doc, cells);
    if (doc.y + height > bottomLimit(doc)) {
      doc.addPage();
      drawRepeatedHeader(doc, headerCells);
    }
    const y = doc.y;
    drawRowRule(doc, y, index, height);
    const row = addContainer(doc, table, 'TR');
    cells.forEach((cell, cellIndex) => {
      const isRowHeader = spec.firstColumnIsHeader === true && cellIndex === 0;
      const options: StructOptions = isRowHeader ? { scope: 'Row' } : {};
      addTagged(doc, row, isRowHeader ? 'TH' : 'TD', () => drawCellText(doc, cell, y, COLOURS.text), options);
    });
    row.end();
    doc.y = y + height;
  });
  table.end();
  gap(doc, 10);
}
