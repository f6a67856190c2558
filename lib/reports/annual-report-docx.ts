import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, TextRun, type FileChild } from 'docx';
import { bullet, heading, narrative, paragraph, spacer, table, NHS_BLUE, SECONDARY_TEXT, TEXT_COLOUR } from './docx/blocks';
import { chartParagraph } from './docx/chart-image';
import { corePropertiesXml } from './docx/core-properties';
import { indicatorChartPictures } from './docx/indicator-chart-image';
import { indicatorsChildren } from './docx/indicators-section';
import type { ReportIndicatorChart } from '../indicators/report-content';
import { repackDeterministically } from './docx/stable-zip';
import {
  MATURITY_LEVELS_INTRO,
  STATEMENT_INTRO,
  assessmentIntro,
  boardPaperCoverTable,
  boardMembersTable,
  domainResultsTable,
  leadershipFacts,
  maturityLevelsTable,
  objectivesIntro,
  objectivesTable,
  statementBasis,
} from './report-tables';
import {
  BOARD_PAPER_ASK,
  DRAFT_MARK,
  SECTION_HEADINGS,
  STATEMENT_EXPECTATIONS,
  documentSubject,
  documentTitle,
  generatedOnText,
  reportHeading,
  statusText,
} from './report-text';
import type { BoardPaperCover } from './board-paper-cover';
import { findSection, orderedSections, type AnnualReportSnapshot, type ReportSection } from './snapshot';

// The Word export, for the company secretary to paste into the annual report. Same words, tables
// and charts as the PDF (the charts as pictures with alternative text), Arial throughout, Word's
// heading styles, and DRAFT in the page header of every page while the results are not approved.

const FONT = 'Arial';
const A4 = { width: 11906, height: 16838 } as const; // twips
const MARGIN = 1134; // 2 cm

type Pictures = { maturity: Paragraph | null; indicators: ReadonlyMap<ReportIndicatorChart, Paragraph> };

function sectionChildren(section: ReportSection, snapshot: AnnualReportSnapshot, pictures: Pictures): FileChild[] {
  switch (section.id) {
    case 'leadership': {
      const content = section.content;
      const members = boardMembersTable(content);
      return [
        ...leadershipFacts(content).map((fact) => bullet(fact.text, fact.lead)),
        heading(3, 'How we govern this work'),
        ...narrative(content.governanceNarrative),
        heading(3, 'Board members and their areas'),
        ...(content.boardMembers.length === 0
          ? [paragraph('No board members are recorded.')]
          : [table(members.columns, members.rows, { firstColumnBold: true }), spacer()]),
      ];
    }
    case 'assessment': {
      const results = domainResultsTable(section.content);
      const levels = maturityLevelsTable(section.content);
      return [
        paragraph(assessmentIntro(section.content)),
        heading(3, `Maturity by domain, ${snapshot.financialYear}`),
        ...(pictures.maturity ? [pictures.maturity] : []),
        table(results.columns, results.rows, { firstColumnBold: true }),
        spacer(),
        heading(3, 'Maturity levels'),
        paragraph(MATURITY_LEVELS_INTRO),
        table(levels.columns, levels.rows, { firstColumnBold: true }),
        spacer(),
      ];
    }
    case 'objectives': {
      const objectives = objectivesTable(section.content);
      const intro = paragraph(objectivesIntro(section.content, snapshot.financialYear));
      if (objectives.rows.length === 0) return [intro];
      return [intro, table(objectives.columns, objectives.rows, { firstColumnBold: true }), spacer()];
    }
    case 'statement-review':
      return [
        paragraph(STATEMENT_INTRO),
        paragraph(statementBasis(section.content)),
        ...STATEMENT_EXPECTATIONS.flatMap((expectation) => [
          heading(3, expectation.heading),
          ...narrative(section.content.expectations.find((entry) => entry.id === expectation.id)?.narrative ?? ''),
        ]),
      ];
    case 'indicators':
      return indicatorsChildren(section.content, snapshot.financialYear, pictures.indicators);
    case 'data-quality':
      return narrative(section.content.note);
    default:
      // Every optional section is the trust's narrative under its heading.
      return narrative(section.content.narrative);
  }
}

function recommendation(cover: BoardPaperCover | undefined): FileChild[] {
  if (!cover) return [paragraph(BOARD_PAPER_ASK)];
  return [heading(2, 'Recommendation'), ...narrative(cover.recommendation)];
}

