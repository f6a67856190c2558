import PDFDocument from 'pdfkit';
import { addCoverPage, addTitleBlock } from './pdf/cover';
import { FONT_BOLD, FONT_REGULAR, loadReportFonts } from './pdf/fonts';
import { PAGE_MARGINS, type Doc } from './pdf/layout';
import { drawPageChrome } from './pdf/page-chrome';
import { printableSnapshot } from './pdf/printable';
import { addReportSection } from './pdf/sections';
import { documentSubject, documentTitle, generatedAtDate } from './report-text';
import { orderedSections, type AnnualReportSnapshot } from './snapshot';

// The accessible PDF export. Tagged (a structure tree of headings, paragraphs, lists, tables
// and a figure), with language, title and an embedded TrueType font, as PDF/UA asks.
//
// Deterministic: the same snapshot gives the same bytes. pdfkit would otherwise stamp the
// current time into the info dictionary and XMP metadata, and derive the file ID from it; we
// give it the snapshot's generatedAt instead. That lets the export history store a hash and
// prove a re-download is the exact file.

// pdfkit writes the title into the XMP metadata without escaping it, so an ampersand in a trust
// name would make the metadata invalid XML. NHS style writes "and" anyway.
const REPORT_LANGUAGE = 'en-GB';

function metadataSafe(text: string): string {
  return text.replaceAll('&', 'and').replace(/[<>]/g, '');
}

// pdfkit puts the language in the catalog (/Lang) but not in the XMP metadata, where PDF/UA
// checkers and document managers read dc:language. appendXML is pdfkit's own hook for extra XMP.
function declareLanguageInXmp(doc: Doc): void {
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:language><rdf:Bag><rdf:li>${REPORT_LANGUAGE}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>`);
}

function createDocument(snapshot: AnnualReportSnapshot): Doc {
  const fonts = loadReportFonts();
  const generatedAt = generatedAtDate(snapshot);
  const doc = new PDFDocument({
    size: 'A4',
    margins: PAGE_MARGINS,
    pdfVersion: '1.7',
    tagged: true,
    // Declares PDF/UA-1 in the XMP metadata (pdfuaid:part 1); the tagging, language, title shown
    // in the window and embedded fonts below are what it asks for.
    // pdfkit 0.20 supports it; @types/pdfkit lists only the PDF/A subsets.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: REPORT_LANGUAGE,
    displayTitle: true,
    bufferPages: true,
    // Starting with our own font means pdfkit never loads its built-in Helvetica.
    font: fonts.regularPath,
    info: {
      Title: metadataSafe(documentTitle(snapshot)),
      Author: metadataSafe(snapshot.trust.name),
      Subject: metadataSafe(documentSubject(snapshot)),
      Creator: 'Fairboard',
      Producer: 'Fairboard (pdfkit)',
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });
  declareLanguageInXmp(doc);
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  doc.font(FONT_REGULAR);
  return doc;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Renders the annual-report section (or board paper) as an accessible A4 PDF. */
export async function renderAnnualReportPdf(stored: AnnualReportSnapshot): Promise<Buffer> {
  // Characters Arimo cannot draw become visible markers rather than empty boxes (pdf/printable.ts).
  const snapshot = printableSnapshot(stored);
  const doc = createDocument(snapshot);
  const done = collect(doc);

  // One Document element holds the whole structure tree, in reading order.
  const root = doc.struct('Document');
  doc.addStructure(root);

  // The board paper's cover carries the title; the annual-report section opens with a title block.
  if (snapshot.variant === 'board-paper') addCoverPage(doc, root, snapshot);
  else addTitleBlock(doc, root, snapshot);
  for (const section of orderedSections(snapshot)) addReportSection(doc, root, section, snapshot);
  root.end();

  drawPageChrome(doc, snapshot);
  doc.end();
  return done;
}
