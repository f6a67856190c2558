import type { AnnualReportSnapshot } from '../snapshot';
import { DRAFT_MARK, generatedOnText } from '../report-text';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { COLOURS, TYPE_SIZES, contentLeft, contentWidth, type Doc } from './layout';
import { drawArtifact } from './tagging';

// Running header and footer, drawn once all pages exist (the document buffers its pages) so the
// footer can say "Page 2 of 6". They are Pagination artifacts: a screen reader does not read
// "DRAFT" and the page number at every page turn, while sighted readers and printouts see them.
// A draft says DRAFT in a yellow box in the header of every page, cover included.

const HEADER_Y = 30;
const FOOTER_GAP = 36;

function headerLabel(snapshot: AnnualReportSnapshot): string {
  const kind = snapshot.variant === 'board-paper' ? 'Board paper' : 'Annual report';
  return `${kind} ${snapshot.financialYear}`;
}

function drawHeader(doc: Doc, snapshot: AnnualReportSnapshot): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const draftBoxWidth = 58;
  const textWidth = snapshot.status === 'draft' ? width - draftBoxWidth - 12 : width;
  doc.font(FONT_REGULAR).fontSize(TYPE_SIZES.small).fillColor(COLOURS.secondaryText);
  doc.text(snapshot.trust.name, left, HEADER_Y, { width: textWidth * 0.66, lineBreak: false, ellipsis: true });
  doc.text(headerLabel(snapshot), left + textWidth * 0.66, HEADER_Y, {
    width: textWidth * 0.34,
    align: 'right',
    lineBreak: false,
  });
  if (snapshot.status === 'draft') {
    const boxX = left + width - draftBoxWidth;
    doc.rect(boxX, HEADER_Y - 6, draftBoxWidth, 20).fill(COLOURS.warmYellow);
    doc.font(FONT_BOLD).fontSize(11).fillColor(COLOURS.text);
    doc.text(DRAFT_MARK, boxX, HEADER_Y - 1.5, { width: draftBoxWidth, align: 'center', lineBreak: false });
  }
  doc
    .moveTo(left, HEADER_Y + 20)
    .lineTo(left + width, HEADER_Y + 20)
    .lineWidth(1)
    .stroke(COLOURS.nhsBlue);
}

function drawFooter(doc: Doc, snapshot: AnnualReportSnapshot, pageNumber: number, pageCount: number): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const y = doc.page.height - FOOTER_GAP;
  doc
    .moveTo(left, y - 8)
    .lineTo(left + width, y - 8)
    .lineWidth(0.5)
    .stroke(COLOURS.border);
  doc.font(FONT_REGULAR).fontSize(TYPE_SIZES.small).fillColor(COLOURS.secondaryText);
  doc.text(`Produced on ${generatedOnText(snapshot)}`, left, y, { width: width / 2, lineBreak: false });
  doc.text(`Page ${pageNumber} of ${pageCount}`, left + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
}

/** Adds the header and footer to every buffered page. Call once, after all content. */
export function drawPageChrome(doc: Doc, snapshot: AnnualReportSnapshot): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // The footer sits in the bottom margin; without this pdfkit would see text below the
    // bottom margin and start a new page for it.
    const margins = { ...doc.page.margins };
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    drawArtifact(
      doc,
      () => {
        drawHeader(doc, snapshot);
        drawFooter(doc, snapshot, index - range.start + 1, range.count);
      },
      'Pagination',
    );
    doc.page.margins = margins;
  }
}
