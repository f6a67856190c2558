import type { AnnualReportSnapshot } from '../snapshot';
import { boardPaperCoverTable } from '../report-tables';
import { BOARD_PAPER_ASK, SECTION_HEADINGS, generatedOnText, paragraphsOf, reportHeading, statusText } from '../report-text';
import { orderedSections } from '../snapshot';
import { FONT_BOLD } from './fonts';
import { COLOURS, LINE_GAP, TYPE_SIZES, contentLeft, contentWidth, gap, type Doc, type Struct } from './layout';
import { addTable } from './table';
import { addBulletList, addHeading, addParagraph, addTagged, drawArtifact } from './tagging';

// The opening of the document. The annual-report section starts straight into the content
// under a short title block, ready to drop into the trust's annual report. The board paper gets
// a cover page of its own that says whether the content is approved and what the paper covers.

function addStatusPanel(doc: Doc, parent: Struct, snapshot: AnnualReportSnapshot): void {
  const text = statusText(snapshot);
  const width = contentWidth(doc);
  const left = contentLeft(doc);
  doc.font(FONT_BOLD).fontSize(TYPE_SIZES.body);
  const height = doc.heightOfString(text, { width: width - 28, lineGap: LINE_GAP }) + 20;
  const y = doc.y;
  const accent = snapshot.status === 'approved' ? COLOURS.nhsBlue : COLOURS.warmYellow;
  drawArtifact(doc, () => {
    doc.rect(left, y, width, height).fill(COLOURS.paleGrey);
    doc.rect(left, y, 6, height).fill(accent);
  });
  addTagged(doc, parent, 'P', () => {
    doc.font(FONT_BOLD).fontSize(TYPE_SIZES.body).fillColor(COLOURS.text);
    doc.text(text, left + 18, y + 10, { width: width - 28, lineGap: LINE_GAP });
  });
  doc.y = y + height;
  gap(doc, 14);
}

function addTrustLine(doc: Doc, parent: Struct, snapshot: AnnualReportSnapshot, colour: string): void {
  const { trust } = snapshot;
  addParagraph(doc, parent, trust.name, { bold: true, colour, size: TYPE_SIZES.h3, after: 2 });
  addParagraph(doc, parent, `${trust.type}, ${trust.regionLabel}. ODS code ${trust.odsCode}.`, {
    colour: COLOURS.secondaryText,
    size: TYPE_SIZES.small + 0.5,
    after: 14,
  });
}

/** Title block at the top of the first page of the annual-report section. */
export function addTitleBlock(doc: Doc, document: Struct, snapshot: AnnualReportSnapshot): void {
  addTrustLine(doc, document, snapshot, COLOURS.nhsBlue);
  addHeading(doc, document, 1, reportHeading(snapshot));
  if (snapshot.status === 'draft') addStatusPanel(doc, document, snapshot);
}

/** Board paper cover: a page of its own, then the content starts on a new page. */
export function addCoverPage(doc: Doc, document: Struct, snapshot: AnnualReportSnapshot): void {
  const left = contentLeft(doc);
  drawArtifact(doc, () => {
    doc.rect(0, 0, doc.page.width, 12).fill(COLOURS.nhsBlue);
    doc.rect(left, 130, 60, 6).fill(COLOURS.nhsBlue);
  });
  // High enough on the page that the contents list of every core section fits on the cover.
  doc.y = 100;
  addParagraph(doc, document, 'Board paper', { bold: true, colour: COLOURS.secondaryText, size: TYPE_SIZES.h3, after: 30 });
  addTrustLine(doc, document, snapshot, COLOURS.nhsBlue);
  addHeading(doc, document, 1, reportHeading(snapshot));
  addStatusPanel(doc, document, snapshot);
  if (snapshot.cover) addTable(doc, document, { ...boardPaperCoverTable(snapshot.cover), firstColumnIsHeader: true });
  addBulletList(doc, document, [
    { lead: 'Financial year: ', text: snapshot.financialYear },
    { lead: 'Status: ', text: snapshot.status === 'approved' ? 'Approved' : 'Draft, not yet approved' },
    { lead: 'Produced on: ', text: generatedOnText(snapshot) },
  ]);
  if (snapshot.cover) {
    addHeading(doc, document, 2, 'Recommendation');
    for (const text of paragraphsOf(snapshot.cover.recommendation)) addParagraph(doc, document, text);
  } else {
    addParagraph(doc, document, BOARD_PAPER_ASK);
  }
  addHeading(doc, document, 2, 'What this paper covers');
  addBulletList(
    doc,
    document,
    orderedSections(snapshot).map((section) => ({ text: SECTION_HEADINGS[section.id] })),
  );
  doc.addPage();
}
