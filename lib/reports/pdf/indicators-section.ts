import type { IndicatorsContent } from '../../indicators/report-content';
import { indicatorsBlocks } from '../indicator-tables';
import { addIndicatorChart } from './indicator-chart';
import { COLOURS, type Doc, type Struct } from './layout';
import { addTable } from './table';
import { addHeading, addParagraph } from './tagging';

// "The statement's indicators" in the PDF: the law and edition, the rules for small numbers and
// the gap, then per indicator an H3, its chart (a tagged Figure), its figures by breakdown and
// its gap measures as tables whose first column names the row (TH cells, like every table here).

export function addIndicators(doc: Doc, sect: Struct, content: IndicatorsContent, financialYear: string): void {
  for (const block of indicatorsBlocks(content, financialYear)) {
    switch (block.kind) {
      case 'paragraph':
        addParagraph(doc, sect, block.text, block.secondary ? { colour: COLOURS.secondaryText } : {});
        break;
      case 'heading':
        addHeading(doc, sect, 3, block.text);
        break;
      case 'chart':
        addIndicatorChart(doc, sect, block.chart);
        break;
      case 'table':
        addTable(doc, sect, { ...block.table, firstColumnIsHeader: true });
        break;
    }
  }
}
