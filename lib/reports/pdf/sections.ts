import type {
  AnnualReportSnapshot,
  AssessmentContent,
  DataQualityContent,
  LeadershipContent,
  ObjectivesContent,
  ReportSection,
  StatementReviewContent,
} from '../snapshot';
import { NOT_WRITTEN, SECTION_HEADINGS, STATEMENT_EXPECTATIONS, paragraphsOf } from '../report-text';
import {
  MATURITY_LEVELS_INTRO,
  STATEMENT_INTRO,
  assessmentIntro,
  boardMembersTable,
  domainResultsTable,
  objectivesIntro,
  leadershipFacts,
  maturityLevelsTable,
  objectivesTable,
  statementBasis,
} from '../report-tables';
import { addMaturityChart } from './chart';
import { addIndicators } from './indicators-section';
import { COLOURS, type Doc, type Struct } from './layout';
import { addTable } from './table';
import { addBulletList, addContainer, addHeading, addParagraph } from './tagging';

// One function per report section. Each section is a Sect element headed by an H2, so the
// structure tree mirrors the outline the reader sees.

function addNarrative(doc: Doc, parent: Struct, text: string): void {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) {
    addParagraph(doc, parent, NOT_WRITTEN, { colour: COLOURS.secondaryText });
    return;
  }
  for (const paragraph of paragraphs) addParagraph(doc, parent, paragraph);
}

function addLeadership(doc: Doc, sect: Struct, content: LeadershipContent): void {
  addBulletList(doc, sect, leadershipFacts(content));
  addHeading(doc, sect, 3, 'How we govern this work');
  addNarrative(doc, sect, content.governanceNarrative);
  addHeading(doc, sect, 3, 'Board members and their areas');
  if (content.boardMembers.length === 0) {
    addParagraph(doc, sect, 'No board members are recorded.');
    return;
  }
  addTable(doc, sect, { ...boardMembersTable(content), firstColumnIsHeader: true });
}

function addAssessment(doc: Doc, sect: Struct, content: AssessmentContent, snapshot: AnnualReportSnapshot): void {
  addParagraph(doc, sect, assessmentIntro(content));
  addHeading(doc, sect, 3, `Maturity by domain, ${snapshot.financialYear}`);
  addMaturityChart(doc, sect, content, snapshot.financialYear);
  addTable(doc, sect, { ...domainResultsTable(content), firstColumnIsHeader: true });
  addHeading(doc, sect, 3, 'Maturity levels');
  addParagraph(doc, sect, MATURITY_LEVELS_INTRO);
  addTable(doc, sect, { ...maturityLevelsTable(content), firstColumnIsHeader: true });
}

function addObjectives(doc: Doc, sect: Struct, content: ObjectivesContent, financialYear: string): void {
  addParagraph(doc, sect, objectivesIntro(content, financialYear));
  if (content.objectives.length === 0) return;
  addTable(doc, sect, { ...objectivesTable(content), firstColumnIsHeader: true });
}

function addStatementReview(doc: Doc, sect: Struct, content: StatementReviewContent): void {
  addParagraph(doc, sect, STATEMENT_INTRO);
  addParagraph(doc, sect, statementBasis(content));
  for (const expectation of STATEMENT_EXPECTATIONS) {
    addHeading(doc, sect, 3, expectation.heading);
    const written = content.expectations.find((entry) => entry.id === expectation.id);
    addNarrative(doc, sect, written?.narrative ?? '');
  }
}

function addDataQuality(doc: Doc, sect: Struct, content: DataQualityContent): void {
  addNarrative(doc, sect, content.note);
}

/** One section, as Sect > H2 + content. */
export function addReportSection(doc: Doc, document: Struct, section: ReportSection, snapshot: AnnualReportSnapshot): void {
  const sect = addContainer(doc, document, 'Sect');
  addHeading(doc, sect, 2, SECTION_HEADINGS[section.id]);
  switch (section.id) {
    case 'leadership':
      addLeadership(doc, sect, section.content);
      break;
    case 'assessment':
      addAssessment(doc, sect, section.content, snapshot);
      break;
    case 'objectives':
      addObjectives(doc, sect, section.content, snapshot.financialYear);
      break;
    case 'statement-review':
      addStatementReview(doc, sect, section.content);
      break;
    case 'indicators':
      addIndicators(doc, sect, section.content, snapshot.financialYear);
      break;
    case 'data-quality':
      addDataQuality(doc, sect, section.content);
      break;
    default:
      // Every optional section is the trust's narrative under its heading.
      addNarrative(doc, sect, section.content.narrative);
  }
  sect.end();
}