function opening(snapshot: AnnualReportSnapshot): FileChild[] {
  const { trust } = snapshot;
  const trustLines = [
    paragraph(trust.name, { bold: true, colour: NHS_BLUE }),
    paragraph(`${trust.type}, ${trust.regionLabel}. ODS code ${trust.odsCode}.`, { colour: SECONDARY_TEXT }),
  ];
  const status = paragraph(statusText(snapshot), { bold: true });
  if (snapshot.variant === 'annual-report') {
    return [...trustLines, heading(1, reportHeading(snapshot)), ...(snapshot.status === 'draft' ? [status] : [])];
  }
  // The board paper's cover page, then the content starts on a new page.
  const facts = snapshot.cover ? boardPaperCoverTable(snapshot.cover) : null;
  return [
    paragraph('Board paper', { bold: true, colour: SECONDARY_TEXT }),
    ...trustLines,
    heading(1, reportHeading(snapshot)),
    status,
    ...(facts ? [table(facts.columns, facts.rows, { firstColumnBold: true }), spacer()] : []),
    bullet(snapshot.financialYear, 'Financial year: '),
    bullet(snapshot.status === 'approved' ? 'Approved' : 'Draft, not yet approved', 'Status: '),
    bullet(generatedOnText(snapshot), 'Produced on: '),
    ...recommendation(snapshot.cover),
    heading(2, 'What this paper covers'),
    ...orderedSections(snapshot).map((section) => bullet(SECTION_HEADINGS[section.id])),
  ];
}

function pageHeader(snapshot: AnnualReportSnapshot): Header {
  const kind = snapshot.variant === 'board-paper' ? 'Board paper' : 'Annual report';
  const label = new TextRun({ text: `${snapshot.trust.name}: ${kind} ${snapshot.financialYear}`, color: SECONDARY_TEXT, size: 18 });
  const children =
    snapshot.status === 'draft'
      ? [
          new TextRun({
            text: ` ${DRAFT_MARK} `,
            bold: true,
            size: 22,
            color: TEXT_COLOUR,
            shading: { type: ShadingType.CLEAR, fill: 'FFB81C', color: 'auto' },
          }),
          new TextRun({ text: '  ', size: 18 }),
          label,
        ]
      : [label];
  return new Header({ children: [new Paragraph({ children })] });
}

function pageFooter(snapshot: AnnualReportSnapshot): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `Produced on ${generatedOnText(snapshot)}. Page `, color: SECONDARY_TEXT, size: 18 }),
          new TextRun({ children: [PageNumber.CURRENT], color: SECONDARY_TEXT, size: 18 }),
          new TextRun({ text: ' of ', color: SECONDARY_TEXT, size: 18 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], color: SECONDARY_TEXT, size: 18 }),
        ],
      }),
    ],
  });
}

/** Renders the annual-report section (or board paper) as a Word document. */
export async function renderAnnualReportDocx(snapshot: AnnualReportSnapshot): Promise<Buffer> {
  const assessment = findSection(snapshot, 'assessment');
  const pictures: Pictures = {
    maturity: assessment ? await chartParagraph(assessment, snapshot.financialYear) : null,
    indicators: await indicatorChartPictures(findSection(snapshot, 'indicators')?.indicators ?? []),
  };
  const body = orderedSections(snapshot).flatMap((section, index) => [
    // On the board paper the first section starts on the page after the cover.
    heading(2, SECTION_HEADINGS[section.id], snapshot.variant === 'board-paper' && index === 0),
    ...sectionChildren(section, snapshot, pictures),
  ]);
  const document = new Document({
    title: documentTitle(snapshot),
    subject: documentSubject(snapshot),
    creator: 'Fairboard',
    description: documentSubject(snapshot),
    lastModifiedBy: 'Fairboard',
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, color: TEXT_COLOUR, language: { value: 'en-GB' } } },
        heading1: { run: { font: FONT, size: 40, bold: true, color: TEXT_COLOUR }, paragraph: { spacing: { after: 240 } } },
        heading2: { run: { font: FONT, size: 30, bold: true, color: NHS_BLUE }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading3: { run: { font: FONT, size: 24, bold: true, color: TEXT_COLOUR }, paragraph: { spacing: { before: 240, after: 100 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: { default: pageHeader(snapshot) },
        footers: { default: pageFooter(snapshot) },
        children: [...opening(snapshot), ...body],
      },
    ],
  });
  // Our own core properties add the document language and take their dates from the snapshot.
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(snapshot) }]);
  return repackDeterministically(packed);
}
